// DATABASE_READ_URL as deployed: PostgreSQL 15 as primary plus a streaming replica
// (pg_basebackup; .ci/run makes both), two hub processes writing seeds to the primary and
// reading from the replica. A seed load on the primary is visible through both within seconds,
// though both cache answers. Without the two servers (HUB_TEST_PRIMARY_URL, HUB_TEST_REPLICA_URL)
// the test is skipped with a message, unless REQUIRE_REPLICA says it must run.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { copyOfRealSeeds, editSeed } from './support/seed-dirs';
import { eventually, exited, killSpawnedHubs, query, root, spawnHub, type SpawnedHub } from './support/spawn-hub';

const primaryUrl = process.env.HUB_TEST_PRIMARY_URL;
const replicaUrl = process.env.HUB_TEST_REPLICA_URL; // no user name: the hub reads as its reader role
const servers = !!(primaryUrl && replicaUrl);
if (!servers && process.env.REQUIRE_REPLICA) throw new Error('REQUIRE_REPLICA is set but HUB_TEST_PRIMARY_URL / HUB_TEST_REPLICA_URL are not');
if (!servers) console.warn('replica test skipped: set HUB_TEST_PRIMARY_URL and HUB_TEST_REPLICA_URL (.ci/run does)');
const maybe = servers ? describe : describe.skip;

maybe('reads from a streaming replica, seeds to the primary', () => {
  const folder = mkdtempSync(join(tmpdir(), 'hub-replica-'));
  chmodSync(folder, 0o755);
  const seeds = copyOfRealSeeds();
  const base = { DATABASE_URL: primaryUrl!, DATA_DIR: folder, PORT: '0', RESPONSE_CACHE_MB: '64' };
  // the same replica under two names: a hub with two read URLs takes turns between them
  const aliased = (replicaUrl ?? '').replace('127.0.0.1', 'localhost');
  let one: SpawnedHub;
  let two: SpawnedHub;
  const asSuperuser = (url: string) => { const u = new URL(url); u.username = 'postgres'; return u.toString(); };
  const readerSessions = async (url: string) => {
    const client = new Client({ connectionString: asSuperuser(url) });
    await client.connect();
    try {
      return (await client.query("select count(*)::int as n from pg_stat_activity where usename = 'hub_reader' and datname = current_database()")).rows[0].n as number;
    } finally {
      await client.end();
    }
  };
  const title = async (hub: SpawnedHub) => (await query(hub.url, '{ documents { id title } }')).body.data.documents
    .find((d: { id: string }) => d.id === 'plan-2018-administration').title as string;
  const load = async (dir: string) => {
    const child = spawn(process.execPath, ['dist/seeds/cli.js', '--dir', dir], { cwd: root, env: { ...process.env, ...base, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'inherit'] });
    expect(await exited(child)).toBe(0);
  };

  beforeAll(async () => {
    [one, two] = await Promise.all([
      spawnHub({ ...base, WORKERS: '2', DATABASE_READ_URL: replicaUrl! }),
      spawnHub({ ...base, DATABASE_READ_URL: `${replicaUrl},${aliased}` }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await one?.stop();
    await two?.stop();
    killSpawnedHubs();
    await load(join(root, 'seeds')); // as the other tests of this server expect it
    rmSync(folder, { recursive: true, force: true });
    rmSync(seeds, { recursive: true, force: true });
  }, 60_000);

  test('both hubs answer from the replica; the primary serves no reads', async () => {
    for (const hub of [one, two]) {
      expect(await title(hub)).toBe('2018 주요업무계획');
    }
    const health = await (await fetch(two.url.replace(/graphql$/, 'health'))).json();
    const { port } = new URL(replicaUrl!);
    expect(health).toEqual({
      status: 'ok', database: 'reachable',
      databases: [{ database: `127.0.0.1:${port}/app`, reachable: true }, { database: `localhost:${port}/app`, reachable: true }],
    });
    expect(await readerSessions(replicaUrl!)).toBeGreaterThan(0);
    expect(await readerSessions(primaryUrl!)).toBe(0);
  });

  test('a seed load on the primary is visible through both hubs within seconds, caches and all', async () => {
    for (let i = 0; i < 6; i++) await Promise.all([title(one), title(two)]); // cached in every process now
    editSeed(seeds, 'plan-2018-administration.yaml', (seed) => { seed.document.title = '2018 주요업무계획 (복제본 확인)'; });
    await load(seeds);
    const loaded = Date.now();
    const seen = async (hub: SpawnedHub) => (await Promise.all(Array.from({ length: 6 }, () => title(hub)))).every((t) => t === '2018 주요업무계획 (복제본 확인)');
    expect(await eventually(async () => (await seen(one)) && (await seen(two)), 10_000)).toBe(true);
    console.log(`replica: the load was visible through both hubs ${Date.now() - loaded} ms after it committed`);
  });
});
