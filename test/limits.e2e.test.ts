// Limits and safety over real HTTP: depth, cost, malformed requests, masked internal
// errors, the read-only role, statement_timeout, health and the offline GraphiQL.
import { Client } from 'pg';
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
      '/graphiql-assets/react-dom.production.min.js', '/graphiql-assets/graphiql.min.js',
    ]);
    expect(html).not.toMatch(/https?:\/\//);
    for (const src of sources) {
      const asset = await fetch(new URL(src, hub.url));
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });
});
