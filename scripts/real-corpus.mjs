/**
 * The real-code corpus: pinned packages from the npm registry, code nobody here wrote. Shared by
 * `npm run eval` (precision on real code) and `npm run bench` (speed on real trees).
 *
 * Each package is fetched once with `npm pack NAME@VERSION` (the registry client as set up on the
 * machine), checked against its pinned integrity, and unpacked into a cache outside the
 * repository: $SCAN_KEYS_CORPUS_DIR, else $XDG_CACHE_HOME/scan-keys/real-corpus, else
 * ~/.cache/scan-keys/real-corpus. Later runs read the cache and touch no network.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, lstatSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** name, version and the registry's sha512 integrity of the tarball (what `npm pack --json` prints). */
export const REAL_PACKAGES = [
  { name: 'tencentcloud-sdk-nodejs', version: '4.1.313', integrity: 'sha512-uhkLV7uGhVJZJ4qbyg2BlgNM48zKMNeuz23RaMbUkL+04Eu4P/ToXBen56hOTmo84lCDuBd1iBQLyZCsqWE5UA==' },
  { name: 'cos-nodejs-sdk-v5', version: '3.0.0', integrity: 'sha512-xUqiDdUxfEjfaWoyBA3qsSnlQVHPz13DRFErL+NliadBVUeeZhAPHGVa2inGpUvPTOs52ALIKkMbzL+inSqvXg==' },
  { name: 'ali-oss', version: '6.23.0', integrity: 'sha512-FipRmyd16Pr/tEey/YaaQ/24Pc3HEpLM9S1DRakEuXlSLXNIJnu1oJtHM53eVYpvW3dXapSjrip3xylZUTIZVQ==' },
  { name: '@alicloud/pop-core', version: '1.8.0', integrity: 'sha512-ef6vIVigtr9n8Lw6Ld2GZ9jVUD0+ReHviaQaMqZDPI2HwdpVvrq1Rvn2tBnFToe0tdTpovz9N7XFSf/C274OtA==' },
  { name: '@alicloud/openapi-client', version: '0.4.15', integrity: 'sha512-4VE0/k5ZdQbAhOSTqniVhuX1k5DUeUMZv74degn3wIWjLY6Bq+hxjaGsaHYlLZ2gA5wUrs8NcI5TE+lIQS3iiA==' },
  { name: '@alicloud/credentials', version: '2.4.7', integrity: 'sha512-pVeLM4Mjdh2PSs+h36CDBOCsvXyZTBG3tgT7chzH8jqWgVGU4UIgYw2h76ZviBpqADFPs3QReYg2AX/gzmqwOw==' },
  // Helpers and older SDKs whose documentation shows temporary credentials, pre-signed URLs and example keys.
  { name: 'qcloud-cos-sts', version: '3.1.3', integrity: 'sha512-TpPWyQcCg3SefmoWSKKYIGIfxE7CBQlp4pF4NXGlpgpV1cVrPd6YdZKtAICXZ/D8ibEV0TwHca/qKLBZkVBJKQ==' },
  { name: 'cos-js-sdk-v5', version: '1.10.1', integrity: 'sha512-a4SRfCY5g6Z35C7OWe9te/S1zk77rVQzfpvZ33gmTdJQzKxbNbEG7Aw/v453XwVMsQB352FIf7KRMm5Ya/wlZQ==' },
  { name: 'aliyun-sdk', version: '1.12.10', integrity: 'sha512-uTuDRw+YiZSiKoHl9wg8SaUvCyh2lj470X/piz8ZExscJal1D5JE95O4PoMAebLM9tGOd+X47vbQWe1q3wPxpg==' },
  { name: '@alicloud/sts-sdk', version: '1.0.2', integrity: 'sha512-WOv1qkNW7r2S6I0f2Qz8+7D5uU7bgE5vHxDWExcXmomMgr2i8JM6GhJeFPNVOzSWPgQi6Ujc+EATZ6ies9+UMA==' },
  // A large package of another cloud: hard negatives (its own keys, hashes, signatures, ids).
  { name: 'aws-sdk', version: '2.1693.0', integrity: 'sha512-cJmb8xEnVLT+R6fBS5sn/EFJiX7tUnDaPtOPZ1vFbOJtd0fnZn/Ky2XGgsvvoeliWeH7mL3TWSX5zXXGSQV6gQ==' },
];

export function corpusCacheDir(env = process.env) {
  if (env.SCAN_KEYS_CORPUS_DIR) return env.SCAN_KEYS_CORPUS_DIR;
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'scan-keys', 'real-corpus');
}

const dirName = (p) => `${p.name.replace('/', '__')}@${p.version}`;

/** Files and bytes below a directory (regular files only, as a scan counts them). */
export function treeSize(dir) {
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = lstatSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) {
        files++;
        bytes += st.size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

/**
 * Every package unpacked in the cache (fetched first when missing): [{ name, version, dir, files,
 * bytes }], `dir` being the package's root (npm's `package/`). Throws one clear line when the
 * registry cannot be reached and the cache is empty, or when a tarball does not match its pin.
 */
export function ensureRealCorpus({ log = () => {}, packages = REAL_PACKAGES, cacheDir = corpusCacheDir() } = {}) {
  mkdirSync(cacheDir, { recursive: true });
  return packages.map((p) => {
    const dir = join(cacheDir, dirName(p));
    const root = join(dir, 'package');
    if (!existsSync(join(dir, '.complete'))) {
      log(`fetching ${p.name}@${p.version} from the npm registry into ${cacheDir}`);
      const tmp = `${dir}.tmp-${process.pid}`;
      rmSync(tmp, { recursive: true, force: true });
      mkdirSync(tmp, { recursive: true });
      let out;
      try {
        out = execFileSync('npm', ['pack', `${p.name}@${p.version}`, '--json', '--pack-destination', tmp], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        });
      } catch (err) {
        rmSync(tmp, { recursive: true, force: true });
        const why = String(err.stderr || err.message).split('\n').find((l) => l.trim()) ?? 'npm pack failed';
        throw new Error(`cannot fetch ${p.name}@${p.version} from the npm registry: ${why}`);
      }
      const file = join(tmp, JSON.parse(out)[0].filename);
      const integrity = `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;
      if (integrity !== p.integrity) {
        rmSync(tmp, { recursive: true, force: true });
        throw new Error(`${p.name}@${p.version}: tarball integrity ${integrity} does not match the pin ${p.integrity}`);
      }
      execFileSync('tar', ['xzf', file, '-C', tmp, '--no-same-owner']);
      rmSync(file);
      execFileSync('touch', [join(tmp, '.complete')]);
      rmSync(dir, { recursive: true, force: true });
      renameSync(tmp, dir);
    }
    return { name: p.name, version: p.version, dir: root, ...treeSize(root) };
  });
}

// `node scripts/real-corpus.mjs`: fetch (if needed) and list the corpus.
if (import.meta.url === `file://${process.argv[1]}`) {
  const list = ensureRealCorpus({ log: (m) => process.stderr.write(`${m}\n`) });
  let total = 0;
  for (const p of list) {
    total += p.bytes;
    console.log(`${p.name}@${p.version}\t${p.files} files\t${(p.bytes / 1e6).toFixed(1)} MB\t${p.dir}`);
  }
  console.log(`total\t${(total / 1e6).toFixed(1)} MB`);
}
