// The hub as users run it (`npm start`: dist/server.js) in a child process, for tests of
// processes: workers, replicas, restarts.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { hubStartArgs } from '../../bench/hub-command';
import { freePort } from '../../src/db/embedded-postgres';

export const root = join(__dirname, '../..');

export interface SpawnedHub {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** SIGTERM, then the exit code. */
  stop: () => Promise<number | null>;
}

const running = new Set<ChildProcess>();
/** Whatever a failed test left running: call from afterAll. */
export function killSpawnedHubs(): void {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

export const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => {
  if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
  else child.once('exit', (code) => resolve(code));
});

/** `node <flags> dist/server.js`, as `npm start` runs it (its Node flags from package.json). */
export const HUB_START_ARGS = hubStartArgs();

/** Starts the hub as `npm start` does, with `env` over the test's environment, and waits for its ready line. */
export function spawnHub(env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<SpawnedHub> {
  const child = spawn(process.execPath, HUB_START_ARGS, { cwd: root, env: { ...process.env, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = output.match(/Incheon Plan Hub ready: (\S+)/);
      if (ready) {
        clearTimeout(timer);
        resolve({
          child, url: ready[1], output: () => output,
          stop: async () => { const done = exited(child); child.kill('SIGTERM'); return done; },
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}:\n${output}`)); });
  });
}

/** The JSON log lines of a hub's output. */
export const logLines = (output: string): Record<string, any>[] =>
  output.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));

export async function query(url: string, text: string): Promise<{ status: number; body: any }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: text }) });
  return { status: res.status, body: await res.json() };
}

/** Polls `probe` until it returns true (every 100 ms, `ms` at most); returns whether it did. */
export async function eventually(probe: () => Promise<boolean>, ms = 10_000): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
    if (await probe().catch(() => false)) return true;
  }
  return probe().catch(() => false);
}

/** A port nothing listens on now, from the operating system (the hub's own way of finding one). */
export { freePort };

/** An empty data folder the embedded PostgreSQL (run as the `postgres` user when root) can reach. */
export function emptyDataFolder(label: string): string {
  const folder = mkdtempSync(join(tmpdir(), `hub-${label}-`));
  chmodSync(folder, 0o755);
  return folder;
}

/**
 * A data folder as `npm start` leaves it: embedded PostgreSQL initialised, migrated, seeded and
 * stopped. global-setup.ts makes one per run, or takes the one kept from an earlier run of the
 * same build (see below); tests of processes copy it.
 */
export async function seededDataFolder(): Promise<string> {
  // Kept under node_modules/.cache, as jest and tsc keep theirs, by a hash of everything that makes
  // the folder: the built JavaScript (migrations, loader, start), the seed files, the dependencies.
  const cache = join(root, 'node_modules', '.cache', 'hub-tests');
  const kept = join(cache, `seeded-folder-${seededFolderKey()}`);
  if (existsSync(join(kept, 'postgres', 'PG_VERSION'))) return kept;
  const made = emptyDataFolder('seeded-folder');
  const hub = await spawnHub({ DATA_DIR: made, PG_PORT: String(await freePort()), PORT: '0', DATABASE_URL: '', DATABASE_READ_URL: '', WORKERS: '1', LOG_LEVEL: 'warn' }, 120_000);
  if ((await hub.stop()) !== 0) throw new Error(`the seeded data folder's hub did not stop cleanly:\n${hub.output()}`);
  rmSync(cache, { recursive: true, force: true }); // one kept folder: the older ones are of other builds
  mkdirSync(cache, { recursive: true });
  const partial = `${kept}-${process.pid}`;
  execFileSync('cp', ['-a', made, partial]);
  try {
    renameSync(partial, kept); // whole or not at all
  } catch {
    rmSync(partial, { recursive: true, force: true }); // another run kept one first
  }
  return made;
}

function seededFolderKey(): string {
  const hash = createHash('sha256');
  const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)])).sort();
  const inputs = [...files(join(root, 'dist')).filter((f) => f.endsWith('.js')), ...files(join(root, 'seeds')), join(root, 'package-lock.json')];
  for (const file of inputs) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.update(process.version).digest('hex').slice(0, 16);
}

/** A copy of that folder (`cp -a` keeps the postgres user's ownership when root): no initdb, no first load. */
export function copyOfSeededDataFolder(label: string): string {
  const seeded = process.env.TEST_SEEDED_DATA_FOLDER;
  if (!seeded || !existsSync(join(seeded, 'postgres', 'PG_VERSION'))) throw new Error('TEST_SEEDED_DATA_FOLDER is not set: run the tests through jest (globalSetup makes it)');
  const folder = emptyDataFolder(label);
  execFileSync('cp', ['-a', `${seeded}/.`, folder]);
  return folder;
}
