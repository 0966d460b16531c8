import { type Config } from './config.js';
import { type BaselineEntry } from './baseline.js';
export declare const CONFIG_FILE = ".scan-keys.json";
export { findProjectRoot } from '../sources/repo-root.js';
/** `file` (as the scan shows it, relative to `cwd`) relative to `base` with '/'; undefined outside it. */
export declare function relativeTo(base: string, cwd: string, file: string): string | undefined;
export interface ProjectConfig {
    config: Config;
    /** Directory the config's globs are relative to. */
    root: string;
    /** The config file as named in messages; undefined when there is none. */
    source: string | undefined;
}
/** `--config FILE` (must exist), else `.scan-keys.json` at the project root if present. */
export declare function loadProjectConfig(path: string | undefined, cwd: string): ProjectConfig;
export declare function readBaselineFile(path: string, cwd: string): BaselineEntry[];
export declare function writeBaselineFile(path: string, cwd: string, entries: BaselineEntry[]): void;
/** Maps a finding's file (relative to cwd) into the baseline file's frame: relative to its directory. */
/**
 * Maps a finding's path to one relative to the baseline file's folder. `from` is the directory
 * finding paths are relative to (the repository top for git scans), default `cwd`.
 */
export declare function baselinePathMapper(baselineFile: string, cwd: string, from?: string): (file: string) => string;
