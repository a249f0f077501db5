// read → validate (zod) → build rows → write in one transaction, with progress.
import cliProgress from 'cli-progress';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ENTITIES } from '../db/entities';
import { logger } from '../logger';
import { buildRows, type SeedRows } from './build-rows';
import { readSeedFiles } from './read-seed-files';
import { DEFAULT_SEED_DIR, seedHash } from './seed-hash';
import { writeRows, type TableChange } from './write-rows';

export interface SeedSummary { files: number; changes: TableChange[]; ms: number }

export interface PreparedSeeds { rows: SeedRows; files: number; hash: string }

/** Validates every file and builds every row; throws SeedError / SeedReferenceError before any write. */
export function prepareSeeds(seedDir = DEFAULT_SEED_DIR): PreparedSeeds {
  const files = readSeedFiles(seedDir);
  const rows = buildRows(files);
  logger.info({ seedDir, files: files.documents.length + 1 }, 'seed files valid');
  return { rows, files: files.documents.length + 1, hash: seedHash(seedDir) };
}

export async function loadSeeds(orm: MikroORM, seeds: PreparedSeeds | string = DEFAULT_SEED_DIR, options: { progress?: boolean } = {}): Promise<SeedSummary> {
  const started = Date.now();
  // Everything is validated before the first write: a bad file changes nothing.
  const { rows, files, hash } = typeof seeds === 'string' ? prepareSeeds(seeds) : seeds;

  const bar = options.progress ?? process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: 'loading seeds {bar} {value}/{total} tables  {table}', hideCursor: true, stream: process.stderr }, cliProgress.Presets.shades_classic)
    : undefined;
  bar?.start(ENTITIES.length, 0, { table: '' });
  try {
    const changes = await writeRows(orm.em.fork(), rows, hash, (change) => {
      if (bar) bar.increment({ table: change.table });
      else logger.info(change, 'table loaded');
    });
    bar?.stop();
    const summary = { files, changes, ms: Date.now() - started };
    logger.info({
      ms: summary.ms,
      counts: Object.fromEntries(changes.map((c) => [c.table, c.rows])),
      inserted: changes.reduce((n, c) => n + c.inserted, 0),
      updated: changes.reduce((n, c) => n + c.updated, 0),
      deleted: changes.reduce((n, c) => n + c.deleted, 0),
    }, 'seeds loaded');
    return summary;
  } catch (err) {
    bar?.stop();
    throw err;
  }
}
