/** What a run reads and writes through (tests pass their own), and two facts every run may need. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  stdin: AsyncIterable<Uint8Array>;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Milliseconds clock for the progress line (default performance.now; tests inject one). */
  now?: () => number;
}

/** yargs drops a bare `-`; it stands for stdin, so it travels through the parser under this name. */
export const STDIN_ARG = '\u0000stdin';

export function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return 'unknown';
  }
}
