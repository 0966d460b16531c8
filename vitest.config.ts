import { defineConfig } from 'vitest/config';

/**
 * Two groups: the unit and git tests first, then the tests that install scan-keys as users do
 * (npm pack/install, pre-commit environments, husky). Those run npm for minutes of CPU; run beside
 * the rest they pushed the quick tests past their timeouts on a loaded 2-core machine.
 *
 * Tests bound their work (inputs, iterations), never their time: on a loaded 2-core machine a
 * test that runs the CLI a few times can take well over vitest's 5 s default without anything
 * being wrong. The default here is generous; the heaviest tests set their own, larger ones.
 */
const INSTALL = ['test/pre-commit.test.ts', 'test/pack.test.ts', 'test/from-git.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: INSTALL, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'install', include: INSTALL, sequence: { groupOrder: 1 } } },
    ],
  },
});
