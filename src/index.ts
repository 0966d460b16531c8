export type * from './types.js';
export { loadPatterns, readPatternSources, loadPatternSchema } from './patterns/load.js';
export { compilePatterns, PatternError } from './patterns/compile.js';
export { ContentScanner, scanBuffer, scanText } from './detect/scanner.js';
export { maskSecret } from './detect/mask.js';
