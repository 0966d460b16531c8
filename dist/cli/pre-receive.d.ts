import type { Lang } from '../types.js';
interface HookIo {
    stderr: {
        write(s: string): unknown;
    };
    stdin: AsyncIterable<Uint8Array>;
    env: Record<string, string | undefined>;
    cwd: string;
}
/** Every sentence this command says besides the findings (report/push.ts), in English; the catalogues (messages/*.ts, `hook`) hold every language. */
export declare const HOOK_MESSAGES: {
    skipped: (reason: string) => string;
    skipRefused: string;
    skipNoReason: string;
    errorRejected: (why: string) => string;
    errorAccepted: (why: string) => string;
    badSetting: (value: string) => string;
};
export interface ServerSettings {
    allowSkip: boolean;
    onError: 'reject' | 'accept';
    lang?: Lang;
}
/** The value of `scan-keys.skip=<reason>` among the push options, if given ('' without a reason). */
export declare function skipReason(env: Record<string, string | undefined>): string | undefined;
export declare function runPreReceive(io: HookIo): Promise<number>;
export {};
