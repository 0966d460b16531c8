#!/usr/bin/env node
// Thin entry: run main, set the exit code, and map anything thrown (even a failed import) to 2,
// so that a crash never reads as a clean pass.
const fail = (err) => {
  process.stderr.write(`scan-keys: internal error: ${err && err.message ? err.message : String(err)}\n`);
  process.exitCode = 2;
};
// A reader that stops early (`scan-keys . | head`) is not an error of ours.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});
process.on('uncaughtException', (err) => {
  fail(err);
  process.exit(2);
});
try {
  const args = process.argv.slice(2);
  const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
  // The pre-commit hook's `--staged` takes a path that skips loading the full command line
  // (see src/cli-staged.ts); it declines anything it does not handle.
  let code = args.includes('--staged') ? await (await import('../dist/cli-staged.js')).mainStaged(args, io) : undefined;
  if (code === undefined) {
    const { main } = await import('../dist/cli.js');
    code = await main(args, io);
  }
  process.exitCode = code;
} catch (err) {
  fail(err);
}
