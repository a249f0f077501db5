// What operators need beside the API: Prometheus metrics at /metrics (prom-client) and a rate
// limit per client address (RATE_LIMIT requests per minute; off when unset or 0).
import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import { rateLimit } from 'express-rate-limit';
import type { ReadPools } from '../db/read-pool';
import cluster from 'node:cluster';
import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { HubContext } from '../graph/context';
import type { ResponseCache } from '../graph/response-cache';

/** Operation names are chosen by clients: labels keep the first ones seen, the rest count as `other`. */
const MAX_OPERATION_LABELS = 200;

export interface HubMetrics {
  registry: Registry;
  plugin: ApolloServerPlugin<HubContext>;
  route: express.RequestHandler;
  /** Counts one answered request (the plugin for Apollo's, front-door.ts for the others). */
  observe(request: { operationName: string | null | undefined; status: number; errorCodes: unknown[]; seconds: number; sqlStatements: number; knownRequest?: boolean }): void;
}

export function hubMetrics(pools: ReadPools, responseCache: () => ResponseCache | undefined): HubMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'hub_' }); // event-loop lag, heap, GC, CPU
  const requests = new Counter({ name: 'hub_graphql_requests_total', help: 'GraphQL requests by operation and outcome (ok, client_error, server_error).', labelNames: ['operation', 'outcome'], registers: [registry] });
  const duration = new Histogram({ name: 'hub_graphql_request_duration_seconds', help: 'Time from request to response, by operation.', labelNames: ['operation'], buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], registers: [registry] });
  const knownRequests = new Counter({ name: 'hub_graphql_known_requests_total', help: 'Requests answered before Apollo\'s pipeline: the same query, operation and variables were compiled and costed before (graph/front-door.ts).', registers: [registry] });
  const statements = new Histogram({ name: 'hub_sql_statements_per_request', help: 'SQL statements a GraphQL request ran.', buckets: [0, 1, 2, 3, 5, 10, 20, 50], registers: [registry] });
  new Gauge({
    name: 'hub_db_pool_connections', help: 'Connections of the API pools by database and state (waiting: requests queued for one).', labelNames: ['database', 'state'], registers: [registry],
    collect() {
      for (const pool of pools.all) {
        const database = pools.label(pool);
        this.set({ database, state: 'total' }, pool.totalCount);
        this.set({ database, state: 'idle' }, pool.idleCount);
        this.set({ database, state: 'waiting' }, pool.waitingCount);
      }
    },
  });
  new Gauge({
    name: 'hub_response_cache_lookups', help: 'Response cache lookups since start, by result (hit, miss).', labelNames: ['result'], registers: [registry],
    collect() { const stats = responseCache()?.stats ?? { hits: 0, misses: 0 }; this.set({ result: 'hit' }, stats.hits); this.set({ result: 'miss' }, stats.misses); },
  });
  const seen = new Set<string>();
  const label = (name: string | null | undefined) => {
    const operation = name && /^[A-Za-z_][A-Za-z0-9_]{0,63}$/u.test(name) ? name : 'anonymous';
    if (seen.has(operation) || seen.size < MAX_OPERATION_LABELS) { seen.add(operation); return operation; }
    return 'other';
  };
  const observe: HubMetrics['observe'] = ({ operationName, status, errorCodes, seconds, sqlStatements, knownRequest }) => {
    const operation = label(operationName);
    const outcome = status >= 500 || errorCodes.includes('INTERNAL_SERVER_ERROR') ? 'server_error' : status >= 400 || errorCodes.length ? 'client_error' : 'ok';
    requests.inc({ operation, outcome });
    duration.observe({ operation }, seconds);
    statements.observe(sqlStatements);
    if (knownRequest) knownRequests.inc();
  };
  const plugin: ApolloServerPlugin<HubContext> = {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ request, response, contextValue, operationName }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors ?? [] : [];
          observe({
            operationName: operationName ?? request.operationName, status: response.http.status ?? 200,
            errorCodes: errors.map((e) => e.extensions?.code), seconds: Number(process.hrtime.bigint() - started) / 1e9, sqlStatements: contextValue.sqlStatements,
          });
        },
      };
    },
  };
  if (cluster.isWorker) {
    // WORKERS=n: the primary gathers every worker's registry, so a scrape of any worker sees the whole hub
    new AggregatorRegistry(); // adds the worker's side of prom-client's cluster messages
    AggregatorRegistry.setRegistries([registry]);
  }
  const route: express.RequestHandler = async (_req, res, next) => {
    try {
      res.type(registry.contentType).send(cluster.isWorker ? await clusterMetricsText() : await registry.metrics());
    } catch (err) {
      next(err);
    }
  };
  return { registry, plugin, route, observe };
}

/** Messages between a worker and the primary for /metrics (src/cluster.ts answers). */
export const METRICS_ASKED = 'hub:metrics?';
export const METRICS_GATHERED = 'hub:metrics';

/** A worker's /metrics: the primary's sum over all workers (prom-client AggregatorRegistry). */
function clusterMetricsText(): Promise<string> {
  const id = Math.random();
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => { process.off('message', onMessage); reject(new Error('the primary did not answer for metrics')); }, 5000);
    const onMessage = (message: { hub?: string; id?: number; text?: string }) => {
      if (message?.hub !== METRICS_GATHERED || message.id !== id) return;
      clearTimeout(timer);
      process.off('message', onMessage);
      resolve(message.text ?? '');
    };
    process.on('message', onMessage);
    process.send!({ hub: METRICS_ASKED, id });
  });
}

/**
 * At most `perMinute` requests a minute from one address, or no limit (0). Over it: HTTP 429
 * with Retry-After and a GraphQL error body, so a GraphQL client shows the message.
 */
export function rateLimitPerAddress(perMinute: number): express.RequestHandler | null {
  if (!(perMinute > 0)) return null;
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (req, res, _next, options) => {
      const reset = (req as express.Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const retryAfter = Math.max(1, Math.ceil(((reset?.getTime() ?? Date.now() + options.windowMs) - Date.now()) / 1000));
      res.setHeader('Retry-After', String(retryAfter));
      res.status(429).json({ errors: [{
        message: `Too many requests: at most ${perMinute} a minute from one address. Retry after ${retryAfter} s.`,
        extensions: { code: 'RATE_LIMITED', limitPerMinute: perMinute, retryAfterSeconds: retryAfter },
      }] });
    },
  });
}
