// Starting and stopping the whole hub: PostgreSQL (embedded or DATABASE_URL), migrations,
// seeds when the database is empty, the read-only API connection, and the HTTP server.
import { createServer, type AddressInfo } from 'node:net';
import type pg from 'pg';
import { dataFolder, ensureReaderRole, openDatabase } from './db/database';
import { openOrm } from './db/orm';
import { openReadPool } from './db/read-pool';
import { SourceDocument } from './domain/documents/document.entity';
import { createHttpServer } from './graph/http';
import { logger } from './logger';
import { DEFAULT_REQUEST_TIMEOUT_MS } from './web/request-deadline';
import { exposure } from './web/security';
import { DEFAULT_SEED_DIR, loadSeeds, seedHash } from './seeds/load-seeds';

export interface RunningHub {
  url: string;
  port: number;
  adminUrl: string;
  readerUrl: string;
  /** The API's read-only pool. */
  pool: pg.Pool;
  stop: () => Promise<void>;
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
async function assertPortFree(port: number, host: string): Promise<void> {
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

export async function startHub(options: HubOptions = {}, env = process.env): Promise<RunningHub> {
  const started = Date.now();
  const port = options.port ?? Number(env.PORT ?? 4000);
  const host = options.host ?? env.HOST ?? '127.0.0.1';
  await assertPortFree(port, host);
  const db = await openDatabase(env);
  const admin = await openOrm(db.adminUrl);
  let readerUrl: string;
  try {
    await admin.getMigrator().up();
    // Load the seed files when the database has none, or other ones than the last load (an upgrade, an edit).
    const [{ seed_hash: loaded }] = await admin.em.fork().execute<{ seed_hash: string | null }[]>('select seed_hash from data_version where id = 1');
    const files = seedHash(options.seedDir ?? DEFAULT_SEED_DIR);
    const documents = await admin.em.fork().count(SourceDocument);
    if (documents === 0 || loaded !== files) await loadSeeds(admin, options.seedDir);
    else logger.info({ documents }, 'database already seeded with these seed files; `npm run seed` reloads them');
    readerUrl = await ensureReaderRole(db.adminUrl, options.readerRole ?? env.READER_ROLE ?? 'hub_reader',
      options.statementTimeoutMs ?? Number(env.STATEMENT_TIMEOUT_MS ?? 5000), dataFolder(env));
  } finally {
    await admin.close();
  }
  // The API reads through a role that can only SELECT; only the seed loader writes.
  const pool = openReadPool(readerUrl);
  const { httpServer, apollo, idle } = await createHttpServer(pool, {
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
  logger.info({ url, ms: Date.now() - started }, 'hub serving');

  let stopping: Promise<void> | undefined;
  return {
    url, port: address.port, adminUrl: db.adminUrl, readerUrl, pool,
    stop: () => (stopping ??= (async () => {
      await apollo.stop(); // stops accepting, drains open requests, closes the HTTP server
      // Operations whose client hung up are still running; let them finish (5 s at most).
      await Promise.race([idle(), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
      await pool.end();
      await db.stop(); // embedded PostgreSQL only
      logger.info('hub stopped');
    })()),
  };
}
