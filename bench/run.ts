// `npm run bench`: autocannon against the running hub (BENCH_URL, default
// http://127.0.0.1:4000/graphql), or against one started here when none answers.
// Runs the three example operations of schema/operations and prints req/s and latency.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startHub, type RunningHub } from '../src/hub';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const operation = (file: string) => readFileSync(join(__dirname, '../schema/operations', file), 'utf8');

const cases = [
  { name: 'dashboard: ProgramAcrossYears(스마트GIS)', query: operation('dashboard-program-across-years.graphql'), variables: { search: '스마트GIS' } },
  { name: 'BI: IndicatorPage(first 100)', query: operation('bi-indicator-page.graphql'), variables: { first: 100 } },
  { name: 'walk: OrganisationWalk(기획조정실)', query: operation('relationship-walk.graphql'), variables: { id: 'org:기획조정실' } },
];

async function reachable(url: string): Promise<boolean> {
  try {
    return (await fetch(url.replace(/graphql$/, 'health'))).ok;
  } catch {
    return false;
  }
}

async function main() {
  let url = process.env.BENCH_URL ?? 'http://127.0.0.1:4000/graphql';
  let own: RunningHub | undefined;
  if (!(await reachable(url))) {
    console.log(`no hub answers at ${url}; starting one for the benchmark`);
    process.env.LOG_LEVEL ??= 'warn';
    own = await startHub({ port: 0 });
    url = own.url;
  }
  console.log(`benchmarking ${url}: ${CONNECTIONS} connections, ${DURATION_S} s per operation\n`);
  const rows: string[][] = [];
  for (const c of cases) {
    const body = JSON.stringify({ query: c.query, variables: c.variables });
    const check = await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json();
    if (check.errors) throw new Error(`${c.name} answers with errors: ${JSON.stringify(check.errors)}`);
    const bytes = Buffer.byteLength(JSON.stringify(check));
    process.stdout.write(`${c.name} … `);
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        { url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: CONNECTIONS, duration: DURATION_S },
        (err, res) => (err ? reject(err) : resolve(res)),
      );
      if (process.stdout.isTTY) autocannon.track(instance, { renderResultsTable: false });
    });
    console.log(`${Math.round(result.requests.average)} req/s`);
    rows.push([c.name, String(Math.round(result.requests.average)), String(result.latency.p50), String(result.latency.p99),
      String(result.non2xx + result.errors), String(result.requests.total), `${(bytes / 1024).toFixed(1)} KiB`]);
  }
  const header = ['operation', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'requests', 'response'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log('\n' + line(header) + '\n' + line(widths.map((w) => '-'.repeat(w))) + '\n' + rows.map(line).join('\n'));
  await own?.stop();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
