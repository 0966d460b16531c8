interface HookIo {
    stderr: {
        write(s: string): unknown;
    };
    stdin: AsyncIterable<Uint8Array>;
    env: Record<string, string | undefined>;
    cwd: string;
}
/** Every sentence this command says besides the findings (report/push.ts), in one place. */
export declare const HOOK_MESSAGES: {
    readonly skipped: (reason: string) => string;
    readonly skipRefused: "scan-keys: push option scan-keys.skip ignored: this server does not allow skipping (git config scan-keys.allowSkip true)";
    readonly skipNoReason: "scan-keys: push option scan-keys.skip needs a reason (git push -o scan-keys.skip=\"why\"); scanning";
    readonly errorRejected: (why: string) => string;
    readonly errorAccepted: (why: string) => string;
    readonly badSetting: (value: string) => string;
};
export interface ServerSettings {
    allowSkip: boolean;
    onError: 'reject' | 'accept';
}
/** The value of `scan-keys.skip=<reason>` among the push options, if given ('' without a reason). */
export declare function skipReason(env: Record<string, string | undefined>): string | undefined;
export declare function runPreReceive(io: HookIo): Promise<number>;
export {};
