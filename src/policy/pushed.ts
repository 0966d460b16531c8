/**
 * The policy of a repository as pushed: `.scan-keys.json` and `.scan-keys-baseline.json` read from
 * a commit (a bare repository on a server has no work tree), not from the disk. Paths in both are
 * relative to the repository root, which is what a commit scan reports.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CatFile } from '../sources/cat-file.js';
import { compileConfig, ConfigError, EMPTY_CONFIG, type Config } from './config.js';
import type { JsonSchema } from '../patterns/validate.js';
import { loadPatternSchema } from '../patterns/load.js';
import { BASELINE_FILE, parseBaseline, type BaselineEntry } from './baseline.js';

const CONFIG_FILE = '.scan-keys.json';
const CONFIG_SCHEMA = fileURLToPath(new URL('../../config.schema.json', import.meta.url));

export interface CommitPolicy {
  config: Config;
  baseline: BaselineEntry[];
  /** Blob ids of the two files ('' when absent): commits with the same key share one policy. */
  key: string;
}

/** The policy at `commit` (a full object id of a commit). Invalid files are ConfigError / BaselineError. */
export async function policyAtCommit(blobs: CatFile, commit: string): Promise<CommitPolicy> {
  const [configBlob, baselineBlob] = await blobs.getMany([`${commit}:${CONFIG_FILE}`, `${commit}:${BASELINE_FILE}`]);
  const short = commit.slice(0, 10);
  let config = EMPTY_CONFIG;
  if (configBlob?.type === 'blob') {
    const shown = `${CONFIG_FILE} (commit ${short})`;
    let data: unknown;
    try {
      data = JSON.parse((configBlob.content ?? Buffer.alloc(0)).toString('utf8'));
    } catch (err) {
      throw new ConfigError(`${shown}: invalid JSON: ${(err as Error).message}`);
    }
    const schema = JSON.parse(readFileSync(CONFIG_SCHEMA, 'utf8')) as JsonSchema;
    config = compileConfig(data, schema, shown, { patternSchema: loadPatternSchema() });
  }
  const baseline =
    baselineBlob?.type === 'blob'
      ? parseBaseline((baselineBlob.content ?? Buffer.alloc(0)).toString('utf8'), `${BASELINE_FILE} (commit ${short})`)
      : [];
  const oid = (o: { oid: string; type: string } | undefined) => (o?.type === 'blob' ? o.oid : '');
  return { config, baseline, key: `${oid(configBlob)}:${oid(baselineBlob)}` };
}
