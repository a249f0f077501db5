// Temporary seed folders built from the real seeds, for tests that edit, break or multiply them.
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORE_SCHEMA, dump as dumpYaml, load as loadYaml } from 'js-yaml';
import { DEFAULT_SEED_DIR } from '../../src/seeds/seed-hash';

/** A seed file's YAML as the loader reads it (YAML 1.2's core schema: dates stay text), without its checks. */
export const parseSeedYaml = (text: string): any => loadYaml(text, { schema: CORE_SCHEMA });
const dump = (seed: unknown) => dumpYaml(seed, { schema: CORE_SCHEMA });

/**
 * A temporary copy of seeds/: every file, or the organisation registry and the document files
 * named (enough for a test of one broken file, which never gets to load: reading all costs more).
 */
export function copyOfRealSeeds(...only: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'hub-seeds-'));
  const wanted = (name: string) => only.length === 0 || name === 'organisations.yaml' || only.includes(name);
  for (const name of readdirSync(DEFAULT_SEED_DIR).filter((n) => n.endsWith('.yaml') && wanted(n))) cpSync(join(DEFAULT_SEED_DIR, name), join(dir, name));
  return dir;
}

export const documentFiles = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.yaml') && n !== 'organisations.yaml' && n !== 'series.yaml');

export function editSeed(dir: string, file: string, edit: (seed: any) => void): void {
  const seed = parseSeedYaml(readFileSync(join(dir, file), 'utf8'));
  edit(seed);
  writeFileSync(join(dir, file), dump(seed));
}

/** Adds `copies` generated copies of every document under new slugs: the data grows, the shape does not. */
export function multiplySeeds(dir: string, copies: number): void {
  for (const file of documentFiles(dir)) {
    const seed = parseSeedYaml(readFileSync(join(dir, file), 'utf8'));
    for (let i = 1; i <= copies; i++) {
      const copy = structuredClone(seed);
      copy.document.slug = `${seed.document.slug}-copy-${i}`;
      writeFileSync(join(dir, `${copy.document.slug}.yaml`), dump(copy));
    }
  }
}
