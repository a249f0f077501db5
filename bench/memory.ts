// `npm run bench:memory`: does the hub's memory stay flat? Starts `node dist/server.js` (an
// embedded PostgreSQL in a temp folder, response cache off), sends the mixed workload of the
// peer comparison (dashboard, BI page of 1,000 rows, relationship walk, deep graph, in turn) for
// BENCH_REQUESTS requests (50,000) at BENCH_CONNECTIONS (16), and compares the server's RSS after
// the first 5,000 with its RSS at the end. Passes when it grew by at most 20 %.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { mixedRequests } from './mixed-workload';
import { hubStartArgs } from './hub-command';

const TOTAL = Number(process.env.BENCH_REQUESTS ?? 50_000);
const EARLY = Number(process.env.BENCH_EARLY ?? 5_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const root = join(__dirname, '..');

const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-memory-'));
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PG_PORT: String(57000 + Math.floor(Math.random() * 900)), PORT: '0', RESPONSE_CACHE_MB: '0', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  const hub = spawn(process.execPath, hubStartArgs(), { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    hub.stdout!.on('data', (c) => { out += c; const m = /ready: (\S+)/.exec(out); if (m) resolve(m[1]); });
    hub.once('exit', (code) => reject(new Error(`hub exited with ${code}`)));
  });
  try {
    let done = 0;
    let early = NaN;
    const started = Date.now();
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon({
        url, connections: CONNECTIONS, amount: TOTAL, timeout: 30,
        requests: mixedRequests(),
      }, (err, res) => (err ? reject(err) : resolve(res)));
      instance.on('response', () => {
        done += 1;
        if (done === EARLY) early = rssMiB(hub.pid!);
        if (done % 10_000 === 0) console.error(`${done} requests, RSS ${rssMiB(hub.pid!).toFixed(0)} MiB, ${((Date.now() - started) / 1000).toFixed(0)} s`);
      });
    });
    const end = rssMiB(hub.pid!);
    const growth = (end - early) / early;
    console.log(JSON.stringify({
      requests: result.requests.total, errors: result.errors + result.non2xx, seconds: Math.round((Date.now() - started) / 1000),
      rssAfterEarlyMiB: Math.round(early), rssAtEndMiB: Math.round(end), growthPercent: Math.round(growth * 1000) / 10,
    }));
    if (!(growth <= 0.2) || result.errors + result.non2xx > 0) process.exitCode = 1;
  } finally {
    hub.kill('SIGTERM');
    await new Promise((r) => hub.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
