#!/usr/bin/env node
// Thin entry: run main, set the exit code, and map anything thrown (even a failed import) to 2,
// so that a crash never reads as a clean pass.
// The language of the two messages written here (src/cli/lang.ts decides everything else, and
// also reads the config): --lang, else the first set of LC_ALL, LC_MESSAGES, LANG.
const zh = (() => {
  const args = process.argv.slice(2);
  let flag;
  for (let i = 0; i < args.length && args[i] !== '--'; i++) {
    if (args[i] === '--lang') flag = args[i + 1];
    else if (args[i].startsWith('--lang=')) flag = args[i].slice(7);
  }
  if (flag === 'zh-CN' || flag === 'en') return flag === 'zh-CN';
  const env = process.env;
  const name = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').replace(/[.@].*$/, '').replace(/-/g, '_').toLowerCase();
  return /^zh(?:_(?:cn|sg|hans(?:_.*)?))?$/.test(name);
})();
// One line, and no long runs of key-like characters (a message may quote input).
const fail = (err) => {
  const msg = String(err && err.message ? err.message : err)
    .split('\n')[0]
    .replace(/[A-Za-z0-9+]{8,}/g, (run) =>
      (/[A-Za-z]/.test(run) && /[0-9]/.test(run)) || (/[a-z]/.test(run) && /.[A-Z]/.test(run)) ? '[redacted]' : run,
    );
  process.stderr.write(zh ? `scan-keys: 内部错误：${msg}\n` : `scan-keys: internal error: ${msg}\n`);
  process.exitCode = 2;
};
// A reader that stops early (`scan-keys . | head`) is not an error of ours, but the exit code must
// still say what the scan found: later writes are dropped and main() decides the code as usual
// (exiting at once, before the scan had finished, used to report 0). Set on first use (io.stdout
// below): creating the stream costs 1.5-5 ms that --staged spends after starting git instead.
let stdout;
const getStdout = () => {
  if (stdout === undefined) {
    stdout = process.stdout;
    stdout.on('error', (err) => {
      if (!err || err.code !== 'EPIPE') fail(err);
    });
  }
  return stdout;
};
// A scan cut short by a signal has not looked at everything: exit 2 (the error code), never 0 and
// never a findings-only 1, so a hook or CI step that was interrupted cannot read as a pass.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    process.stderr.write(zh ? `scan-keys: 被 ${signal} 中断；扫描不完整\n` : `scan-keys: interrupted by ${signal}; the scan is incomplete\n`);
    process.exit(2);
  });
}
process.on('uncaughtException', (err) => {
  fail(err);
  process.exit(2);
});
// CommonJS (bin/package.json), as is the command line's bundle: see scripts/bundle-staged.mjs.
(async () => {
  const args = process.argv.slice(2);
  const cwd = process.cwd();
  // The pre-commit hook (`--staged`) waits last for git's diff of the index: git starts here, with
  // only node:child_process loaded, and reads the index on the other core while node loads and
  // compiles the command line (start.cjs: the diff's arguments and the guess from argv that
  // main() makes too; main() takes the process over, or stops it if the parse says otherwise).
  // git's spawn began 8 ms after this file started instead of 12 (medians of 25, staged bench
  // corpus, 2-core machine at load 2.8): cli.cjs and its chunks now load while git works.
  const start = args.includes('--staged') ? require('../dist/cjs/start.cjs') : undefined;
  const stagedDiff = start && start.wantsStagedDiff(args) ? start.spawnStagedDiff(cwd) : undefined;
  // stdin only on use: the getter sets up a stream (1-2 ms) that the pre-commit path never reads;
  // stdout and stderr on first use, after git has started (see getStdout).
  const io = {
    get stdout() {
      return getStdout();
    },
    get stderr() {
      return process.stderr;
    },
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd,
  };
  // The server hook (git waits for it on every push), exactly as `install --server` writes it:
  // its own entry (hook.cjs: the scan modules it shares with cli.cjs, not the parser), the same
  // code main() reaches for `pre-receive` given any other way. No option is parsed here.
  process.exitCode =
    args.length === 1 && args[0] === 'pre-receive'
      ? await require('../dist/cjs/hook.cjs').runPreReceive(io)
      : await require('../dist/cjs/cli.cjs').main(args, io, { stagedDiff });
  // Done: exit now rather than let node tear its heap down and wait for a git process that is
  // only closing (cat-file, once its input ends). Measured on the 2-core reference machine at
  // load ~7: 10-14 ms less after the exit event (medians of 9), on a run of about 0.4 s. Only
  // when everything written has reached the system: where a pipe is asynchronous (macOS,
  // Windows), output still waiting in the stream would be cut, and then node exits by itself.
  if (flushed(stdout) && flushed(process.stderr)) process.exit();
})().catch(fail);

function flushed(stream) {
  return stream === undefined || !(stream.writableLength > 0);
}
