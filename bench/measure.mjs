// Wall time (process.hrtime around spawn) and peak RSS of one child process.
// Peak RSS: GNU `/usr/bin/time -f %M` when available (covers the whole process
// tree the child waits for, e.g. both sides of a `sh -c 'a | b'` pipeline);
// otherwise VmHWM polled from /proc/<pid>/status every 10 ms (the direct child only).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';

const TIME = '/usr/bin/time';
const STDOUT_LIMIT = 512 * 1024 * 1024;
const STDERR_LIMIT = 64 * 1024;

let rssMethod;
/** 'gnu-time' or 'proc-poll' (forced by BENCH_RSS_METHOD=proc-poll), decided once. */
export function rssMethodName() {
  if (rssMethod) return rssMethod;
  rssMethod = 'proc-poll';
  if (process.env.BENCH_RSS_METHOD !== 'proc-poll' && fs.existsSync(TIME)) {
    const out = path.join(os.tmpdir(), `scan-keys-bench-time-probe-${process.pid}`);
    const r = spawnSync(TIME, ['-f', '%M', '-o', out, 'true']);
    if (r.status === 0 && /^\d+\s*$/.test(readOr(out, ''))) rssMethod = 'gnu-time';
    fs.rmSync(out, { force: true });
  }
  return rssMethod;
}

function readOr(file, fallback) {
  try { return fs.readFileSync(file, 'utf8'); } catch { return fallback; }
}

/** Last number GNU time wrote (it may prefix "Command exited with non-zero status N"). */
function parseTimeOutput(text) {
  const lines = text.trim().split('\n');
  const kib = Number(lines[lines.length - 1]);
  return Number.isFinite(kib) ? kib : undefined;
}

function pollVmHWM(pid, onValue) {
  const read = () => {
    const m = /VmHWM:\s+(\d+)\s*kB/.exec(readOr(`/proc/${pid}/status`, ''));
    if (m) onValue(Number(m[1]));
  };
  read();
  return setInterval(read, 10);
}

/**
 * Run `cmd args` once. Returns { seconds, peakRssKiB, code, signal, stdout, stderr, timedOut }.
 * stdout is kept only with { captureStdout: true }; otherwise it is drained and dropped.
 */
export function measure(cmd, args, { cwd, env, captureStdout = false, timeoutMs = 15 * 60 * 1000 } = {}) {
  const useTime = rssMethodName() === 'gnu-time';
  const timeOut = path.join(os.tmpdir(), `scan-keys-bench-rss-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const [file, argv] = useTime ? [TIME, ['-f', '%M', '-o', timeOut, cmd, ...args]] : [cmd, args];
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    const poller = useTime ? undefined : pollVmHWM(child.pid, (kib) => { peak = Math.max(peak, kib); });
    const out = [];
    let outLen = 0;
    let err = '';
    child.stdout.on('data', (d) => { if (captureStdout && outLen < STDOUT_LIMIT) { out.push(d); outLen += d.length; } });
    child.stderr.on('data', (d) => { if (err.length < STDERR_LIMIT) err += d; });
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.on('error', (e) => { err += String(e); });
    child.on('close', (code, signal) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      clearTimeout(timer);
      if (poller) clearInterval(poller);
      if (useTime) { peak = parseTimeOutput(readOr(timeOut, '')) ?? 0; fs.rmSync(timeOut, { force: true }); }
      resolve({
        seconds, peakRssKiB: peak || undefined, code: code ?? -1, signal, timedOut,
        stdout: captureStdout ? Buffer.concat(out).toString('utf8') : '', stderr: err,
      });
    });
  });
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
