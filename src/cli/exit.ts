/**
 * The exit codes and the one-line form of an error message: what main.ts needs before a run
 * loads anything else (common.ts, with the redaction that loads the scanner, comes later).
 */
export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/** An error's message with its lines folded into one indented block. */
export function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n').filter(Boolean).join('\n  ');
}
