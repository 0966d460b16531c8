// Describe the machine and tool versions the numbers came from.
import os from 'node:os';
import { spawnSync } from 'node:child_process';

function firstLine(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n')[0].trim() : undefined;
}

export function machineInfo() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    rg: firstLine('rg', ['--version']) ?? 'not installed',
    git: firstLine('git', ['--version']) ?? 'not installed',
    load: loadText(),
  };
}

/** 1/5/15-minute load averages: other work on the machine skews absolute times (ratios less). */
export function loadText() {
  return os.loadavg().map((l) => l.toFixed(2)).join(' ');
}

export function isBusy() {
  return os.loadavg()[0] > os.cpus().length * 0.5;
}

export function formatMachine(m) {
  return Object.entries(m).map(([k, v]) => `${k}: ${v}`).join('\n');
}
