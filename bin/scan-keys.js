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
// A scan cut short by a signal has not looked at everything: exit 2 (the error code), never 0 and
// never a findings-only 1, so a hook or CI step that was interrupted cannot read as a pass.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    process.stderr.write(`scan-keys: interrupted by ${signal}; the scan is incomplete\n`);
    process.exit(2);
  });
}
process.on('uncaughtException', (err) => {
  fail(err);
  process.exit(2);
});
try {
  const { main } = await import('../dist/cli.js');
  const code = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  });
  process.exitCode = code;
} catch (err) {
  fail(err);
}
