// `npm run bench:workers`: throughput at 1 and n workers, and the load test of issue 11. For each
// count in BENCH_WORKERS (default `1,2`) it starts `node dist/server.js` with WORKERS=n (an
// embedded PostgreSQL in a temp folder, seeded once), warms up, then sends the mixed workload of
// the peer comparison (dashboard, BI page of 1,000 rows, relationship walk, deep graph, in turn)
// at BENCH_CONNECTIONS (64) for BENCH_SECONDS (60) with autocannon. It prints req/s, latency
// percentiles, errors (transport errors, timeouts, non-2xx) and the resident memory of the hub's
// node processes (peak, summed) and of PostgreSQL; exits 1 if any request failed.
//   BENCH_WORKERS=1,2 BENCH_SECONDS=60 BENCH_CONNECTIONS=64 RESPONSE_CACHE_MB=0 npm run bench:workers
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { mixedRequests } from './mixed-workload';
import { hubStartArgs } from './hub-command';

const COUNTS = (process.env.BENCH_WORKERS ?? '1,2').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const CACHE_MB = process.env.RESPONSE_CACHE_MB ?? '0'; // off: measure the work, not the cache
const root = join(__dirname, '..');

/** A process and its descendants, by /proc (the primary, its workers, PostgreSQL and its backends). */
function tree(pid: number): number[] {
  const children = (() => {
    try { return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number); } catch { return []; }
  })();
  return [pid, ...children.flatMap(tree)];
}
const rssMiB = (pid: number) => {
  try { return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024; } catch { return 0; }
};
const isNode = (pid: number) => { try { return /(^|\/)node\0/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8')); } catch { return false; } };
/** Resident memory of the hub's node processes and of PostgreSQL's, in MiB. */
function memory(pid: number) {
  const pids = tree(pid);
  const node = pids.filter(isNode).reduce((sum, p) => sum + rssMiB(p), 0);
  const postgres = pids.filter((p) => !isNode(p)).reduce((sum, p) => sum + rssMiB(p), 0);
  return { node, postgres };
}

async function start(workers: number, dataDir: string, pgPort: number): Promise<{ hub: ChildProcess; url: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PG_PORT: String(pgPort), PORT: '0', WORKERS: String(workers), RESPONSE_CACHE_MB: CACHE_MB, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.DATABASE_READ_URL;
  const hub = spawn(process.execPath, hubStartArgs(), { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    hub.stdout!.on('data', (c) => { out += c; const m = /ready: (\S+)/.exec(out); if (m) resolve(m[1]); });
    hub.once('exit', (code) => reject(new Error(`hub exited with ${code}`)));
  });
  return { hub, url };
}

const load = (url: string, seconds: number) => new Promise<autocannon.Result>((resolve, reject) => {
  autocannon({
    url, connections: CONNECTIONS, duration: seconds, timeout: 30,
    requests: mixedRequests(),
  }, (err, res) => (err ? reject(err) : resolve(res)));
});

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-workers-bench-'));
  const pgPort = 57000 + Math.floor(Math.random() * 900);
  const rows: Record<string, unknown>[] = [];
  let failed = false;
  try {
    for (const workers of COUNTS) {
      const { hub, url } = await start(workers, dataDir, pgPort);
      try {
        await load(url, WARMUP_SECONDS);
        let peak = { node: 0, postgres: 0 };
        const sampler = setInterval(() => {
          const now = memory(hub.pid!);
          peak = { node: Math.max(peak.node, now.node), postgres: Math.max(peak.postgres, now.postgres) };
        }, 1000);
        const result = await load(url, SECONDS);
        clearInterval(sampler);
        const errors = result.errors + result.timeouts + result.non2xx;
        failed ||= errors > 0;
        const row = {
          workers, connections: CONNECTIONS, seconds: SECONDS, cacheMb: Number(CACHE_MB),
          requests: result.requests.total, reqPerSec: Math.round(result.requests.average), errors,
          p50ms: result.latency.p50, p90ms: result.latency.p90, p99ms: result.latency.p99, maxMs: result.latency.max,
          peakRssNodeMiB: Math.round(peak.node), peakRssPostgresMiB: Math.round(peak.postgres),
        };
        rows.push(row);
        console.log(JSON.stringify(row));
      } finally {
        hub.kill('SIGTERM');
        await new Promise((r) => hub.once('exit', r));
      }
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const cpus = execFileSync('nproc').toString().trim();
  console.log(`\n| workers | req/s | p50 ms | p99 ms | max ms | errors | peak RSS node (MiB) | peak RSS PostgreSQL (MiB) |\n|---|---|---|---|---|---|---|---|`);
  for (const r of rows) console.log(`| ${r.workers} | ${r.reqPerSec} | ${r.p50ms} | ${r.p99ms} | ${r.maxMs} | ${r.errors} | ${r.peakRssNodeMiB} | ${r.peakRssPostgresMiB} |`);
  console.log(`\n${cpus} cores; mixed workload at c = ${CONNECTIONS} for ${SECONDS} s each; response cache ${CACHE_MB} MB`);
  if (failed) process.exitCode = 1;
}

main().catch((err) => { console.error(err); process.exit(1); });
