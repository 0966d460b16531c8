/**
 * Commit ranges as a stream of hunks: one `git log -p` process, parsed line by line as it arrives,
 * so memory holds one hunk at a time whatever the size of the history.
 *
 * Why `--cc`: plain `git log -p` prints no patch for merge commits, so a key typed while resolving a
 * conflict never shows. `--cc` prints, for each merge, only the hunks that differ from every
 * parent, and marks a line new to all parents with `+` in every parent column: exactly the
 * resolution. Lines marked `+` for only some parents came from another parent, whose own commit
 * the walk scans anyway. (`-m` would re-print each merged branch whole against the other parent.)
 *
 * Why `-U8`: pairing looks up to 4 line breaks around a key and a provider word up to 8 away, so
 * eight context lines give the scanner the same view of the file around each added line as the
 * whole blob would, without reading blobs.
 */
import { gitSpawn, GitError, firstStderrLine } from './git-run.js';

export const LOG_CONFIG: readonly string[] = [
  '-c', 'core.quotePath=false',
  '-c', 'color.ui=never',
  '-c', 'diff.noprefix=false',
  '-c', 'diff.mnemonicPrefix=false',
  '-c', 'diff.relative=false',
  '-c', 'log.showSignature=false',
  '-c', 'log.showRoot=true',
];

export const LOG_ARGS: readonly string[] = [
  'log', '--no-color', '--no-ext-diff', '--no-textconv', '--no-relative', '--text', '--root',
  '-p', '--cc', '--unified=8', '-M', '--submodule=short', '--ignore-submodules=none',
  '--full-index', '--no-abbrev', '--src-prefix=a/', '--dst-prefix=b/', '--no-mailmap',
  '--topo-order', '--reverse', '--format=%x01%H%x1f%an <%ae>%x1f%aI',
];

export interface CommitMeta {
  sha: string;
  author: string;
  date: string;
}

export interface Hunk {
  commit: CommitMeta;
  /** Path after the commit, as UTF-8. */
  path: string;
  /** Line number (in the file after the commit) of the first line of `text`. */
  firstLine: number;
  /** The hunk's lines as they are after the commit (context and added lines), latin1 (bytes). */
  text: string;
  /** Line numbers (after the commit) of the lines this commit adds. */
  added: Set<number>;
}

/** Undoes git's C-style quoting of a path ("a\tb", octal escapes) and drops the a/ or b/ prefix. */
export function unquotePath(raw: string): string {
  let s = raw;
  if (s.endsWith('\t')) s = s.slice(0, -1); // git ends a name holding a space with a TAB
  if (s.startsWith('"') && s.endsWith('"')) {
    const bytes: number[] = [];
    const body = s.slice(1, -1);
    const esc: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, '\\': 92 };
    for (let i = 0; i < body.length; i++) {
      const c = body[i] as string;
      if (c !== '\\') {
        bytes.push(body.charCodeAt(i) & 0xff);
        continue;
      }
      const n = body[i + 1] as string;
      if (/[0-7]/.test(n)) {
        bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
        i += 3;
      } else {
        bytes.push(esc[n] ?? n.charCodeAt(0));
        i += 1;
      }
    }
    s = Buffer.from(bytes).toString('latin1');
  }
  return s.replace(/^[ab]\//, '');
}

const latin1ToUtf8 = (s: string) => Buffer.from(s, 'latin1').toString('utf8');

/** Parses `git log` output (LOG_ARGS), one latin1 line at a time, calling `onHunk` for each hunk that adds lines. */
export class LogParser {
  private commit: CommitMeta | undefined;
  private path: string | undefined;
  private skipFile = false;
  private parents = 1;
  private inHunk = false;
  private hunk: Hunk | undefined;
  private lines: string[] = [];
  private nextLine = 0;
  commits = 0;

  constructor(private readonly onHunk: (h: Hunk) => void) {}

  line(l: string): void {
    const c = l.charCodeAt(0);
    if (c === 0x01) {
      this.flush();
      const [sha, author, date] = l.slice(1).split('\x1f') as [string, string, string];
      this.commit = { sha, author: latin1ToUtf8(author), date };
      this.commits++;
      this.path = undefined;
      this.inHunk = false;
      return;
    }
    if (c === 0x64 /* d */ && /^diff --(git|cc|combined) /.test(l)) {
      this.flush();
      this.inHunk = false;
      this.path = undefined;
      this.skipFile = false;
      return;
    }
    if (c === 0x40 /* @ */ && l.startsWith('@@')) {
      this.flush();
      const at = /^(@+) /.exec(l);
      this.parents = at ? (at[1] as string).length - 1 : 1;
      const plus = /\+(\d+)(?:,\d+)? @+/.exec(l);
      if (!plus || !this.commit || this.path === undefined || this.skipFile) {
        this.inHunk = false;
        return;
      }
      this.inHunk = true;
      this.nextLine = Number(plus[1]);
      this.hunk = { commit: this.commit, path: this.path, firstLine: this.nextLine, text: '', added: new Set() };
      this.lines = [];
      return;
    }
    if (!this.inHunk) {
      if (l.startsWith('+++ ')) {
        const target = l.slice(4);
        this.path = target === '/dev/null' ? undefined : latin1ToUtf8(unquotePath(target));
      } else if (/^new (file )?mode 1[26]0000/.test(l)) {
        this.skipFile = true; // symbolic link or submodule: no text of ours
      }
      return;
    }
    if (l.startsWith('\\')) return; // "\ No newline at end of file"
    const prefix = l.slice(0, this.parents);
    if (prefix.includes('-')) return; // not in the result
    const hunk = this.hunk as Hunk;
    if (prefix.length === this.parents && /^\++$/.test(prefix)) hunk.added.add(this.nextLine);
    this.lines.push(l.slice(this.parents));
    this.nextLine++;
  }

  /** Emits the hunk in progress, if it adds anything. */
  flush(): void {
    if (this.inHunk && this.hunk && this.hunk.added.size > 0) {
      this.hunk.text = this.lines.join('\n') + '\n';
      this.onHunk(this.hunk);
    }
    this.hunk = undefined;
    this.lines = [];
    this.inHunk = false;
  }
}

/** Streams `git log <LOG_ARGS> <revs>` through a LogParser. */
export async function streamLog(top: string, revs: string[], onHunk: (h: Hunk) => void): Promise<number> {
  const child = gitSpawn(top, [...LOG_CONFIG, ...LOG_ARGS, ...revs, '--']);
  child.stdin.end();
  const stderr = firstStderrLine(child);
  const closed = new Promise<number | null>((done, fail) => {
    child.on('error', (err) => fail(new GitError(`git log: ${err.message}`)));
    child.on('close', (code) => done(code));
  });
  const parser = new LogParser(onHunk);
  let rest = '';
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    const text = rest + chunk.toString('latin1');
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      parser.line(text.slice(start, nl));
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  if (rest) parser.line(rest);
  parser.flush();
  const code = await closed;
  if (code !== 0) throw new GitError(`git log failed: ${stderr() || `exit ${code}`}`);
  return parser.commits;
}
