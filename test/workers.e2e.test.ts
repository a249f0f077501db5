// WORKERS=n as users run it: n API processes on one port beside one embedded PostgreSQL, metrics
// summed over all, a dead worker replaced, a seed load seen by every worker's cache, SIGTERM
// stopping everything.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyOfRealSeeds, editSeed } from './support/seed-dirs';
import { copyOfSeededDataFolder, eventually, exited, killSpawnedHubs, logLines, query, root, spawnHub, type SpawnedHub } from './support/spawn-hub';

const folder = copyOfSeededDataFolder('workers'); // initialised and seeded: the workers start at once
const env: NodeJS.ProcessEnv = { DATA_DIR: folder, PORT: '0', DATABASE_URL: '', DATABASE_READ_URL: '', RESPONSE_CACHE_MB: '64' };
let hub: SpawnedHub;
const seeds = copyOfRealSeeds();

beforeAll(async () => {
  env.PG_PORT = String(55000 + Math.floor(Math.random() * 900));
  hub = await spawnHub({ ...env, WORKERS: '2' });
}, 90_000);
afterAll(async () => {
  killSpawnedHubs();
  const lock = join(folder, 'postgres', 'postmaster.pid');
  if (existsSync(lock)) {
    try { process.kill(Number(readFileSync(lock, 'utf8').split('\n')[0]), 'SIGINT'); } catch { /* gone */ }
  }
  for (let i = 0; i < 100 && existsSync(lock); i++) await new Promise((r) => setTimeout(r, 100));
  rmSync(folder, { recursive: true, force: true });
  rmSync(seeds, { recursive: true, force: true });
});

/** The node processes the primary forked. */
const workers = () => readFileSync(`/proc/${hub.child.pid}/task/${hub.child.pid}/children`, 'utf8').trim().split(/\s+/).map(Number)
  .filter((pid) => /(^|\/)node\0/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8')));
const title = async () => (await query(hub.url, '{ documents { id title } }')).body.data.documents.find((d: { id: string }) => d.id === 'plan-2018-administration').title;

test('two workers serve one port; /metrics of either counts the requests of both', async () => {
  expect(hub.output()).toContain(' with 2 workers ');
  expect(workers()).toHaveLength(2);
  const answers = await Promise.all(Array.from({ length: 40 }, () => query(hub.url, '{ documents { id } }')));
  expect(answers.map((a) => `${a.status} ${a.body.data.documents.length}`)).toEqual(Array(40).fill('200 5'));
  const metrics = await (await fetch(hub.url.replace(/graphql$/, 'metrics'))).text();
  const served = metrics.split('\n').filter((l) => l.startsWith('hub_graphql_requests_total{')).map((l) => Number(l.split(' ').at(-1)));
  expect(served.reduce((a, b) => a + b, 0)).toBe(40);
  // both took some: each worker's own count is below the sum
  const perWorker = logLines(hub.output()).filter((l) => l.msg === 'graphql request').reduce((m, l) => m.set(l.pid, (m.get(l.pid) ?? 0) + 1), new Map());
  expect([...perWorker.keys()].sort()).toEqual(workers().sort());
});

test('a worker that dies is replaced; the other serves meanwhile', async () => {
  const [victim, survivor] = workers();
  process.kill(victim, 'SIGKILL');
  await new Promise((r) => setTimeout(r, 200)); // the client's kept-alive sockets to the dead worker close
  expect((await query(hub.url, '{ documents { id } }')).status).toBe(200);
  expect(await eventually(async () => workers().length === 2 && !workers().includes(victim))).toBe(true);
  expect(workers()).toContain(survivor);
  expect(logLines(hub.output()).find((l) => l.msg === 'hub worker exited; starting another')).toMatchObject({ worker: victim, signal: 'SIGKILL' });
  const answers = await Promise.all(Array.from({ length: 20 }, () => query(hub.url, '{ documents { id } }')));
  expect(new Set(answers.map((a) => a.status))).toEqual(new Set([200]));
});

test("a seed load is seen by every worker at once, though each caches answers", async () => {
  expect(await title()).toBe('2018 주요업무계획');
  for (let i = 0; i < 10; i++) await title(); // cached in both workers now
  editSeed(seeds, 'plan-2018-administration.yaml', (seed) => { seed.document.title = '2018 주요업무계획 (재적재)'; });
  const load = spawn(process.execPath, ['dist/seeds/cli.js', '--dir', seeds], { cwd: root, env: { ...process.env, ...env, LOG_LEVEL: 'warn' }, stdio: 'ignore' });
  expect(await exited(load)).toBe(0);
  const titles = await Promise.all(Array.from({ length: 10 }, title));
  expect(new Set(titles)).toEqual(new Set(['2018 주요업무계획 (재적재)']));
});

test('SIGTERM stops the workers, then PostgreSQL', async () => {
  const forked = workers();
  expect(await hub.stop()).toBe(0);
  for (const pid of forked) expect(existsSync(`/proc/${pid}`)).toBe(false);
  expect(existsSync(join(folder, 'postgres', 'postmaster.pid'))).toBe(false);
});

test('WORKERS that is not a number of processes is refused in one line', async () => {
  await expect(spawnHub({ ...env, WORKERS: 'two' })).rejects.toThrow('hub failed to start: WORKERS must be a whole number from 1 to 64, or auto; got \\"two\\"');
});
