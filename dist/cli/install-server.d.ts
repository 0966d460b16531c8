export declare const SERVER_HOOK_MARKER = "# scan-keys pre-receive hook";
export declare const SERVER_CHAINED = "pre-receive.scan-keys-chained";
export type ServerInstallOutcome = {
    code: 'created';
    file: string;
} | {
    code: 'chained';
    file: string;
    chained: string;
} | {
    code: 'already-installed';
    file: string;
};
/**
 * The hook: keeps git's standard input (the pushed refs) for the chained hook and for scan-keys;
 * runs this installation's node and scan-keys, else `scan-keys` from PATH; if neither runs, the
 * shell's exit 127 rejects the push (a missing gate must not read as a pass).
 */
export declare function serverHookScript(node: string, bin: string): string;
export declare function installServer(target: string, cwd: string): Promise<ServerInstallOutcome>;
export declare function describeServerInstall(o: ServerInstallOutcome): string;
