/** Values that have the shape of a key but are placeholders or degenerate. */

const PLACEHOLDER_WORDS = /example|sample|fake|dummy|placeholder|changeme|redacted|^(?:LTAI|AKID|STS\.)?your/i;
/** Five or more of one character in a row: 1.8e-6 for a random 30-char key, common in placeholders. */
const RUN = /(.)\1{4}/;
const SEQUENCES = ['abcdef', 'bcdefg', '123456', '234567', '012345', 'qwerty'];

export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER_WORDS.test(value) || RUN.test(value)) return true;
  const lower = value.toLowerCase();
  return SEQUENCES.some((s) => lower.includes(s));
}
