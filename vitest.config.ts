import { defineConfig } from 'vitest/config';

// Tests bound their work (inputs, iterations), never their time: on a loaded 2-core machine a
// test that runs the CLI a few times can take well over vitest's 5 s default without anything
// being wrong. The default here is generous; the heaviest tests set their own, larger ones.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
