// WORKERS=n: n API processes on one port (node:cluster), sharing nothing but PostgreSQL. The
// primary prepares the database once (embedded PostgreSQL with its watchdog, migrations, seeds,
// the reader role), then forks the workers, restarts one that dies, and on SIGTERM stops them
// before PostgreSQL. Each worker keeps its own response cache; every cache is keyed by the data
// version read from the database, so none serves an answer from before a seed load.
import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';
import { assertPortFree, prepareDatabase, serveApi } from './hub';
import { logger } from './logger';
import { METRICS_ASKED, METRICS_GATHERED } from './web/operators';

/** What the primary hands a worker: where to read. */
const READ_URLS = 'HUB_WORKER_READ_URLS';

export const isWorker = () => cluster.isWorker && !!process.env[READ_URLS];

export interface RunningCluster {
  url: string;
  stop: () => Promise<void>;
}

/** The primary: database once, then `count` workers serving PORT. */
export async function startCluster(count: number, env = process.env): Promise<RunningCluster> {
  const port = Number(env.PORT ?? 4000);
  const host = env.HOST ?? '127.0.0.1';
  await assertPortFree(port, host);
  const { db, readUrls } = await prepareDatabase({}, env);
  const metrics = new AggregatorRegistry(); // /metrics of any worker: the sum over all (workers ask here)
  let stopping = false;
  const fork = (): Worker => {
    const worker = cluster.fork({ [READ_URLS]: JSON.stringify(readUrls) });
    worker.on('message', async (message: { hub?: string; id?: number }) => {
      if (message?.hub !== METRICS_ASKED) return;
      const text = await metrics.clusterMetrics().catch((err: Error) => `# cluster metrics failed: ${err.message}\n`);
      if (worker.isConnected()) worker.send({ hub: METRICS_GATHERED, id: message.id, text });
    });
    return worker;
  };
  const listening = new Promise<string>((resolve) => {
    let ready = 0;
    cluster.on('listening', (_worker, address) => {
      ready += 1;
      if (ready === count) resolve(`http://${address.address ?? host}:${address.port}/graphql`);
    });
  });
  // a worker that dies is replaced (after a pause that grows while they keep dying)
  let recentDeaths = 0;
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    recentDeaths += 1;
    setTimeout(() => { recentDeaths -= 1; }, 60_000).unref();
    const pause = Math.min(250 * 2 ** Math.min(recentDeaths - 1, 5), 8000);
    logger.error({ worker: worker.process.pid, code, signal, restartInMs: pause }, 'hub worker exited; starting another');
    setTimeout(() => { if (!stopping) fork(); }, pause).unref();
  });
  for (let i = 0; i < count; i++) fork();
  const url = await listening;
  logger.info({ url, workers: count }, 'hub workers serving');
  return {
    url,
    stop: async () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
      await Promise.all(workers.map((worker) => new Promise<void>((resolve) => {
        if (worker.isDead()) return resolve();
        const force = setTimeout(() => worker.process.kill('SIGKILL'), 10_000);
        worker.once('exit', () => { clearTimeout(force); resolve(); });
        worker.process.kill('SIGTERM');
      })));
      await db.stop();
      logger.info('hub stopped');
    },
  };
}

/** A worker: the API over the primary's read URLs, on the shared port. */
export async function startWorker(env = process.env) {
  return serveApi(JSON.parse(env[READ_URLS]!) as string[], {}, env);
}
