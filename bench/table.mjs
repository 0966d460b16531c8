// Turn measured results into table rows, a terminal table and Markdown.
import { median } from './measure.mjs';

const fmtS = (s) => (s === undefined ? '' : s < 10 ? s.toFixed(3) : s.toFixed(2));
const fmtMiB = (kib) => (kib ? (kib / 1024).toFixed(1) : 'n/a');
const mark = (ok) => (ok ? 'PASS' : 'FAIL');

function stats(tool) {
  if (!tool.seconds.length) return undefined;
  return {
    median: median(tool.seconds), min: Math.min(...tool.seconds), max: Math.max(...tool.seconds),
    peakKiB: Math.max(0, ...tool.rssKiB.filter(Boolean)) || undefined,
  };
}

/** Judge one target for a scenario; returns { tool, text, ok } or undefined if not measurable. */
function judge(target, subject, tools) {
  const s = stats(subject);
  if (!s) return undefined;
  if (target.kind === 'rss') {
    if (!s.peakKiB) return { tool: subject.name, text: `RSS < ${target.maxMiB} MiB: n/a`, ok: undefined };
    const ok = s.peakKiB / 1024 < target.maxMiB;
    return { tool: subject.name, text: `RSS < ${target.maxMiB} MiB: ${mark(ok)}`, ok };
  }
  const ref = tools.find((t) => t.name === target.ref);
  const r = ref && stats(ref);
  if (!r) return undefined;
  const ratio = s.median / r.median;
  const ok = ratio <= target.max;
  let text = `<= ${target.max}x: ${mark(ok)}`;
  if (target.stretch) text += `; stretch <= ${target.stretch}x: ${mark(ratio <= target.stretch)}`;
  return { tool: ref.name, text, ok };
}

/** One row per tool per scenario. */
export function buildRows(results) {
  const rows = [];
  for (const res of results) {
    const subject = res.tools.find((t) => t.role === 'subject');
    const sub = subject && stats(subject);
    const verdicts = res.targets.map((t) => judge(t, subject, res.tools)).filter(Boolean);
    for (const tool of res.tools) {
      const st = stats(tool);
      const row = { scenario: res.name, tool: tool.name, status: tool.status, median: '', min: '', max: '', rss: '', mbps: '', ratio: '', target: '' };
      if (st) {
        Object.assign(row, { median: fmtS(st.median), min: fmtS(st.min), max: fmtS(st.max), rss: fmtMiB(st.peakKiB) });
        if (res.throughput && res.bytes) row.mbps = (res.bytes / st.median / 1e6).toFixed(0);
        if (tool.role === 'reference' && sub) row.ratio = `${(sub.median / st.median).toFixed(2)}x`;
      }
      const texts = verdicts.filter((v) => v.tool === tool.name).map((v) => v.text);
      if (tool.role === 'subject' && res.sanity) texts.unshift(res.sanity);
      row.target = texts.join('; ');
      if (!st) { row.median = tool.status.split(/[ :(]/)[0]; row.target = tool.status; }
      rows.push(row);
    }
  }
  return rows;
}

const HEAD = ['scenario', 'tool', 'median s', 'min s', 'max s', 'peak RSS MiB', 'MB/s', 'scan-keys / ref', 'target'];
const cells = (r) => [r.scenario, r.tool, r.median, r.min, r.max, r.rss, r.mbps, r.ratio, r.target];

export function renderText(rows) {
  const all = [HEAD, ...rows.map(cells)];
  const widths = HEAD.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join(' | ').trimEnd();
  return [line(HEAD), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map((r) => line(cells(r)))].join('\n');
}

export function renderMarkdown(rows) {
  const esc = (c) => String(c).replaceAll('|', '\\|');
  return [
    `| ${HEAD.join(' | ')} |`,
    `|${HEAD.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`),
  ].join('\n');
}
