export { loadPatterns, readPatternSources, loadPatternSchema } from './patterns/load.js';
export { compilePatterns, PatternError } from './patterns/compile.js';
export { ContentScanner, scanBuffer, scanText } from './detect/scanner.js';
export { maskSecret } from './detect/mask.js';
export { scan, scanStaged, scanRange } from './api.js';
export { GitError } from './sources/git-run.js';
export { InputError } from './sources/files.js';
