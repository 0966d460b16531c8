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
  };
}

export function formatMachine(m) {
  return Object.entries(m).map(([k, v]) => `${k}: ${v}`).join('\n');
}
