/**
 * Runs of token characters, to search secret patterns only where one could match.
 *
 * A secret rule's pattern is, for every built-in rule, a run of characters from RUN_CHARS
 * (`[A-Za-z0-9]{32}`, `[A-Za-z0-9+/]{43}=`, `[A-Za-z0-9_-]{100,4000}`): each match lies inside one
 * maximal run of RUN_CHARS at least as long as the pattern's shortest match, and the boundary
 * look-arounds read one character either side of it. Code is mostly short runs (identifiers,
 * words), so finding the long runs in one linear pass and running each secret regex only on them
 * gives the same matches for much less work: the regexes try a look-behind and count up to 32-100
 * characters at every position of a window, and in a tree where every file names its provider
 * (tencentcloud-sdk-nodejs, 44 MB) the windows cover most of the text; there the four secret
 * regexes took 2.3 of 8.8 s of a single-thread scan.
 *
 * A pattern that is not of that shape (an extra provider's rule with other characters) has no
 * run length and is searched over its whole window, as before.
 */

/** Characters a run is made of: every class in the built-in secret patterns is a subset. */
const RUN = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-') RUN[c.charCodeAt(0)] = 1;

function isRun(code: number): boolean {
  return code < 256 && RUN[code] === 1;
}

function inRunChars(c: string): boolean {
  return c.length === 1 && RUN[c.charCodeAt(0)] === 1;
}

/** An escape standing for a run character: `\+`, `\/`, `\-`, `\=` (never `\w`, `\d`, ...). */
function escapedRunChar(c: string): boolean {
  return inRunChars(c) && !/[A-Za-z0-9_]/.test(c);
}

/** The class body `A-Za-z0-9+/` holds only RUN_CHARS (ranges within A-Z, a-z or 0-9). */
function classWithinRun(body: string): boolean {
  if (body.startsWith('^')) return false;
  for (let i = 0; i < body.length; i++) {
    let c = body[i] as string;
    if (c === '\\') {
      c = body[++i] ?? '';
      if (!escapedRunChar(c)) return false;
      continue;
    }
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const lo = c;
      const hi = body[i + 2] as string;
      const ok = (a: string, b: string) => lo >= a && hi <= b && lo <= hi;
      if (!(ok('A', 'Z') || ok('a', 'z') || ok('0', '9'))) return false;
      i += 2;
      continue;
    }
    if (!inRunChars(c)) return false;
  }
  return true;
}

/**
 * The shortest match of `pattern` when every match is a string of RUN_CHARS; undefined when the
 * pattern has any other shape (then no run filter applies). Understands literal characters,
 * classes, groups with alternation, and the repeats {n}, {n,}, {n,m}, ?, * and +; anything else
 * (escapes such as \w or \d, `.`, look-arounds) gives undefined.
 */
export function runMinLength(pattern: string): number | undefined {
  let total = 0;
  let best = Infinity;
  const stack: Array<{ total: number; best: number }> = [];
  let last = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    let unit: number;
    if (c === '\\') {
      const e = pattern[++i] ?? '';
      if (!escapedRunChar(e)) return undefined;
      unit = 1;
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0 || !classWithinRun(pattern.slice(i + 1, end))) return undefined;
      i = end;
      unit = 1;
    } else if (c === '(') {
      if (!pattern.startsWith('?:', i + 1)) return undefined;
      stack.push({ total, best });
      total = 0;
      best = Infinity;
      i += 2;
      continue;
    } else if (c === '|') {
      best = Math.min(best, total);
      total = 0;
      continue;
    } else if (c === ')') {
      const inner = Math.min(best, total);
      const outer = stack.pop();
      if (!outer) return undefined;
      total = outer.total;
      best = outer.best;
      unit = inner;
    } else if (c === '{') {
      const end = pattern.indexOf('}', i);
      const m = /^\{(\d+)(?:,(\d*))?\}$/.exec(pattern.slice(i, end + 1));
      if (!m) return undefined;
      total += last * (Number(m[1]) - 1);
      last = 0;
      i = end;
      continue;
    } else if (c === '?' || c === '*') {
      total -= last;
      last = 0;
      continue;
    } else if (c === '+') {
      // One or more: the shortest match is unchanged.
      last = 0;
      continue;
    } else if (inRunChars(c)) {
      unit = 1;
    } else {
      return undefined;
    }
    total += unit;
    last = unit;
  }
  if (stack.length > 0) return undefined;
  return Math.min(best, total);
}

/**
 * The characters `pattern` can match (every class and literal in it, a subset of RUN_CHARS) as a
 * 256-entry table, when runMinLength understands the pattern; else undefined. A match is then a
 * string of these characters, so it lies inside one maximal run of them: `[A-Za-z0-9]{32}` is
 * looked for only in runs of letters and digits, not in `com/document/product/266/11732`.
 */
export function runChars(pattern: string): Uint8Array | undefined {
  const table = tableOf(pattern);
  return table && internTable(table);
}

function tableOf(pattern: string): Uint8Array | undefined {
  if (runMinLength(pattern) === undefined) return undefined;
  const table = new Uint8Array(256);
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\') {
      table[(pattern[++i] as string).charCodeAt(0)] = 1;
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      const body = pattern.slice(i + 1, end);
      for (let j = 0; j < body.length; j++) {
        let ch = body[j] as string;
        if (ch === '\\') ch = body[++j] as string;
        else if (body[j + 1] === '-' && j + 2 < body.length) {
          for (let k = ch.charCodeAt(0); k <= body.charCodeAt(j + 2); k++) table[k] = 1;
          j += 2;
          continue;
        }
        table[ch.charCodeAt(0)] = 1;
      }
      i = end;
    } else if (c === '{') {
      i = pattern.indexOf('}', i);
    } else if (inRunChars(c)) {
      table[c.charCodeAt(0)] = 1;
    }
  }
  return table;
}

/**
 * Every maximal run of RUN_CHARS of at least `min` (>= 2) characters in `s`, in order, as a flat
 * list [start0, end0, start1, end1, …] (with pairs as small arrays, garbage collection was 9 % of
 * a scan's profile). Found faster than by reading every character: it looks at every (min/2)th
 * character first and reads around it only when that one is a run character. A
 * run of `min` holds at least one such probe, and in code most probes fall on spaces, punctuation
 * or short words: on tencentcloud-sdk-nodejs (44 MB) 38 ms against 85 ms for a plain loop.
 */
export function allLongRuns(s: string, min: number): number[] {
  const out: number[] = [];
  const n = s.length;
  const step = Math.max(1, min >> 1);
  // Everything before `done` has been read (and its runs recorded).
  let done = 0;
  for (let p = step - 1; p < n; p += step) {
    if (!isRun(s.charCodeAt(p))) continue;
    let a = p;
    while (a > done && isRun(s.charCodeAt(a - 1))) a--;
    let b = p + 1;
    while (b < n && isRun(s.charCodeAt(b))) b++;
    if (b - a >= min) out.push(a, b);
    done = b;
    // On to the first probe after b (b itself is not a run character): the loop adds step.
    let next = Math.floor(b / step) * step + step - 1;
    if (next <= b) next += step;
    p = next - step;
  }
  return out;
}

/**
 * The maximal runs of characters in `table` (a subset of RUN_CHARS) of at least `min`, inside the
 * given runs of RUN_CHARS (flat lists, as allLongRuns).
 */
export function subRuns(s: string, runs: readonly number[], table: Uint8Array, min: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < runs.length; r += 2) {
    const a = runs[r] as number;
    const b = runs[r + 1] as number;
    if (b - a < min) continue;
    let start = -1;
    for (let i = a; i <= b; i++) {
      const inside = i < b && table[s.charCodeAt(i)] === 1;
      if (inside) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        if (i - start >= min) out.push(start, i);
        start = -1;
      }
    }
  }
  return out;
}

/**
 * The runs of one text, found once and shared by every rule and the decoded view: the maximal
 * runs of token characters, then, per character table and length, the runs of those characters
 * inside them (flat lists, as allLongRuns).
 */
export class TextRuns {
  private readonly text: string;
  private readonly min: number;
  private all: number[] | undefined;
  private readonly byShape = new Map<Uint8Array, Map<number, number[]>>();
  private readonly short = new Map<number, number[]>();

  /** `min`: the shortest run most callers ask for; shorter ones read the text again. */
  constructor(text: string, min: number) {
    this.text = text;
    this.min = Math.max(2, min);
  }

  /**
   * Maximal runs of the characters in `chars` (a subset of RUN_CHARS) of at least `min`. Below the
   * constructor's minimum the text is read again (once per length).
   */
  runsOf(chars: Uint8Array, min: number): number[] {
    let byMin = this.byShape.get(chars);
    if (!byMin) this.byShape.set(chars, (byMin = new Map()));
    let runs = byMin.get(min);
    if (!runs) {
      if (min < this.min) runs = subRuns(this.text, this.shorter(min), chars, min);
      else {
        // One walk over the token runs per character table (at the shortest length), then a
        // filter per length: the rules' tables repeat (letters and digits for four of them).
        let base = byMin.get(this.min);
        if (!base) byMin.set(this.min, (base = subRuns(this.text, (this.all ??= allLongRuns(this.text, this.min)), chars, this.min)));
        runs = min === this.min ? base : longerThan(base, min);
      }
      byMin.set(min, runs);
    }
    return runs;
  }

  private shorter(min: number): number[] {
    let runs = this.short.get(min);
    if (!runs) this.short.set(min, (runs = allLongRuns(this.text, Math.max(2, min))));
    return runs;
  }
}

/** The runs of a flat list at least `min` long. */
function longerThan(runs: readonly number[], min: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < runs.length; r += 2) {
    if ((runs[r + 1] as number) - (runs[r] as number) >= min) out.push(runs[r] as number, runs[r + 1] as number);
  }
  return out;
}

const tables = new Map<string, Uint8Array>();

/** One table object per distinct set of characters, so that TextRuns shares work between rules. */
export function internTable(table: Uint8Array): Uint8Array {
  const key = String.fromCharCode(...table);
  let t = tables.get(key);
  if (!t) tables.set(key, (t = table));
  return t;
}
