// Limits and safety over real HTTP: depth, cost, malformed requests, masked internal
// errors, the read-only role, statement_timeout, health and the offline GraphiQL.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startHub } from '../src/hub';
import { MAX_QUERY_COST } from '../src/graph/cost-limit';
import { maskError } from '../src/graph/error-masking';
import { GraphQLError } from 'graphql';
import { startTestHub, type TestHub } from './support/test-hub';

let hub: TestHub;
beforeAll(async () => { hub = await startTestHub('limits'); });
afterAll(async () => { await hub?.close(); });

const nestedParents = (levels: number) =>
  `{ node(id: "org:정책기획관") { ... on Organisation { ${'parent { '.repeat(levels)}name${' }'.repeat(levels)} } } }`;

describe('query limits', () => {
  // graphql-depth-limit counts the root field as depth 0: `node { parent ×11 { name } }` is depth 12.
  test('a query of depth 12 runs; depth 13 is rejected before execution with HTTP 400', async () => {
    const ok = await hub.gql(nestedParents(11));
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();
    const deep = await hub.gql(nestedParents(12));
    expect(deep.status).toBe(400);
    expect(deep.body.errors).toEqual([expect.objectContaining({ message: "'' exceeds maximum operation depth of 12" })]);
    expect(deep.body.extensions.cost.sqlStatements).toBe(0);
  });

  test('a query costing more than the budget is rejected before touching the database', async () => {
    const res = await hub.gql(`{ organisations(first: 1000) { nodes { programs { nodes { indicators { values { year } } } } } } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0].message).toMatch(new RegExp(`^Query is too expensive: estimated cost \\d+ exceeds the limit of ${MAX_QUERY_COST}\\.`));
    expect(res.body.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxCost: MAX_QUERY_COST });
    expect(res.body.extensions.cost.sqlStatements).toBe(0);
  });

  test('the example operations stay well inside the cost budget', async () => {
    const res = await hub.gql(`{ programs(first: 100) { nodes { indicators { values { year } } } } }`);
    expect(res.status).toBe(200);
    expect(res.body.extensions.cost.estimated).toBeLessThan(MAX_QUERY_COST / 2);
  });
});

describe('bad requests get precise GraphQL errors', () => {
  test('malformed JSON body: HTTP 400, GraphQL error shape, no stack', async () => {
    const res = await hub.post('{"query": "{ years { year } }"');
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].message).toMatch(/^Malformed JSON body: /);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js|node_modules/);
  });

  test('unknown field: HTTP 400 naming the field and a suggestion', async () => {
    const res = await hub.gql(`{ programs { nodes { titel } } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{
      message: 'Cannot query field "titel" on type "Program". Did you mean "title"?',
      locations: [{ line: 1, column: 22 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    }]);
  });

  test('bad variables: HTTP 400 naming the variable', async () => {
    const res = await hub.gql(`query($n: Int) { programs(first: $n) { totalCount } }`, { n: 'ten' } as any);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{
      message: 'Variable "$n" got invalid value "ten"; Int cannot represent non-integer value: "ten"',
      locations: [{ line: 1, column: 7 }],
      extensions: { code: 'BAD_USER_INPUT' },
    }]);
  });

  test('a syntax error is reported with its location', async () => {
    const res = await hub.gql(`{ programs { `);
    expect(res.status).toBe(400);
    expect(res.body.errors![0]).toMatchObject({ message: 'Syntax Error: Expected Name, found <EOF>.', extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  });
});

describe('internal errors are masked', () => {
  test('a database failure reaches the client as "Internal server error", without SQL', async () => {
    const reader = new URL(hub.readerUrl).username;
    const admin = new Client({ connectionString: hub.adminUrl });
    await admin.connect();
    try {
      await admin.query(`revoke select on committee from "${reader}"`);
      const res = await hub.gql(`{ committees { totalCount } }`);
      expect(res.status).toBe(200);
      expect(res.body.errors).toEqual([{ message: 'Internal server error', path: ['committees'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expect(JSON.stringify(res.body)).not.toMatch(/select|permission|committee"/i);
    } finally {
      await admin.query(`grant select on committee to "${reader}"`);
      await admin.end();
    }
  });

  test('maskError keeps GraphQL errors and hides everything else', () => {
    const formatted = { message: 'relation "x" does not exist at /src/db.ts:1' };
    expect(maskError(formatted, new Error('relation "x" does not exist'))).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const ours = new GraphQLError('first must be between 0 and 1000; got 5000');
    expect(maskError({ message: ours.message }, ours)).toEqual({ message: ours.message });
  });
});

describe('the API reads through a role that can only read', () => {
  let reader: Client;
  beforeAll(async () => { reader = new Client({ connectionString: hub.readerUrl }); await reader.connect(); });
  afterAll(async () => { await reader.end(); });

  test('it can select but not write, even outside a read-only transaction', async () => {
    const { rows } = await reader.query('select count(*)::int as n from source_document');
    expect(rows[0].n).toBe(5);
    await expect(reader.query(`insert into person (id, name, search_text) values ('person:x', 'x', 'x')`)).rejects.toThrow(/read-only transaction|permission denied/);
    await expect(reader.query(`set transaction read write; delete from person`)).rejects.toThrow(/permission denied|read-only/);
    await expect(reader.query('begin read write; update person set name = name; commit')).rejects.toThrow(/permission denied/);
    await reader.query('rollback');
  });

  test('it cannot create a temporary table', async () => {
    await expect(reader.query('create temporary table scratch (x int)')).rejects.toThrow(/read-only transaction/);
    // and not by leaving read-only mode either: no TEMP privilege
    await expect(reader.query('begin read write; create temporary table scratch (x int)')).rejects.toThrow(/permission denied to create temporary tables/);
    await reader.query('rollback');
  });

  test('it cannot read the password store, and a hub started on the same database from another data folder keeps its password', async () => {
    await expect(reader.query('select * from hub_private.role_password')).rejects.toThrow(/permission denied for schema hub_private/);
    const folder = mkdtempSync(join(tmpdir(), 'hub-other-machine-'));
    const role = decodeURIComponent(new URL(hub.readerUrl).username);
    const second = await startHub({ port: 0, readerRole: role, responseCacheMb: 0 }, { ...process.env, DATABASE_URL: hub.adminUrl, DATA_DIR: folder });
    try {
      expect(second.readerUrl).toBe(hub.readerUrl);
      expect(readFileSync(join(folder, `reader-${role}.secret`), 'utf8')).toBe(decodeURIComponent(new URL(hub.readerUrl).password));
      expect(statSync(join(folder, `reader-${role}.secret`)).mode & 0o777).toBe(0o600);
      // the first hub still opens new connections (more at once than its idle ones)
      const answers = await Promise.all(Array.from({ length: 20 }, () => hub.data<{ documents: unknown[] }>('{ documents { id } }')));
      expect(new Set(answers.map((a) => a.documents.length))).toEqual(new Set([5]));
    } finally {
      await second.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('statement_timeout is set on its connections', async () => {
    const { rows } = await reader.query('show statement_timeout');
    expect(rows[0].statement_timeout).toBe('5s');
  });

  test('the database is UTF-8 with a UTF-8 collation, so Korean sorts and compares correctly', async () => {
    const { rows } = await reader.query(`select pg_encoding_to_char(encoding) as enc, datcollate, datctype from pg_database where datname = current_database()`);
    expect(rows[0]).toEqual({ enc: 'UTF8', datcollate: 'C.UTF-8', datctype: 'C.UTF-8' });
    const sorted = await reader.query(`select name from organisation where name in ('혁신담당관', '기획조정실', '소통협력관') order by name`);
    expect(sorted.rows.map((r) => r.name)).toEqual(['기획조정실', '소통협력관', '혁신담당관']);
  });
});

describe('HTTP surface', () => {
  test('/health reports the database reachable', async () => {
    const res = await fetch(hub.url.replace(/graphql$/, 'health'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'reachable' });
  });

  test('a browser opening /graphql gets GraphiQL served from the project, no CDN', async () => {
    const page = await fetch(hub.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<div id="graphiql">');
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual([
      '/graphiql-assets/graphiql.min.css', '/graphiql-assets/react.production.min.js',
      '/graphiql-assets/react-dom.production.min.js', '/graphiql-assets/graphiql.min.js', '/graphiql-assets/start.js',
    ]);
    expect(html).not.toMatch(/https?:\/\//);
    for (const src of sources) {
      const asset = await fetch(new URL(src, hub.url));
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(src.endsWith('start.js') ? 100 : 1000);
    }
  });
});

describe('hostile requests fail closed: a 400 with a plain message, never a 500, a stack or a hang', () => {
  const expect400 = async (query: string, message: string | RegExp, variables?: Record<string, unknown>) => {
    const res = await hub.gql(query, variables as any);
    expect(res.status).toBe(400);
    expect(res.body.errors![0].message).toMatch(typeof message === 'string' ? new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) : message);
    expect(JSON.stringify(res.body)).not.toMatch(/at \w+ \(|node_modules|Internal server error/);
    return res;
  };

  test('circular fragments are a validation error', async () => {
    await expect400('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }', 'Cannot spread fragment "A" within itself via "B".');
  });

  test('a 5,000-level selection and a huge document stop at the parser', async () => {
    await expect400(`{ ${'node(id: "x") { ... on Organisation { parent { '.repeat(2500)}name${' } } }'.repeat(2500)} }`, /^Syntax Error: Document contains more that 5000 tokens/);
  });

  test('nested fragment spreads cost one walk per fragment, not one per path', async () => {
    // 25 fragments each spreading the next twice: 2^25 paths for a depth rule that re-walks them
    const fragments = Array.from({ length: 25 }, (_, i) => `fragment F${i} on Organisation { name ${i < 24 ? `parent { ...F${i + 1} } children { ...F${i + 1} }` : ''} }`).join(' ');
    const res = await hub.gql(`{ organisations(first: 1) { nodes { ...F0 } } } ${fragments}`);
    expect(res.status).toBe(400);
    expect(res.body.errors![0].message).toBe("'' exceeds maximum operation depth of 12");
  }, 10_000);

  test('NUL characters and lone surrogates are bad input, in literals and in variables', async () => {
    await expect400('{ programs(filter: { search: "a\\u0000b" }) { totalCount } }', 'A string argument contains a NUL character: refused as bad input.');
    await expect400('query($s: String) { programs(filter: { search: $s }) { totalCount } }', 'variables.s contains a NUL character: refused as bad input.', { s: 'a\u0000b' });
    await expect400('query($s: String) { programs(filter: { search: $s }) { totalCount } }', 'variables.s contains a lone surrogate: refused as bad input.', { s: 'a\uD800b' });
    await expect400('{ node(id: "\\uDC00") { id } }', /^Syntax Error: Invalid Unicode escape sequence/);
  });

  test('mutations and subscriptions are refused: the API is read-only', async () => {
    await expect400('mutation { __typename }', 'This API is read-only: only queries run here, not a mutation.');
    await expect400('subscription { __typename }', 'This API is read-only: only queries run here, not a subscription.');
  });

  test('aliases are bounded, introspection included, and introspection is costed', async () => {
    const aliased = Array.from({ length: 101 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ');
    await expect400(`{ ${aliased} }`, 'Too many aliases: at most 100 per request.');
    const budget = Array.from({ length: 100 }, (_, i) => `b${i}: budgetSummary(groupBy: [YEAR]) { year }`).join(' ');
    const res = await hub.gql(`{ ${budget} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ message: 'A request may run at most 50 SQL statements (one per root field): split it into smaller requests.', extensions: { code: 'TOO_MANY_STATEMENTS', maxStatements: 50 } }]);
    expect(res.body.extensions.cost.sqlStatements).toBe(0);
    // GraphiQL's own introspection query stays cheap
    const { getIntrospectionQuery } = await import('graphql');
    const introspection = await hub.gql(getIntrospectionQuery());
    expect(introspection.status).toBe(200);
    expect(introspection.body.extensions.cost.estimated).toBeLessThan(MAX_QUERY_COST / 10);
  });

  test('a query the estimator cannot cost does not run', async () => {
    // a negative page size on a sibling makes graphql-query-complexity throw: refused, not run unbounded
    const res = await hub.gql('{ a: programs(first: -1) { totalCount } b: organisations(first: 1000) { nodes { programs(first: 1000) { nodes { indicators { values { year } } } } } } }');
    expect(res.status).toBe(400);
    expect(res.body.extensions.cost.sqlStatements).toBe(0);
  });
});

describe('a request timeout and a client that hangs up stop the work in PostgreSQL', () => {
  const TIMEOUT_MS = 2500;
  let quick: TestHub;
  let admin: Client;
  let monitor: Client; // outside the lock's transaction, whose statistics snapshot would not change
  beforeAll(async () => {
    quick = await startTestHub('deadline', { env: { REQUEST_TIMEOUT_MS: String(TIMEOUT_MS) } });
    admin = new Client({ connectionString: quick.adminUrl });
    monitor = new Client({ connectionString: quick.adminUrl });
    await admin.connect();
    await monitor.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await monitor?.end();
    await quick?.close();
  });
  const reader = () => decodeURIComponent(new URL(quick.readerUrl).username);
  /** Statements of this hub's reader waiting for the lock the test holds. */
  const waiting = async () => {
    const { rows } = await monitor.query(
      "select count(*)::int as n from pg_stat_activity where usename = $1 and datname = current_database() and state = 'active' and wait_event_type = 'Lock'", [reader()],
    );
    return rows[0].n as number;
  };
  const settle = async (want: number) => {
    for (let i = 0; i < 40 && (await waiting()) !== want; i++) await new Promise((r) => setTimeout(r, 50));
    return waiting();
  };
  // a statement that cannot finish: the program table is locked by the test's open transaction
  const holdLock = () => admin.query('begin; lock table program in access exclusive mode');
  const releaseLock = () => admin.query('rollback');

  test('past REQUEST_TIMEOUT_MS: 504 REQUEST_TIMEOUT, and the statement is cancelled, not left running', async () => {
    await holdLock();
    try {
      const started = Date.now();
      const answer = quick.gql('{ programs(first: 1) { nodes { id } } }');
      expect(await settle(1)).toBe(1); // running, waiting for the lock
      const res = await answer;
      expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 1500);
      expect(res.status).toBe(504);
      expect(res.body.errors).toEqual([{
        message: 'The request took longer than 2.5 s and was stopped: ask for less (a smaller first, fewer fields), or retry later.',
        path: ['programs'], extensions: { code: 'REQUEST_TIMEOUT', timeoutMs: 2500 },
      }]);
      expect(await settle(0)).toBe(0);
    } finally {
      await releaseLock();
    }
    expect((await quick.data('{ programs(first: 1) { totalCount } }')).programs.totalCount).toBeGreaterThan(0);
  });

  test('a client that hangs up: its statement is cancelled in PostgreSQL at once, long before the timeout', async () => {
    await holdLock();
    try {
      const controller = new AbortController();
      const started = Date.now();
      const request = fetch(quick.url, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ programs(first: 1) { nodes { id } } }' }), signal: controller.signal,
      }).catch((err: Error) => err);
      expect(await settle(1)).toBe(1); // running, waiting for the lock
      controller.abort();
      expect(await request).toMatchObject({ name: 'AbortError' });
      expect(await settle(0)).toBe(0);
      expect(Date.now() - started).toBeLessThan(TIMEOUT_MS); // stopped by the hang-up, not by the deadline
    } finally {
      await releaseLock();
    }
  });
});

describe('a connection that dies while a request holds it', () => {
  // pg's pool stops listening for a client's errors while it is checked out; a server killed in the
  // moment between a statement's end and the release made that connection emit an 'error' no one
  // heard, which ended the hub (seen once in the PostgreSQL-killed lifecycle test). Here the error
  // comes exactly then: the request still gets its answer, and the connection is not used again.
  test('does not reach the process: the answer stands, and the pool drops that connection', async () => {
    const pool = hub.pool as unknown as { connect: () => Promise<any>; _clients: unknown[] };
    const connect = pool.connect;
    let held: any;
    pool.connect = async function (this: unknown) {
      const client = await connect.call(pool);
      const query = client.query;
      client.query = (...args: unknown[]) => query.apply(client, args).then((result: unknown) => {
        client.emit('error', Object.assign(new Error('terminating connection due to unexpected postmaster exit'), { code: '57P01' }));
        return result;
      });
      held = client;
      return client;
    };
    try {
      const res = await hub.gql<{ documents: { id: string }[] }, Record<string, never>>('{ documents { id } }');
      expect({ status: res.status, documents: res.body.data?.documents?.length, errors: res.body.errors }).toEqual({ status: 200, documents: 5, errors: undefined });
    } finally {
      pool.connect = connect;
    }
    delete held.query; // its own method again, for the pool's end
    expect(pool._clients).not.toContain(held);
  });
});
