// What a start does to a database that already has data: nothing when it has every migration
// of this build and the seed files' load (no ORM is opened then, which saves half a second of
// start); the missing migrations when one is missing; the loader when the seed files differ.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withClient } from '../src/db/database';
import { openOrm } from '../src/db/orm';
import { prepareDatabase } from '../src/hub';
import { logger } from '../src/logger';
import { DEFAULT_SEED_DIR, seedHash } from '../src/seeds/seed-hash';
import { dropDatabase, seededDatabase } from './support/databases';

let adminUrl: string;
beforeAll(async () => { adminUrl = await seededDatabase('start'); });
afterAll(async () => { await dropDatabase(adminUrl); });

const env = () => ({ ...process.env, DATABASE_URL: adminUrl, DATA_DIR: mkdtempSync(join(tmpdir(), 'hub-start-')) });
const prepare = async () => { const { db } = await prepareDatabase({ readerRole: 'hub_reader_start_test' }, env()); await db.stop(); };
const state = () => withClient(adminUrl, async (c) => {
  const { rows: [row] } = await c.query(`select version::int as version, (select count(*)::int from mikro_orm_migrations) as migrations,
    (select count(*)::int from program) as programs,
    (select pg_get_viewdef('indicator_observation') ilike '%p.id IS NOT NULL%') as latest_view from data_version`);
  return row as { version: number; migrations: number; programs: number; latest_view: boolean };
});

/** Whether the start took the short way: two queries found everything in place, no ORM opened. */
async function prepareTakingShortWay(): Promise<boolean> {
  const info = jest.spyOn(logger, 'info');
  try {
    await prepare();
    return info.mock.calls.some(([, message]) => typeof message === 'string' && message.startsWith('database already seeded with these seed files'));
  } finally {
    info.mockRestore();
  }
}

test('an up-to-date database is left as it is, the short way: same data version, same migrations', async () => {
  const before = await state();
  expect(await prepareTakingShortWay()).toBe(true);
  expect(await state()).toEqual(before);
  expect(before.latest_view).toBe(true);
});

test('a migration the database lacks is applied; the data is not reloaded', async () => {
  const orm = await openOrm(adminUrl);
  const migrator = orm.getMigrator();
  const [last] = (await migrator.getExecutedMigrations()).slice(-1);
  await migrator.down(); // the last one
  await orm.close();
  const rolledBack = await state();
  expect(rolledBack.latest_view).toBe(false);
  expect(await prepareTakingShortWay()).toBe(false);
  const after = await state();
  expect(after).toEqual({ ...rolledBack, migrations: rolledBack.migrations + 1, latest_view: true });
  expect(await withClient(adminUrl, (c) => c.query('select 1 from mikro_orm_migrations where name = $1', [last.name]))).toMatchObject({ rowCount: 1 });
});

test('seed files other than the loaded ones are loaded (here the same rows: the data version stays)', async () => {
  await withClient(adminUrl, (c) => c.query(`update data_version set seed_hash = 'files of another checkout' where id = 1`));
  const before = await state();
  expect(await prepareTakingShortWay()).toBe(false);
  expect(await state()).toEqual(before); // the loader compared every row and found nothing to change
  const { rows: [{ seed_hash: hash }] } = await withClient(adminUrl, (c) => c.query('select seed_hash from data_version where id = 1'));
  expect(hash).toBe(seedHash(DEFAULT_SEED_DIR));
});
