// The server as a user runs it (`npm start`: dist/server.js, with an embedded PostgreSQL in its own data
// folder): it starts and seeds, SIGTERM stops everything, and a restart after kill -9 of
// node (which leaves PostgreSQL running) recovers.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

import { DEFAULT_PG_PORT } from '../src/db/database';
import { HUB_START_ARGS, copyOfSeededDataFolder, emptyDataFolder, exited, freePort, killSpawnedHubs, logLines, spawnHub } from './support/spawn-hub';

const root = join(__dirname, '..');
const dataDir = emptyDataFolder('lifecycle');
let pgPort: number;
beforeAll(async () => { pgPort = await freePort(); });
const lockFile = join(dataDir, 'postgres', 'postmaster.pid');

const children: ChildProcess[] = [];
afterAll(async () => {
  // On a failed assertion, nothing may outlive the test: stop servers first, then their PostgreSQL.
  killSpawnedHubs();
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  if (existsSync(lockFile) && alive(postmasterPid())) process.kill(postmasterPid(), 'SIGINT');
  for (let i = 0; i < 100 && existsSync(lockFile); i++) await new Promise((r) => setTimeout(r, 100));
  rmSync(dataDir, { recursive: true, force: true });
});

function startServer(): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PG_PORT: String(pgPort), PORT: '0', LOG_LEVEL: 'info' };
  delete env.DATABASE_URL; // this test is about the embedded database
  const child = spawn(process.execPath, HUB_START_ARGS, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 45_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = output.match(/Incheon Plan Hub ready: (\S+)/);
      if (ready) {
        clearTimeout(timer);
        resolve({ child, url: ready[1], output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}:\n${output}`)); });
  });
}

const postmasterPid = () => Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
/** Running, not a zombie: an orphaned postmaster may be reparented to a PID 1 that never reaps it. */
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

async function superuserQuery(port: number, password: string, sql: string): Promise<unknown[]> {
  const client = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

async function countDocuments(url: string): Promise<number> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ documents { id } }' }) });
  return (await res.json()).data.documents.length;
}

test('first start seeds and serves; kill -9 then restart recovers; SIGTERM stops everything', async () => {
  const first = await startServer();
  expect(first.output()).toContain('"msg":"seeds loaded"');
  expect(await countDocuments(first.url)).toBe(5);
  const health = await fetch(first.url.replace(/graphql$/, 'health'));
  expect(await health.json()).toEqual({ status: 'ok', database: 'reachable' });

  // a second start in the same folder and on the same port refuses, naming the running hub, and
  // changes nothing the first relies on (the reader's password is the folder's, not new per start)
  const readerPassword = () => readFileSync(join(dataDir, 'reader-hub_reader.secret'), 'utf8');
  const passwordBefore = readerPassword();
  const port = new URL(first.url).port;
  const intruder = spawn(process.execPath, HUB_START_ARGS, {
    cwd: root, env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, PG_PORT: String(pgPort), PORT: port, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(intruder);
  let intruderOutput = '';
  intruder.stdout!.on('data', (c) => { intruderOutput += c; });
  intruder.stderr!.on('data', (c) => { intruderOutput += c; });
  expect(await exited(intruder)).toBe(1);
  expect(intruderOutput).toContain(`hub failed to start: a hub already serves http://127.0.0.1:${port}/graphql (its /health answers): stop it first, or set PORT to start another one beside it`);
  expect(readerPassword()).toBe(passwordBefore);
  // `npm run seed` while the hub runs shares its PostgreSQL instead of stopping it, and resets
  // nothing the hub relies on: it still answers on fresh connections
  const seed = spawn(process.execPath, ['dist/seeds/cli.js'], {
    cwd: root, env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, PG_PORT: String(pgPort), LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let seedOutput = '';
  seed.stdout!.on('data', (c) => { seedOutput += c; });
  seed.stderr!.on('data', (c) => { seedOutput += c; });
  expect(await exited(seed)).toBe(0);
  expect(seedOutput).toContain('using the embedded PostgreSQL of a running process');
  const bursts = await Promise.all(Array.from({ length: 20 }, () => countDocuments(first.url))); // more than the pool's idle connections
  expect(new Set(bursts)).toEqual(new Set([5]));
  expect(statSync(join(dataDir, 'reader-hub_reader.secret')).mode & 0o777).toBe(0o600);

  // the superuser's password is the folder's own (0600), not `postgres`, and the server listens on loopback only
  expect(statSync(join(dataDir, 'superuser.secret')).mode & 0o777).toBe(0o600);
  await expect(superuserQuery(pgPort, 'postgres', 'select 1')).rejects.toMatchObject({ code: '28P01' });
  expect(await superuserQuery(pgPort, readFileSync(join(dataDir, 'superuser.secret'), 'utf8'), 'show listen_addresses')).toEqual([{ listen_addresses: '127.0.0.1' }]);

  // kill -9 leaves PostgreSQL running with its lock file
  const orphan = postmasterPid();
  const killed = exited(first.child);
  first.child.kill('SIGKILL');
  await killed;
  expect(alive(orphan)).toBe(true);

  const second = await startServer();
  expect(second.output()).toContain('stopping PostgreSQL left running by an earlier process');
  expect(second.output()).toContain('database already seeded');
  expect(alive(orphan)).toBe(false);
  expect(await countDocuments(second.url)).toBe(5);

  const postgres = postmasterPid();
  const stopped = exited(second.child);
  second.child.kill('SIGTERM');
  expect(await stopped).toBe(0);
  expect(second.output()).toContain('"msg":"hub stopped"');
  expect(alive(postgres)).toBe(false);
  expect(existsSync(lockFile)).toBe(false);
});

test('a taken PostgreSQL port is named in one line with what to do, and nothing is left running', async () => {
  const taken: Server = await new Promise((resolve) => { const server = createServer().listen(0, '127.0.0.1', () => resolve(server)); });
  const port = (taken.address() as { port: number }).port;
  const folder = copyOfSeededDataFolder('taken-port');
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: folder, PG_PORT: String(port), PORT: '0', LOG_LEVEL: 'info' };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, HUB_START_ARGS, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let output = '';
    child.stdout!.on('data', (c) => { output += c; });
    child.stderr!.on('data', (c) => { output += c; });
    expect(await exited(child)).toBe(1);
    const fatal = output.split('\n').filter(Boolean).map((line) => JSON.parse(line)).find((entry) => entry.level === 60);
    expect(fatal.msg).toBe(`hub failed to start: embedded PostgreSQL did not start on port ${port}: could not bind IPv4 address "127.0.0.1": Address already in use; port ${port} is taken: set PG_PORT to a free port, or stop what listens there`);
    expect(existsSync(join(folder, 'postgres', 'postmaster.pid'))).toBe(false);
  } finally {
    taken.close();
    rmSync(folder, { recursive: true, force: true });
  }
});

test('PG_PORT unset and the default port taken: a free port, said in the log; a folder with the old fixed superuser password gets its own', async () => {
  // 54329 is taken either by this probe or by something else already: the case under test either way
  const holder: Server | undefined = await new Promise((resolve) => {
    const server = createServer().once('error', () => resolve(undefined)).listen(DEFAULT_PG_PORT, '127.0.0.1', () => resolve(server));
  });
  const folder = copyOfSeededDataFolder('default-port');
  const start = async () => {
    const hub = await spawnHub({ DATA_DIR: folder, PORT: '0', DATABASE_URL: '', PG_PORT: '' }); // PG_PORT unset
    return { ...hub, moved: logLines(hub.output()).find((e) => e.taken === DEFAULT_PG_PORT)! };
  };
  try {
    const first = await start();
    expect(first.moved.msg).toBe(`PostgreSQL's default port ${DEFAULT_PG_PORT} is taken: the embedded PostgreSQL uses ${first.moved.port} instead (set PG_PORT to choose)`);
    expect(first.moved.port).not.toBe(DEFAULT_PG_PORT);
    expect(await countDocuments(first.url)).toBe(5);
    // make it a folder of an older hub: the fixed password, no secret file
    await superuserQuery(first.moved.port, readFileSync(join(folder, 'superuser.secret'), 'utf8'), "alter role postgres password 'postgres'");
    rmSync(join(folder, 'superuser.secret'));
    const stopped = exited(first.child);
    first.child.kill('SIGTERM');
    expect(await stopped).toBe(0);

    const second = await start();
    expect(second.output()).toContain("the embedded PostgreSQL's superuser had the old fixed password; it now has the data folder's own (superuser.secret)");
    await expect(superuserQuery(second.moved.port, 'postgres', 'select 1')).rejects.toMatchObject({ code: '28P01' });
    expect(statSync(join(folder, 'superuser.secret')).mode & 0o777).toBe(0o600);
    expect(await countDocuments(second.url)).toBe(5);
    const done = exited(second.child);
    second.child.kill('SIGTERM');
    expect(await done).toBe(0);
  } finally {
    holder?.close();
    rmSync(folder, { recursive: true, force: true });
  }
});

test('PostgreSQL killed under load: requests fail fast with 503 DATABASE_UNAVAILABLE, then the hub serves again without a restart', async () => {
  const folder = copyOfSeededDataFolder('pg-killed');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: folder, PG_PORT: String(port), PORT: '0', LOG_LEVEL: 'info' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, HUB_START_ARGS, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = output.match(/Incheon Plan Hub ready: (\S+)/);
      if (ready) { clearTimeout(timer); resolve(ready[1]); }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
  });
  const lock = join(folder, 'postgres', 'postmaster.pid');
  try {
    expect(await countDocuments(url)).toBe(5);
    const postgres = Number(readFileSync(lock, 'utf8').split('\n')[0]);
    process.kill(postgres, 'SIGKILL');
    // under load: every request answers, quickly, with a clear error or (once restarted) data
    const outcomes = new Set<string>();
    const started = Date.now();
    let served = false;
    while (!served && Date.now() - started < 45_000) {
      const batch = await Promise.all(Array.from({ length: 8 }, async () => {
        const t = Date.now();
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ documents { id } }' }) })
          .catch(async (err) => { // no answer at all: say whether the hub still runs (a second to learn of an exit), and what it logged
            await Promise.race([exited(child), new Promise((r) => setTimeout(r, 1000))]);
            const state = child.exitCode === null && child.signalCode === null ? 'still runs' : `exited (${child.exitCode ?? child.signalCode})`;
            throw new Error(`no answer (${err.cause?.message ?? err.message}); the hub ${state}; its log:\n${output.slice(-6000)}`);
          });
        const body = await res.json();
        expect(Date.now() - t).toBeLessThan(10_000); // never a hang
        return `${res.status} ${body.errors?.[0]?.extensions?.code ?? (body.data?.documents?.length === 5 ? 'ok' : JSON.stringify(body))}`;
      }));
      batch.forEach((o) => outcomes.add(o));
      served = batch.every((o) => o === '200 ok');
      if (!served) await new Promise((r) => setTimeout(r, 200));
    }
    expect(served).toBe(true);
    expect([...outcomes].filter((o) => o !== '200 ok' && o !== '503 DATABASE_UNAVAILABLE')).toEqual([]);
    expect(outcomes).toContain('503 DATABASE_UNAVAILABLE'); // the pooled connections died with the server
    expect(output).toContain('embedded PostgreSQL exited; starting it again');
    expect(output).toContain('embedded PostgreSQL started again');
    expect(child.exitCode).toBeNull();
  } finally {
    const stopped = exited(child);
    child.kill('SIGTERM');
    await stopped;
    rmSync(folder, { recursive: true, force: true });
  }
}, 120_000);

/** The one fatal line of a start that failed. */
async function failedStart(env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(process.execPath, HUB_START_ARGS, { cwd: root, env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (c) => { output += c; });
  child.stderr!.on('data', (c) => { output += c; });
  expect(await exited(child)).toBe(1);
  return output.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line)).find((entry) => entry.level === 60).msg;
}

test('a DATABASE_URL that refuses the connection is named in one line with what to do', async () => {
  const port = await freePort(); // nothing listens there
  expect(await failedStart({ DATABASE_URL: `postgres://hub:secret@127.0.0.1:${port}/hub` })).toBe(
    `hub failed to start: cannot use DATABASE_URL (127.0.0.1:${port}/hub): connect ECONNREFUSED 127.0.0.1:${port}; check that the server runs and the URL's user, password and database, or unset DATABASE_URL for the embedded PostgreSQL`,
  );
});

// Debian's PostgreSQL 15 (initdb on PATH) makes a data folder the embedded PostgreSQL 17 cannot open
const initdb = (() => { try { return execFileSync('sh', ['-c', 'readlink -f "$(command -v initdb)"'], { encoding: 'utf8' }).trim(); } catch { return ''; } })();
(initdb ? test : test.skip)('a data folder of another PostgreSQL major version is named, with both versions and what to do', async () => {
  const folder = emptyDataFolder('old-version');
  const cluster = join(folder, 'postgres');
  try {
    mkdirSync(cluster, { mode: 0o700 });
    const asRoot = process.getuid?.() === 0;
    if (asRoot) execFileSync('chown', ['postgres:postgres', cluster]);
    execFileSync(asRoot ? 'runuser' : initdb, [...(asRoot ? ['-u', 'postgres', '--', initdb] : []), '-D', cluster, '-U', 'postgres', '--auth=trust', '--no-sync'], { stdio: 'ignore' });
    const made = readFileSync(join(cluster, 'PG_VERSION'), 'utf8').trim();
    const msg = await failedStart({ DATA_DIR: folder, PG_PORT: String(await freePort()), DATABASE_URL: '' });
    expect(msg).toMatch(new RegExp(`^hub failed to start: embedded PostgreSQL did not start on port \\d+: database files are incompatible with server; the data folder ${cluster} belongs to another PostgreSQL version \\(made by PostgreSQL ${made}; the embedded one is 17\\.\\d+\\): move it away \\(or set DATA_DIR\\) to start afresh, or use that version's server through DATABASE_URL$`, 'u'));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
