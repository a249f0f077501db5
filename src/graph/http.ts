// The HTTP surface: /graphql (API and GraphiQL), /health, and JSON errors for bodies
// that are not JSON, so a client never sees an HTML stack page.
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import cors from 'cors';
import pg from 'pg';
import express from 'express';
import { printSchema } from 'graphql';
import { createContext, type HubContext } from './context';
import { costLimitPlugin } from './cost-limit';
import { goodTextRule, maxAliasesRule, maxDepthRule, MAX_TOKENS, readOnlyRule } from './request-limits';
import { maskError } from './error-masking';
import { graphiqlAssets, serveGraphiql } from './graphiql';
import { requestLogPlugin } from './request-log';
import { sqlExecution } from './executor';
import { frontDoor } from './front-door';
import { responseCache } from './response-cache';
import { hubGraph } from './schema';
import { httpCaching } from '../web/http-caching';
import { requestDeadline, requestSignal } from '../web/request-deadline';
import { databaseUnavailable, isDatabaseUnavailable, type ReadPools } from '../db/read-pool';
import { operationRoutes } from '../web/operations';
import { dashboardRoutes } from '../web/dashboard';
import { hubMetrics, rateLimitPerAddress } from '../web/operators';
import { securityHeaders, type Exposure } from '../web/security';

export { MAX_QUERY_DEPTH } from './request-limits';

export interface HubHttpServer {
  httpServer: http.Server;
  apollo: ApolloServer<HubContext>;
  /** Resolves once no GraphQL operation is executing (a client may have hung up mid-request). */
  idle: () => Promise<void>;
}

/** Operations still executing, so shutdown can let them finish before the pool closes. */
function inFlightTracker() {
  let running = 0;
  let waiters: (() => void)[] = [];
  const enter = () => { running += 1; };
  const leave = () => {
    running -= 1;
    if (running === 0) { waiters.forEach((w) => w()); waiters = []; }
  };
  const plugin: ApolloServerPlugin<HubContext> = {
    async requestDidStart() {
      enter();
      return { async willSendResponse() { leave(); } };
    },
  };
  const track = <T>(work: Promise<T>): Promise<T> => { enter(); return work.finally(leave); };
  const idle = () => (running === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)));
  return { plugin, track, idle };
}

/** Whether a pool's server answers now, on a connection of its own (2 s at most). */
async function probe(pool: pg.Pool): Promise<boolean> {
  const client = new pg.Client({ connectionString: (pool as unknown as { options: { connectionString: string } }).options.connectionString, connectionTimeoutMillis: 2000, query_timeout: 2000 });
  client.on('error', () => {}); // a connection lost between the query and the end: the answer is already known
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    client.end().catch(() => {});
  }
}

export interface HttpOptions {
  /** Megabytes of whole answers to keep (response-cache.ts); 0 turns the cache off. */
  responseCacheMb: number;
  /** Origins whose pages may read the API: `*` (any), or a list (CORS_ORIGINS). */
  corsOrigins: '*' | string[];
  /** Seconds an HTTP cache may reuse a GET answer before revalidating (CACHE_MAX_AGE). */
  cacheMaxAgeSeconds: number;
  /** Requests a minute from one address (RATE_LIMIT); 0: no limit. */
  rateLimitPerMinute: number;
  /** Whether introspection and GraphiQL are on (web/security.ts). */
  exposure: Exposure;
  /** Milliseconds a request may take before it is stopped and its statement cancelled (REQUEST_TIMEOUT_MS). */
  requestTimeoutMs: number;
}

/** The pool a request reads from, chosen once when it arrives (see ReadPools). */
const requestPool = (res: express.Response): pg.Pool => res.locals.pool as pg.Pool;

export async function createHttpServer(pools: ReadPools, options: HttpOptions): Promise<HubHttpServer> {
  const { schema, compiler } = await hubGraph();
  const app = express();
  const httpServer = http.createServer(app);
  const inFlight = inFlightTracker();
  const exposed = options.exposure;
  const answers = responseCache(options.responseCacheMb);
  const metrics = hubMetrics(pools, () => answers);
  const execution = sqlExecution(schema, compiler, answers);
  const apollo = new ApolloServer<HubContext>({
    // Apollo's executor hook is its gateway interface: queries run as one SQL statement (executor.ts).
    gateway: {
      async load() { return { executor: execution.executor }; },
      onSchemaLoadOrUpdate(callback) {
        callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
        return () => {};
      },
      async stop() {},
    },
    validationRules: [readOnlyRule, goodTextRule, maxAliasesRule(), maxDepthRule()],
    parseOptions: { maxTokens: MAX_TOKENS },
    // The API has no mutation and no credentials (no cookies, no auth): a cross-site request can
    // read only what anyone may read, so the CSRF guard would only turn away plain GETs
    // (a browser address bar, Tableau, Power BI's Web.Contents).
    csrfPrevention: false,
    formatError: maskError,
    includeStacktraceInErrorResponses: false,
    introspection: exposed.introspection,
    hideSchemaDetailsFromClientErrors: !exposed.introspection, // no `Did you mean …?` when the schema is not public
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(), // it loads from a CDN; GraphiQL is served locally instead
      ApolloServerPluginCacheControlDisabled(), // no cache hints here, and it wraps every field resolver
      costLimitPlugin(schema),
      requestLogPlugin(),
      inFlight.plugin,
      metrics.plugin,
    ],
  });
  await apollo.start();
  const contextOf = (req: express.Request, res: express.Response) => createContext(requestPool(res), compiler, req.ip ?? null, requestSignal(res));

  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.set('etag', false); // a hash of every (large) body on the hot path; HTTP caching gets its own rules (web/http-caching.ts)
  // The data is public and read-only: any origin (or CORS_ORIGINS) may read, never with credentials.
  app.use(cors({
    origin: options.corsOrigins === '*' ? '*' : options.corsOrigins,
    methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    exposedHeaders: ['ETag', 'Cache-Control', 'Content-Disposition'],
    credentials: false,
    maxAge: 86_400,
    optionsSuccessStatus: 204,
  }));
  // gzip or brotli, as the client accepts; a client that accepts neither (most BI tools, load
  // balancer checks) does not pay for compression's wrapping of every write
  const compress = compression({ threshold: 1024 });
  app.use((req, res, next) => (req.headers['accept-encoding'] ? compress(req, res, next) : next()));
  app.get('/metrics', metrics.route); // Prometheus; operators scrape it, so no rate limit
  const limiter = rateLimitPerAddress(options.rateLimitPerMinute);
  if (limiter) app.use(['/graphql', '/operations', '/export'], limiter);
  // its own connections each time, with short timeouts: it answers while the API pool is busy or the database is away
  app.get('/health', async (_req, res) => {
    const reachable = await Promise.all(pools.all.map((pool) => probe(pool)));
    const serving = reachable.some(Boolean);
    if (!serving) res.status(503).setHeader('Retry-After', '5');
    res.json({
      status: reachable.every(Boolean) ? 'ok' : 'degraded',
      database: serving ? 'reachable' : 'unreachable',
      // with replicas (DATABASE_READ_URL): each one; the hub serves while one answers
      ...(pools.all.length > 1 ? { databases: pools.all.map((pool, i) => ({ database: pools.label(pool), reachable: reachable[i] })) } : {}),
    });
  });
  // every API request reads from one pool, chosen as it arrives
  app.use(['/graphql', '/operations', '/export'], (_req, res, next) => { res.locals.pool = pools.pick(); next(); });
  if (exposed.graphiql) app.use('/graphiql-assets', graphiqlAssets());
  // a deadline per request, and the work stops when the client hangs up (exports stream for as long as they need)
  app.use(['/graphql', '/operations'], requestDeadline(options.requestTimeoutMs));
  app.use('/export', requestDeadline(0));
  app.use(
    '/graphql',
    ...(exposed.graphiql ? [serveGraphiql] : []),
    httpCaching(requestPool, { maxAgeSeconds: options.cacheMaxAgeSeconds }),
    express.json({ limit: '1mb' }),
    frontDoor({ execution, contextOf, metrics, track: inFlight.track }),
    expressMiddleware(apollo, { context: async ({ req, res }) => contextOf(req, res) }),
  );
  // the catalogue of named operations and the CSV exports, through the same pipeline as /graphql
  app.use(['/operations', '/export'], httpCaching(requestPool, { maxAgeSeconds: options.cacheMaxAgeSeconds }));
  app.use(operationRoutes(apollo, schema, contextOf));
  app.use(dashboardRoutes());
  // express.json() rejects bodies that are not JSON; answer in GraphQL's error shape.
  app.use((err: any, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    if (isDatabaseUnavailable(err)) {
      const unavailable = databaseUnavailable(err);
      res.status(503).setHeader('Retry-After', '5');
      res.json({ errors: [{ message: unavailable.message, extensions: { code: unavailable.extensions.code } }] });
      return;
    }
    const status = err.status ?? err.statusCode ?? 500;
    const message = err.type === 'entity.parse.failed' ? `Malformed JSON body: ${err.message}`
      : status < 500 ? err.message : 'Internal server error';
    res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
  });
  return { httpServer, apollo, idle: inFlight.idle };
}
