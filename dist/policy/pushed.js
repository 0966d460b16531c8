/**
 * The policy of a repository as pushed: `.scan-keys.json` and `.scan-keys-baseline.json` read from
 * a commit (a bare repository on a server has no work tree), not from the disk. Paths in both are
 * relative to the repository root, which is what a commit scan reports.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileConfig, ConfigError, EMPTY_CONFIG } from './config.js';
import { loadPatternSchema } from '../patterns/load.js';
import { BASELINE_FILE, parseBaseline } from './baseline.js';
const CONFIG_FILE = '.scan-keys.json';
const CONFIG_SCHEMA = fileURLToPath(new URL('../../config.schema.json', import.meta.url));
/** The policy at `commit` (a full object id of a commit). Invalid files are ConfigError / BaselineError. */
export async function policyAtCommit(blobs, commit) {
    const [configBlob, baselineBlob] = await blobs.getMany([`${commit}:${CONFIG_FILE}`, `${commit}:${BASELINE_FILE}`]);
    const short = commit.slice(0, 10);
    let config = EMPTY_CONFIG;
    if (configBlob?.type === 'blob') {
        const shown = `${CONFIG_FILE} (commit ${short})`;
        let data;
        try {
            data = JSON.parse((configBlob.content ?? Buffer.alloc(0)).toString('utf8'));
        }
        catch (err) {
            throw new ConfigError(`${shown}: invalid JSON: ${err.message}`);
        }
        const schema = JSON.parse(readFileSync(CONFIG_SCHEMA, 'utf8'));
        config = compileConfig(data, schema, shown, { patternSchema: loadPatternSchema() });
    }
    const baseline = baselineBlob?.type === 'blob'
        ? parseBaseline((baselineBlob.content ?? Buffer.alloc(0)).toString('utf8'), `${BASELINE_FILE} (commit ${short})`)
        : [];
    const oid = (o) => (o?.type === 'blob' ? o.oid : '');
    return { config, baseline, key: `${oid(configBlob)}:${oid(baselineBlob)}` };
}
