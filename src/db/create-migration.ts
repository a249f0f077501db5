// Developer tool: `node -r @swc-node/register src/db/create-migration.ts` writes a migration
// for the difference between the entities and the migrated database. Review it before committing.
import { logger } from '../logger';
import { openDatabase } from './database';
import { openOrm } from './orm';

async function main() {
  const db = await openDatabase();
  const orm = await openOrm(db.adminUrl);
  try {
    const migrator = orm.getMigrator();
    await migrator.up();
    const result = await migrator.createMigration(undefined, false, false);
    logger.info({ file: result.fileName, statements: result.diff.up.length }, result.fileName ? 'migration written' : 'no changes');
  } finally {
    await orm.close();
    await db.stop();
  }
}

main().catch((err) => {
  logger.error(err);
  process.exit(1);
});
