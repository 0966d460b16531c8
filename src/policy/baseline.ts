/**
 * Baselines: the findings a team has accepted (old keys already revoked, or to be dealt with
 * later), so that only new ones block. An entry is rule id + fingerprint (hash of rule and value)
 * + path: never a line number (moving a key must not resurrect it, and a new key on an old line
 * must still be found) and never the value. Entries are sorted and the file has no timestamps,
 * so rewriting it after a change touches only the entries that changed. Pure: text in, text out.
 */
import type { Finding } from '../types.js';

export const BASELINE_FILE = '.scan-keys-baseline.json';
export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  ruleId: string;
  fingerprint: string;
  /** Relative to the baseline file's directory, '/' separators. */
  file: string;
}

export class BaselineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BaselineError';
  }
}

function keyOf(e: BaselineEntry): string {
  return `${e.ruleId}\u0000${e.fingerprint}\u0000${e.file}`;
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0;
}

/** Sorted, de-duplicated entries for findings; `pathOf` maps a finding's file to the baseline's frame. */
export function baselineEntries(findings: readonly Finding[], pathOf: (file: string) => string = (f) => f): BaselineEntry[] {
  const unique = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const e = { ruleId: f.ruleId, fingerprint: f.fingerprint, file: pathOf(f.file) };
    unique.set(keyOf(e), e);
  }
  return [...unique.values()].sort(compareEntries);
}

/** The file's text: stable 2-space JSON with a trailing newline. */
export function renderBaseline(entries: readonly BaselineEntry[]): string {
  const doc = {
    version: BASELINE_VERSION,
    tool: 'scan-keys',
    findings: [...entries].sort(compareEntries).map((e) => ({ file: e.file, ruleId: e.ruleId, fingerprint: e.fingerprint })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

/** Parses a baseline file's text; `source` names it in errors. */
export function parseBaseline(text: string, source: string): BaselineEntry[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new BaselineError(`${source}: invalid JSON: ${(err as Error).message}`);
  }
  const d = doc as { version?: unknown; findings?: unknown };
  if (typeof doc !== 'object' || doc === null || d.version !== BASELINE_VERSION || !Array.isArray(d.findings)) {
    throw new BaselineError(`${source}: not a scan-keys baseline (version ${BASELINE_VERSION} with a "findings" array); write one with scan-keys baseline`);
  }
  return d.findings.map((raw, i) => {
    const e = raw as Partial<BaselineEntry>;
    if (typeof e?.ruleId !== 'string' || typeof e.file !== 'string' || typeof e.fingerprint !== 'string' || !/^[0-9a-f]{32}$/.test(e.fingerprint)) {
      throw new BaselineError(`${source}: field "findings[${i}]" needs "file", "ruleId" and a 32-hex "fingerprint"`);
    }
    return { ruleId: e.ruleId, fingerprint: e.fingerprint, file: e.file };
  });
}

export interface BaselineResult {
  /** Findings not in the baseline. */
  kept: Finding[];
  /** Findings the baseline covers. */
  baselined: Finding[];
  /** Entries no finding matched this run (pruning candidates; a partial scan leaves many). */
  stale: BaselineEntry[];
}

export function applyBaseline(findings: readonly Finding[], entries: readonly BaselineEntry[], pathOf: (file: string) => string = (f) => f): BaselineResult {
  const known = new Map(entries.map((e) => [keyOf(e), e] as const));
  const used = new Set<string>();
  const kept: Finding[] = [];
  const baselined: Finding[] = [];
  for (const f of findings) {
    const key = keyOf({ ruleId: f.ruleId, fingerprint: f.fingerprint, file: pathOf(f.file) });
    if (known.has(key)) {
      used.add(key);
      baselined.push(f);
    } else {
      kept.push(f);
    }
  }
  const stale = [...known.entries()].filter(([k]) => !used.has(k)).map(([, e]) => e).sort(compareEntries);
  return { kept, baselined, stale };
}
