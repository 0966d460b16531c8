import { GitError } from '../sources/git-run.js';
export declare const HUSKY_LINE = "npx --no-install scan-keys --staged # scan-keys";
export declare const HOOK_MARKER = "# scan-keys pre-commit hook";
export declare const CHAINED = "pre-commit.scan-keys-chained";
export type InstallOutcome = {
    code: 'husky-added';
    file: string;
} | {
    code: 'husky-created';
    file: string;
} | {
    code: 'hook-created';
    file: string;
} | {
    code: 'hook-chained';
    file: string;
    chained: string;
} | {
    code: 'already-installed';
    file: string;
};
export type UninstallOutcome = {
    code: 'husky-removed';
    file: string;
    deleted: boolean;
} | {
    code: 'hook-removed';
    file: string;
    restored: boolean;
} | {
    code: 'not-installed';
    file: string;
};
/** A GitError, so the CLI reports it as one line with exit 2. */
export declare class InstallError extends GitError {
    constructor(message: string);
}
/** The plain-git hook: run a chained hook first, then this scanner on the staged changes. */
export declare function hookScript(node: string, bin: string): string;
export declare function writeExecutable(file: string, text: string): void;
/**
 * Writes our hook script at `file`, keeping a hook that is not ours: it is renamed `chainedName`
 * (beside it) and our script runs it first. Ours already there (found by `marker`) is rewritten
 * when it differs. Shared by the pre-commit hook and the server's pre-receive hook.
 */
export declare function writeChainedHook(file: string, script: string, marker: string, chainedName: string): {
    kind: 'already-installed' | 'created';
} | {
    kind: 'chained';
    chained: string;
} | {
    kind: 'chained-exists';
    chained: string;
};
export declare function install(cwd: string): Promise<InstallOutcome>;
export declare function uninstall(cwd: string): Promise<UninstallOutcome>;
