// Starting and stopping the whole hub: PostgreSQL (embedded or DATABASE_URL), migrations,
// seeds when the database is empty, the read-only API connection, and the HTTP server.
import { readdirSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { dataFolder, ensureReaderRole, openDatabase, type DatabaseHandle } from './db/database';
import type { ReadPools } from './db/read-pool';
import { logger } from './logger';
import type * as ReadPoolModule from './db/read-pool';
import type * as HttpModule from './graph/http';
import type * as DeadlineModule from './web/request-deadline';
import type * as SecurityModule from './web/security';
import type * as OrmModule from './db/orm';
import type * as SeedLoaderModule from './seeds/load-seeds';
import { DEFAULT_SEED_DIR, seedHash } from './seeds/seed-hash';

/** An HTTP server answering the API, over the read pools (one process of the hub). */
export interface ServingApi {
  url: string;
  port: number;
  /** Where reads go: the primary's reader, or the replicas of DATABASE_READ_URL. */
  pools: ReadPools;
  /** The first read pool (the only one without replicas). */
  pool: pg.Pool;
  stop: () => Promise<void>;
}

export interface RunningHub extends ServingApi {
  adminUrl: string;
  readerUrl: string;
}

/** The database, migrated and seeded, and the URLs to read it by. */
export interface PreparedDatabase {
  db: DatabaseHandle;
  readerUrl: string;
  /** The reader's URL, or the replicas of DATABASE_READ_URL (given the reader's credentials when they name no user). */
  readUrls: string[];
}

export interface HubOptions {
  port?: number;
  host?: string;
  seedDir?: string;
  readerRole?: string;
  statementTimeoutMs?: number;
  /** Megabytes of whole answers to cache; 0 turns the cache off (RESPONSE_CACHE_MB, default 64). */
  responseCacheMb?: number;
  /** Requests a minute from one address; 0 or unset: no limit (RATE_LIMIT). */
  rateLimitPerMinute?: number;
  /** Milliseconds before a request is stopped and its SQL cancelled (REQUEST_TIMEOUT_MS, default 15,000). */
  requestTimeoutMs?: number;
}

/** CORS_ORIGINS: unset or `*` for any origin, else a comma-separated list of origins. */
function corsOrigins(value: string | undefined): '*' | string[] {
  const list = (value ?? '*').split(',').map((o) => o.trim()).filter(Boolean);
  return list.length === 0 || list.includes('*') ? '*' : list;
}

/**
 * Refuses to start when the HTTP port is taken, before touching the database: a second
 * `npm start` says which hub runs there instead of failing halfway.
 */
export async function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  const free = await new Promise<boolean>((resolve) => {
    const probe = createServer().once('error', () => resolve(false)).listen(port, host, () => probe.close(() => resolve(true)));
  });
  if (free) return;
  const base = `http://${host}:${port}`;
  const health = await fetch(`${base}/health`, { signal: AbortSignal.timeout(2000) }).then((r) => r.json(), () => null) as { status?: string } | null;
  throw new Error(health?.status
    ? `a hub already serves ${base}/graphql (its /health answers): stop it first, or set PORT to start another one beside it`
    : `port ${port} on ${host} is taken by another program: set PORT to a free port`);
}

/** Advisory lock key held while a hub migrates and seeds at start ('prep'). */
const PREPARE_LOCK = 0x70726570;

/**
 * DATABASE_READ_URL: comma-separated replica URLs. One without a user name reads as the hub's
 * reader role, whose password (the data folder's) the replicas have through replication.
 */
export function readUrlsOf(readerUrl: string, value: string | undefined): string[] {
  const replicas = (value ?? '').split(',').map((u) => u.trim()).filter(Boolean);
  if (replicas.length === 0) return [readerUrl];
  const reader = new URL(readerUrl);
  return replicas.map((replica) => {
    const url = new URL(replica);
    if (!url.username) {
      url.username = reader.username;
      url.password = reader.password;
    }
    return url.toString();
  });
}

/**
 * PostgreSQL (embedded or DATABASE_URL) migrated, seeded when its seeds are not the files', and
 * the read-only role made: what every API process needs before it serves. Seed loads take an
 * advisory lock, so hubs starting together on one database load once.
 */
export async function prepareDatabase(options: HubOptions = {}, env = process.env): Promise<PreparedDatabase> {
  const db = await openDatabase(env);
  // Hubs starting together on one empty database (several machines, a restart of all) would
  // race to create the same tables: one prepares, the others wait, then find it done.
  const gate = new pg.Client({ connectionString: db.adminUrl });
  try {
    await gate.connect();
    const { rows: [{ free }] } = await gate.query('select pg_try_advisory_lock($1) as free', [PREPARE_LOCK]);
    if (!free) {
      logger.info('another hub is migrating or seeding this database; waiting for it');
      await gate.query('select pg_advisory_lock($1)', [PREPARE_LOCK]);
    }
    const seedDir = options.seedDir ?? DEFAULT_SEED_DIR;
    const state = await databaseState(gate, seedDir);
    if (state.upToDate) {
      logger.info({ documents: state.documents }, 'database already seeded with these seed files; `npm run seed` reloads them');
    } else {
      // MikroORM only when there is work for it: its modules and its start take about half a second
      const { openOrm } = require('./db/orm') as typeof OrmModule;
      const { loadSeeds } = require('./seeds/load-seeds') as typeof SeedLoaderModule;
      const admin = await openOrm(db.adminUrl);
      try {
        await admin.getMigrator().up();
        // Load the seed files when the database has none, or other ones than the last load (an upgrade, an edit).
        if (!(await databaseState(gate, seedDir)).upToDate) await loadSeeds(admin, seedDir);
      } finally {
        await admin.close();
      }
    }
    const readerUrl = await ensureReaderRole(db.adminUrl, options.readerRole ?? env.READER_ROLE ?? 'hub_reader',
      options.statementTimeoutMs ?? Number(env.STATEMENT_TIMEOUT_MS ?? 5000), dataFolder(env));
    return { db, readerUrl, readUrls: readUrlsOf(readerUrl, env.DATABASE_READ_URL) };
  } catch (err) {
    await db.stop();
    throw err;
  } finally {
    await gate.end().catch(() => {}); // ends the session: the lock goes with it
  }
}

/** The migrations of this build, by the names MikroORM's migrator records them under. */
const MIGRATIONS = readdirSync(join(__dirname, 'db', 'migrations'))
  .map((file) => /^(Migration\d+)\.(js|ts)$/u.exec(file)?.[1]).filter((name): name is string => !!name);

/**
 * Whether the database has every migration of this build and holds the seed files' load (by
 * their hash); any doubt (no migrations table yet, a query failing) reads as not up to date,
 * which runs the migrator and the loader, each of which does only what is missing.
 */
async function databaseState(client: pg.Client, seedDir: string): Promise<{ upToDate: boolean; documents: number }> {
  try {
    const { rows: applied } = await client.query<{ name: string }>('select name from mikro_orm_migrations');
    const names = new Set(applied.map((row) => row.name));
    if (MIGRATIONS.length === 0 || MIGRATIONS.some((name) => !names.has(name))) return { upToDate: false, documents: 0 };
    const { rows: [{ seed_hash: loaded, documents }] } = await client.query<{ seed_hash: string | null; documents: number }>(
      'select seed_hash, (select count(*)::int from source_document) as documents from data_version where id = 1');
    return { upToDate: documents > 0 && loaded === seedHash(seedDir), documents };
  } catch {
    return { upToDate: false, documents: 0 };
  }
}

/** The HTTP API over the read URLs: all a worker process runs (src/cluster.ts). */
export async function serveApi(readUrls: string[], options: HubOptions = {}, env = process.env): Promise<ServingApi> {
  const started = Date.now();
  const port = options.port ?? Number(env.PORT ?? 4000);
  const host = options.host ?? env.HOST ?? '127.0.0.1';
  // The API's modules (GraphQL, Apollo, express: most of the hub's) load only in a process that
  // serves: a start that fails before, and the primary of WORKERS=n, never load them.
  const { openReadPools } = require('./db/read-pool') as typeof ReadPoolModule;
  const { createHttpServer } = require('./graph/http') as typeof HttpModule;
  const { DEFAULT_REQUEST_TIMEOUT_MS } = require('./web/request-deadline') as typeof DeadlineModule;
  const { exposure } = require('./web/security') as typeof SecurityModule;
  // The API reads through a role that can only SELECT; only the seed loader writes.
  const pools = openReadPools(readUrls);
  const { httpServer, apollo, idle } = await createHttpServer(pools, {
    responseCacheMb: Number(options.responseCacheMb ?? env.RESPONSE_CACHE_MB ?? 64),
    corsOrigins: corsOrigins(env.CORS_ORIGINS),
    cacheMaxAgeSeconds: Number(env.CACHE_MAX_AGE ?? 60),
    rateLimitPerMinute: Number(options.rateLimitPerMinute ?? env.RATE_LIMIT ?? 0),
    exposure: exposure(env),
    requestTimeoutMs: Number(options.requestTimeoutMs ?? env.REQUEST_TIMEOUT_MS ?? DEFAULT_REQUEST_TIMEOUT_MS),
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, resolve);
  });
  const address = httpServer.address() as AddressInfo;
  const url = `http://${address.address === '::' ? 'localhost' : address.address}:${address.port}/graphql`;
  logger.info({ url, ms: Date.now() - started, databases: pools.all.map((pool) => pools.label(pool)) }, 'hub serving');
  let stopping: Promise<void> | undefined;
  return {
    url, port: address.port, pools, pool: pools.all[0],
    stop: () => (stopping ??= (async () => {
      await apollo.stop(); // stops accepting, drains open requests, closes the HTTP server
      // Operations whose client hung up are still running; let them finish (5 s at most).
      await Promise.race([idle(), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
      await pools.end();
    })()),
  };
}

/** The whole hub in one process: database, migrations, seeds, API. */
export async function startHub(options: HubOptions = {}, env = process.env): Promise<RunningHub> {
  const port = options.port ?? Number(env.PORT ?? 4000);
  const host = options.host ?? env.HOST ?? '127.0.0.1';
  await assertPortFree(port, host);
  const { db, readerUrl, readUrls } = await prepareDatabase(options, env);
  let api: ServingApi;
  try {
    api = await serveApi(readUrls, options, env);
  } catch (err) {
    await db.stop();
    throw err;
  }
  let stopping: Promise<void> | undefined;
  return {
    ...api, adminUrl: db.adminUrl, readerUrl,
    stop: () => (stopping ??= (async () => {
      await api.stop();
      await db.stop(); // embedded PostgreSQL only
      logger.info('hub stopped');
    })()),
  };
}
