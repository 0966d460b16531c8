import type { RuleSet, Severity } from '../types.js';
import type { Colors } from '../report/types.js';
import type { Locale } from '../report/messages/index.js';
/** A remote URL without credentials (`https://user:token@host/…` → `https://host/…`). */
export declare function withoutCredentials(url: string): string;
/**
 * `--repo-name`, else the `origin` remote's URL (without credentials), else the name of the
 * repository's (or the scanned directory's) folder.
 */
export declare function repositoryName(given: unknown, dir: string): Promise<string>;
export declare function runMerge(parsed: Record<string, unknown>, io: {
    stdout: {
        write(s: string): unknown;
    };
    cwd: string;
}, ctx: {
    rules: RuleSet;
    failOn: Severity | 'none';
    toolVersion: string;
    color: Colors;
    t?: Locale;
}): Promise<number>;
