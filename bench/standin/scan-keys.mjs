#!/usr/bin/env node
// STAND-IN for bin/scan-keys.js, used by the bench harness only while the real
// CLI does not exist. Tree scan with streaming 1 MiB chunks; `--format json`;
// rejects --staged / --history like a CLI that lacks them (exit 2).
import fs from 'node:fs';
import path from 'node:path';

const RULES = [
  { ruleId: 'alibaba-access-key-id', re: /\bLTAI[A-Za-z0-9]{12}(?:[A-Za-z0-9]{8})?\b/g },
  { ruleId: 'tencent-access-key-id', re: /\bAKID[A-Za-z0-9]{32}(?:[A-Za-z0-9]{4})?\b/g },
];
const CHUNK = 1024 * 1024;
const OVERLAP = 80; // longer than the longest match plus one boundary byte

const args = process.argv.slice(2);
let format = 'text';
const paths = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--format') format = args[++i];
  else if (args[i].startsWith('--')) { console.error(`Unknown argument: ${args[i].slice(2)}`); process.exit(2); }
  else paths.push(args[i]);
}
if (paths.length === 0) paths.push('.');

const findings = [];
function scanFile(file) {
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(CHUNK);
  let carry = '';
  let carryStart = 0; // absolute offset of carry[0]
  let reportedTo = 0; // matches ending at or before this absolute offset are done
  for (;;) {
    const n = fs.readSync(fd, buf, 0, CHUNK, null);
    if (n > 0 && buf.subarray(0, n).includes(0)) break; // binary: skip the rest
    const text = carry + buf.toString('latin1', 0, n);
    const last = n === 0;
    const safeEnd = carryStart + text.length - (last ? 0 : 1);
    for (const { ruleId, re } of RULES) {
      re.lastIndex = 0;
      for (let m; (m = re.exec(text));) {
        const end = carryStart + m.index + m[0].length;
        if (end > reportedTo && end <= safeEnd) findings.push({ ruleId, file, offset: end - m[0].length, match: m[0] });
      }
    }
    reportedTo = safeEnd;
    if (last) break;
    const keep = Math.min(OVERLAP, text.length);
    carryStart += text.length - keep;
    carry = text.slice(text.length - keep);
  }
  fs.closeSync(fd);
}

function walk(p, explicit) {
  const st = fs.statSync(p);
  if (st.isFile()) return scanFile(p);
  if (!st.isDirectory()) return;
  const base = path.basename(p);
  if (!explicit && (base === '.git' || base === 'node_modules')) return;
  for (const e of fs.readdirSync(p, { withFileTypes: true })) {
    if (e.isSymbolicLink()) continue;
    walk(path.join(p, e.name), false);
  }
}

try {
  for (const p of paths) walk(p, true);
} catch (e) {
  console.error(String(e));
  process.exit(2);
}
if (format === 'json') process.stdout.write(JSON.stringify({ findings }) + '\n');
else for (const f of findings) console.log(`${f.file}: ${f.ruleId}`);
process.exit(findings.length ? 1 : 0);
