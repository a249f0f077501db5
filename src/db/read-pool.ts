// The API's connection to PostgreSQL: a pg pool of the read-only role. Statements are named
// (prepared once per connection, then only bound and executed: PostgreSQL skips parsing and,
// once it settles on a generic plan, planning); connections are replaced after a while, which
// also drops the statements prepared on them.
import { GraphQLError } from 'graphql';
import { MAX_SQL_STATEMENTS, tooManyStatements } from '../graph/request-limits';
import { logger } from '../logger';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { compile, type Expr } from '../graph/sql/expr';

export interface StatementCounter {
  sqlStatements: number;
  /** Ends when the request times out or its client goes away (web/request-deadline.ts). */
  signal?: AbortSignal;
}

export interface Statement {
  name: string;
  text: string;
  values: unknown[];
}

/** Dates stay the text PostgreSQL prints (`2019-12-31`): pg would make them local-time Date objects. */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    return oid === pg.types.builtins.DATE ? (value: string) => value : pg.types.getTypeParser(oid, format);
  },
};

export function openReadPool(url: string, max = 10): pg.Pool {
  // connectionTimeoutMillis: with the database away, a request fails within seconds instead of waiting for it
  const pool = new pg.Pool({ connectionString: url, max, maxUses: 5000, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 3000, types });
  pool.on('error', (err) => databaseUnavailable(err)); // an idle connection lost: logged (throttled), the pool replaces it
  return pool;
}

/**
 * Where reads go: the primary's reader pool, or one pool per replica (DATABASE_READ_URL). One
 * request reads from one pool from start to end (data version and data alike), so an answer is
 * never cached under a version of another server. Pools that failed to connect are passed over
 * for a few seconds while another can serve.
 */
export interface ReadPools {
  readonly all: readonly pg.Pool[];
  /** The pool for a new request: round robin over those not known to be down. */
  pick(): pg.Pool;
  /** Where a pool points, for logs, /health and metrics (host, port and database; never credentials). */
  label(pool: pg.Pool): string;
  end(): Promise<void>;
}

const DOWN_FOR_MS = 5000;
const downUntil = new WeakMap<pg.Pool, number>();
/** A pool that could not reach its server: passed over by pick() for a while. */
export const noteDown = (pool: pg.Pool) => downUntil.set(pool, Date.now() + DOWN_FOR_MS);

export function openReadPools(urls: readonly string[]): ReadPools {
  if (urls.length === 0) throw new Error('no database to read from');
  const pools = urls.map((url) => openReadPool(url));
  const labels = new Map(pools.map((pool, i) => {
    const { hostname, port, pathname } = new URL(urls[i]);
    return [pool, `${hostname}:${port || 5432}${pathname}`];
  }));
  let turn = 0;
  return {
    all: pools,
    pick() {
      const now = Date.now();
      for (let tried = 0; tried < pools.length; tried++) {
        const pool = pools[turn++ % pools.length];
        if ((downUntil.get(pool) ?? 0) <= now) return pool;
      }
      return pools[turn++ % pools.length]; // all down: try anyway, the request fails fast with 503
    },
    label: (pool) => labels.get(pool) ?? 'unknown',
    end: async () => { await Promise.all(pools.map((pool) => pool.end())); },
  };
}

/** Errors that mean the database cannot be reached now (not a bad query): refused, reset, shut down, timed out. */
const UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);
export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  return !!e && (UNAVAILABLE.has(e.code ?? '') || /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED/u.test(e.message ?? ''));
}

let lastOutageLog = 0;
let suppressed = 0;
/** The client's error for a database that is away (HTTP 503), logged once per 10 s however many requests fail. */
export function databaseUnavailable(cause: unknown): GraphQLError {
  const now = Date.now();
  if (now - lastOutageLog >= 10_000) {
    logger.error({ cause: (cause as Error)?.message ?? String(cause), code: (cause as { code?: string })?.code, suppressedSince: suppressed }, 'database unavailable');
    lastOutageLog = now;
    suppressed = 0;
  } else {
    suppressed += 1;
  }
  return new GraphQLError('The database is unavailable right now; retry in a few seconds.', {
    extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503, headers: new Map([['retry-after', '5']]) } },
  });
}

/** A statement ready to run; its name is its text's hash, so one text is prepared once per connection. */
export function statementOf(expr: Expr): Statement {
  const { sql, parameters } = compile(expr);
  return { name: `hub_${createHash('sha1').update(sql).digest('base64url').slice(0, 22)}`, text: sql, values: parameters as unknown[] };
}

type BusyClient = pg.PoolClient & { processID: number; secretKey: number; host: string; port: number };

/**
 * Asks PostgreSQL to cancel what a connection runs, by the protocol's CancelRequest on a
 * connection of its own (no login, no pool slot: it works while the pool is saturated).
 */
function cancelStatement(busy: BusyClient): void {
  const connection = new (pg as unknown as { Connection: new () => pg.Connection & { connect(port: number, host: string): void; cancel(pid: number, key: number): void } }).Connection();
  connection.on('error', () => {}); // the server closes it after reading the request
  connection.once('connect', () => connection.cancel(busy.processID, busy.secretKey));
  connection.connect(busy.port, busy.host);
}

/**
 * Runs a statement for a request (counted in extensions.cost.sqlStatements); rows as arrays of
 * column values. When the request's signal ends (timeout, client gone), the answer is the
 * signal's error at once, and the statement is cancelled in PostgreSQL.
 */
export async function readRows(pool: pg.Pool, request: StatementCounter, statement: Statement): Promise<unknown[][]> {
  const { signal } = request;
  if (signal?.aborted) throw signal.reason;
  if (request.sqlStatements >= MAX_SQL_STATEMENTS) throw tooManyStatements(); // the last line: never an unbounded number of statements
  request.sqlStatements += 1;
  let client: BusyClient;
  try {
    client = await pool.connect() as BusyClient;
  } catch (err) {
    if (!isDatabaseUnavailable(err)) throw err;
    noteDown(pool);
    throw databaseUnavailable(err);
  }
  // pg's pool stops listening for a client's errors while it is checked out: a connection that
  // dies then (the server killed between the statement's end and the release) would emit an
  // 'error' nobody hears, which ends the process. Heard here, it discards the client on release.
  let lost: Error | undefined;
  const onLost = (err: Error) => { lost = err; };
  client.on('error', onLost);
  const release = (err?: Error) => { client.removeListener('error', onLost); client.release(err ?? lost); };
  const running = client.query({ name: statement.name, text: statement.text, values: statement.values, rowMode: 'array' });
  // back to the pool once PostgreSQL is done with it (a cancelled statement ends soon after); an error discards it, as pool.query does
  running.then(() => release(), (err: Error) => release(err));
  let onAbort: (() => void) | undefined;
  try {
    if (!signal) return (await running).rows;
    const stopped = new Promise<never>((_, reject) => {
      onAbort = () => { cancelStatement(client); reject(signal.reason); };
      if (signal.aborted) onAbort(); else signal.addEventListener('abort', onAbort, { once: true });
    });
    return (await Promise.race([running, stopped])).rows;
  } catch (err) {
    if (!isDatabaseUnavailable(err)) throw err;
    noteDown(pool);
    throw databaseUnavailable(err);
  } finally {
    if (onAbort) signal!.removeEventListener('abort', onAbort);
  }
}
