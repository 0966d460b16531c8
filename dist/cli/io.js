/** What a run reads and writes through (tests pass their own), and two facts every run may need. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
/** yargs drops a bare `-`; it stands for stdin, so it travels through the parser under this name. */
export const STDIN_ARG = '\u0000stdin';
export function readVersion() {
    try {
        const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'));
        return pkg.version;
    }
    catch {
        return 'unknown';
    }
}
