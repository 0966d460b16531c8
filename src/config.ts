/** `.scan-keys.json`: raw JSON → validated, compiled config. Reading is the caller's. */
import micromatch from 'micromatch';
import { validateSchema, type JsonSchema } from './patterns/validate.js';

export interface RawConfig {
  exclude?: string[];
  allow?: Array<{ path?: string; reason: string }>;
}

export interface Config {
  /** True when the path (relative, '/' separators) is excluded or allowlisted. */
  isPathIgnored(path: string): boolean;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export const EMPTY_CONFIG: Config = { isPathIgnored: () => false };

export function compileConfig(data: unknown, schema: JsonSchema, source: string): Config {
  const issues = validateSchema(data, schema);
  if (issues.length > 0) {
    throw new ConfigError(issues.map((i) => `${source}: ${i.path ? `field "${i.path}"` : 'the file'} ${i.message}`).join('\n'));
  }
  const raw = data as RawConfig;
  const globs = [...(raw.exclude ?? []), ...(raw.allow ?? []).flatMap((a) => (a.path ? [a.path] : []))];
  if (globs.length === 0) return EMPTY_CONFIG;
  const matcher = micromatch.matcher(globs.length === 1 ? (globs[0] as string) : `{${globs.join(',')}}`, { dot: true });
  return { isPathIgnored: (path) => matcher(path) };
}
