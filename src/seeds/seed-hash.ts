// Which seed files a database holds: their hash is stored beside the data version at each load,
// so a start can tell whether its files are loaded without reading them as YAML.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DEFAULT_SEED_DIR = resolve(__dirname, '../../seeds');

/** One hash over the names and bytes of every `*.yaml` of the folder. */
export function seedHash(seedDir = DEFAULT_SEED_DIR): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(seedDir).filter((n) => n.endsWith('.yaml')).sort()) hash.update(name).update('\0').update(readFileSync(join(seedDir, name))).update('\0');
  return hash.digest('hex');
}
