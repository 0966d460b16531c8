/**
 * Which files a tree scan reads, and reading them as chunks. In a git work tree: the files git
 * would track (`git ls-files --cached --others --exclude-standard`, so .gitignore is honoured);
 * elsewhere a directory walk that skips .git/ and node_modules/. Symlinks are never followed.
 */
import { lstat, readdir, open } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { gitRaw, isNotARepository } from './git-run.js';
import { displayPath } from './paths.js';

export { displayPath };

export interface FileTarget {
  /** Absolute path to read. */
  path: string;
  /** Path shown in reports: relative to the scan root with '/' separators, or absolute outside it. */
  display: string;
  /** Given explicitly on the command line (scanned even when ignored). */
  explicit: boolean;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}


const WALK_SKIP = new Set(['.git', 'node_modules']);

async function walk(dir: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    throw new InputError(`cannot read directory ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!WALK_SKIP.has(e.name)) await walk(full, out);
    } else {
      out.push(full);
    }
  }
}

/** The work tree's files below `dir`, as git would track them; undefined when not in a work tree. */
async function gitFiles(dir: string): Promise<string[] | undefined> {
  let inside: string;
  try {
    inside = (await gitRaw(dir, ['rev-parse', '--is-inside-work-tree'])).trim();
  } catch (err) {
    if (isNotARepository(err)) return undefined;
    throw err;
  }
  if (inside !== 'true') return undefined;
  const out = await gitRaw(dir, ['-c', 'core.quotePath=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate', '--', '.']);
  return out
    .split('\0')
    .filter((p) => p.length > 0)
    .map((p) => join(dir, p));
}

/** Expands command-line paths into the files to scan, in a stable order. */
export async function listTargets(paths: string[], root: string): Promise<FileTarget[]> {
  const seen = new Set<string>();
  const out: FileTarget[] = [];
  const add = (path: string, explicit: boolean) => {
    if (seen.has(path)) return;
    seen.add(path);
    out.push({ path, display: displayPath(root, path), explicit });
  };
  for (const p of paths) {
    const abs = resolve(root, p);
    let st;
    try {
      st = await lstat(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new InputError(code === 'ENOENT' ? `no such file or directory: ${p}` : `cannot read ${p}: ${code ?? (err as Error).message}`);
    }
    if (st.isDirectory()) {
      const files = (await gitFiles(abs)) ?? (await walkAll(abs));
      files.sort();
      for (const f of files) add(f, false);
    } else {
      add(abs, true);
    }
  }
  return out;
}

async function walkAll(dir: string): Promise<string[]> {
  const out: string[] = [];
  await walk(dir, out);
  return out;
}

/** Files at most this big are read in one call; larger ones are streamed in chunks of this size. */
export const READ_CHUNK = 1 << 20;

export type ReadOutcome = { kind: 'skipped'; reason: string } | { kind: 'read'; size: number };

/**
 * Reads a file chunk by chunk into `sink`. Skips what is not a regular file (symlink, FIFO,
 * device, a path that vanished from a git listing) and files over `maxFileSize`; throws
 * InputError when a file cannot be read.
 */
export async function readFileChunks(target: FileTarget, maxFileSize: number, sink: (chunk: Buffer) => void): Promise<ReadOutcome> {
  let st;
  try {
    st = await lstat(target.path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !target.explicit) return { kind: 'skipped', reason: 'deleted from the work tree' };
    throw new InputError(`cannot read ${target.display}: ${code ?? (err as Error).message}`);
  }
  if (st.isSymbolicLink()) return { kind: 'skipped', reason: 'symbolic link (not followed)' };
  if (st.isDirectory()) return { kind: 'skipped', reason: 'directory (submodule?)' };
  if (!st.isFile()) return { kind: 'skipped', reason: 'not a regular file' };
  if (st.size > maxFileSize) return { kind: 'skipped', reason: `larger than --max-file-size (${st.size} bytes)` };
  let handle;
  try {
    handle = await open(target.path, 'r');
  } catch (err) {
    throw new InputError(`cannot read ${target.display}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let size = 0;
  try {
    const chunkSize = Math.min(READ_CHUNK, Math.max(st.size, 1) + 1);
    for (;;) {
      const chunk = Buffer.allocUnsafe(chunkSize);
      const { bytesRead } = await handle.read(chunk, 0, chunkSize, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      sink(bytesRead === chunkSize ? chunk : chunk.subarray(0, bytesRead));
      if (size > maxFileSize) return { kind: 'skipped', reason: `grew past --max-file-size while being read` };
    }
  } catch (err) {
    throw new InputError(`cannot read ${target.display}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  } finally {
    await handle.close();
  }
  return { kind: 'read', size };
}
