import { defineConfig } from 'vitest/config';

/**
 * Two groups: the unit and git tests first, then the tests that install scan-keys as users do
 * (npm pack/install, pre-commit environments, husky). Those run npm for minutes of CPU; run beside
 * the rest they pushed the quick tests past their 5 s timeouts on a loaded 2-core machine.
 */
const INSTALL = ['test/pre-commit.test.ts', 'test/pack.test.ts', 'test/from-git.test.ts'];

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: INSTALL, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'install', include: INSTALL, sequence: { groupOrder: 1 } } },
    ],
  },
});
