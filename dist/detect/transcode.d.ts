export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'bytes';
export declare class BomDecoder {
    private head;
    private mode;
    private utf16;
    /** An odd byte left over from the previous chunk (UTF-16 BE only needs it for swapping). */
    private odd;
    /** The encoding decided from the first bytes (undefined until 3 bytes or the end are seen). */
    get encoding(): Encoding | undefined;
    push(chunk: Uint8Array): Buffer;
    end(): Buffer;
    private start;
    private convert;
}
