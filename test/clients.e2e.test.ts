// The hub as its clients use it, over real HTTP: CORS, plain GET, GraphQL over HTTP status
// codes, HTTP caching (304 before anything runs) and compression, the catalogue of named
// operations, the CSV exports (read back with a CSV parser), Apollo Client (normalised cache,
// fetchMore with the type policies in docs/clients), BI filters and the changes between years.
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { parse as parseCsv } from 'csv-parse/sync';
import { filter, firstValueFrom } from 'rxjs';
import { hubTypePolicies } from '../docs/clients/apollo-type-policies';
import { startTestHub, type TestHub } from './support/test-hub';

let hub: TestHub;
let base: string;
beforeAll(async () => {
  hub = await startTestHub('clients');
  base = hub.url.replace(/\/graphql$/u, '');
});
afterAll(async () => { await hub?.close(); });

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });
const q = (query: string) => `/graphql?query=${encodeURIComponent(query)}`;

/** SQL statements the hub sends while `work` runs (every read goes through the API pool's query). */
async function statementsDuring(work: () => Promise<unknown>): Promise<number> {
  const pool = hub.pool as unknown as { query: (...args: unknown[]) => unknown };
  const query = pool.query;
  let count = 0;
  pool.query = function (this: unknown, ...args: unknown[]) { count += 1; return query.apply(this, args); };
  try {
    await work();
  } finally {
    pool.query = query;
  }
  return count;
}

describe('CORS', () => {
  test('a preflight from any origin is answered 204, never with credentials', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://dashboards.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(res.status).toBe(204);
    expect(Object.fromEntries(['access-control-allow-origin', 'access-control-allow-methods', 'access-control-allow-headers', 'access-control-max-age', 'access-control-allow-credentials']
      .map((h) => [h, res.headers.get(h)]))).toEqual({
      'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET,HEAD,POST,OPTIONS', 'access-control-allow-headers': 'content-type',
      'access-control-max-age': '86400', 'access-control-allow-credentials': null,
    });
  });

  test('answers, exports and the catalogue carry Access-Control-Allow-Origin and expose ETag', async () => {
    for (const path of [q('{ documents { id } }'), '/operations', '/export/programs.csv?year=2022']) {
      const res = await get(path, { origin: 'https://dashboards.example' });
      expect([path, res.status, res.headers.get('access-control-allow-origin')]).toEqual([path, 200, '*']);
      expect(res.headers.get('access-control-expose-headers')).toContain('ETag');
    }
  });
});

describe('GraphQL over HTTP', () => {
  test('a plain GET needs no special header (the curl of the README)', async () => {
    const res = await get(q('{documents{id}}'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await res.json()).data.documents.map((d: any) => d.id)).toEqual([
      'plan-2018-administration', 'plan-2019-planning-coordination', 'council-report-2020-communication', 'midterm-finance-2021-2025',
      'council-transcript-2022-planning-coordination',
    ]);
  });

  test('application/graphql-response+json: a request that cannot run is a 400 without data; application/json keeps its 200', async () => {
    const body = JSON.stringify({ query: '{ programs(first: 1001) { totalCount } }' });
    const modern = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body });
    expect(modern.status).toBe(400);
    expect(modern.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    const answer = await modern.json();
    expect(answer).not.toHaveProperty('data');
    expect(answer.errors).toEqual([{ message: 'first must be between 0 and 1000; got 1001', extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' } }]);
    const legacy = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body });
    expect(legacy.status).toBe(200);
    expect((await legacy.json()).data).toBeNull();
    // a cursor of another list, by GET
    const cursor = await get(q('{ programs(after: "bm9wZQ") { totalCount } }'), { accept: 'application/graphql-response+json' });
    expect(cursor.status).toBe(400);
    expect((await cursor.json()).errors[0]).toMatchObject({ message: 'after is not a cursor of this list', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('HTTP caching and compression', () => {
  test('a conditional GET with the ETag is a 304 before anything runs; another request or a new data version is a new ETag', async () => {
    const path = q('{ programs(filter: { year: 2018 }) { totalCount } }');
    const first = await get(path);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"v\d+-[\w-]{27}"$/u);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate');
    expect(await first.json()).toMatchObject({ data: { programs: { totalCount: 27 } } });
    let revalidated: Response | undefined;
    // one statement: the data version; the query itself does not run
    expect(await statementsDuring(async () => { revalidated = await get(path, { 'if-none-match': etag }); })).toBe(1);
    expect(revalidated!.status).toBe(304);
    expect(revalidated!.headers.get('etag')).toBe(etag);
    expect(await get(path, { 'if-none-match': '"v0-stale"' }).then((r) => r.status)).toBe(200);
    expect((await get(q('{ programs(filter: { year: 2019 }) { totalCount } }'))).headers.get('etag')).not.toBe(etag);
    // a seed load raises the data version: the old ETag no longer matches
    const admin = new (await import('pg')).Client({ connectionString: hub.adminUrl });
    await admin.connect();
    try {
      await admin.query('update data_version set version = version + 1 where id = 1');
      const after = await get(path, { 'if-none-match': etag });
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).not.toBe(etag);
    } finally {
      await admin.end();
    }
  });

  test('errors are not cached; POST answers are not cacheable', async () => {
    const bad = await get(q('{ nope }'));
    expect(bad.status).toBe(400);
    expect([bad.headers.get('etag'), bad.headers.get('cache-control')]).toEqual([null, 'no-store']);
    const posted = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ documents { id } }' }) });
    expect(posted.headers.get('cache-control')).toBe('no-store');
  });

  test('gzip and brotli as the client accepts, with Vary', async () => {
    const path = q('{ budgetFacts(first: 1000) { nodes { id rawText organisationName } } }');
    const plain = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'identity' } });
    const text = await plain.text();
    expect(plain.headers.get('content-encoding')).toBeNull();
    for (const [encoding, decode] of [['gzip', gunzipSync], ['br', brotliDecompressSync]] as const) {
      // node's fetch would decode for us: read the raw bytes with an explicit Accept-Encoding through http
      const raw = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        const { request } = require('node:http') as typeof import('node:http');
        request(`${base}${path}`, { headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) })).on('error', reject);
        }).end();
      });
      expect(raw.headers['content-encoding']).toBe(encoding);
      expect(String(raw.headers.vary)).toContain('Accept-Encoding');
      expect(decode(raw.body).toString('utf8')).toBe(text);
      expect(raw.body.length).toBeLessThan(text.length / 4);
    }
  });
});

describe('the catalogue of named operations', () => {
  const SAMPLE_VARIABLES: Record<string, Record<string, string>> = {
    IndicatorPage: { first: '5' },
    ProgramAcrossYears: { search: '스마트GIS' },
    IndicatorTimeline: { key: 'indicatorSeries:smart-gis-partner-departments' },
    OrganisationWalk: { id: 'org:기획조정실' },
  };

  test('GET /operations lists every query of schema/operations with its variables; each runs by GET as it does by POST', async () => {
    const { operations, exports } = await (await get('/operations')).json();
    expect(operations.map((o: any) => o.name).sort()).toEqual([
      'BiBudgetFacts', 'BiObservations', 'DashboardBudgetSummary', 'DeepAggregates', 'DeepConnections', 'DeepGraph', 'IndicatorPage',
      'IndicatorTimeline', 'OrganisationWalk',
      'ProgramAcrossYears', 'ProgramTable',
    ]);
    expect(operations.find((o: any) => o.name === 'ProgramAcrossYears')).toMatchObject({
      file: 'schema/operations/dashboard-program-across-years.graphql',
      variables: [{ name: 'search', type: 'String!', required: true, defaultValue: null }],
      url: `${base}/operations/ProgramAcrossYears`, csv: null,
    });
    expect(exports.map((e: any) => e.url)).toEqual([`${base}/export/indicator-observations.csv`, `${base}/export/budget-facts.csv`, `${base}/export/programs.csv`]);
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    for (const op of operations) {
      const params = new URLSearchParams(SAMPLE_VARIABLES[op.name] ?? {});
      const res = await get(`/operations/${op.name}?${params}`);
      const body = await res.json();
      expect([op.name, res.status, body.errors]).toEqual([op.name, 200, undefined]);
      // the same answer as POST /graphql with the file's text
      const source = readFileSync(join(__dirname, '..', op.file), 'utf8');
      const variables = Object.fromEntries(op.variables.filter((v: any) => params.has(v.name))
        .map((v: any) => [v.name, v.type.startsWith('Int') ? Number(params.get(v.name)) : params.get(v.name)]));
      const posted = await hub.post(JSON.stringify({ query: source, operationName: op.name, variables }));
      expect(body.data).toEqual(posted.body.data);
    }
  });

  test('variables typed from the URL: numbers, enums, input objects (JSON or field by field); errors name the parameter', async () => {
    const byFields = await (await get('/operations/ProgramTable?first=2&filter.year=2019&filter.status=NEW&orderBy=TITLE_ASC')).json();
    const byJson = await (await get(`/operations/ProgramTable?first=2&filter=${encodeURIComponent('{"year":2019,"status":"NEW"}')}&orderBy=TITLE_ASC`)).json();
    expect(byFields).toEqual(byJson);
    expect(byFields.data.programs.nodes.map((p: any) => [p.year, p.status])).toEqual([[2019, 'NEW'], [2019, 'NEW']]);
    // Power Query's first page sends after= empty: no cursor
    expect(await (await get('/operations/ProgramTable?first=2&filter.year=2019&filter.status=NEW&orderBy=TITLE_ASC&after=')).json()).toEqual(byFields);
    const bad = [
      ['/operations/ProgramTable?first=two', 400, 'first must be a whole number; got "two"'],
      ['/operations/ProgramTable?frist=2', 400, 'unknown parameter frist; accepted: first, after, filter, orderBy, format'],
      ['/operations/ProgramTable?filter.yaer=2019', 400, 'unknown parameter filter.yaer: filter has no field yaer'],
      ['/operations/ProgramAcrossYears', 400, 'Variable "$search" of required type "String!" was not provided.'],
      ['/operations/Nope', 404, 'no operation Nope in the catalogue; GET /operations lists them'],
      ['/operations/ProgramAcrossYears?search=x&format=csv', 400, 'ProgramAcrossYears answers a tree, not a flat list: use JSON'],
    ] as const;
    for (const [path, status, message] of bad) {
      const res = await get(path);
      expect([path, res.status, (await res.json()).errors[0].message]).toEqual([path, status, message]);
    }
  });

  test('a flat list as CSV: a connection\'s nodes, nested objects as columns (organisation.name is organisationName)', async () => {
    const res = await get('/operations/DashboardBudgetSummary?format=csv&filter.year=2020&filter.ownerType=ORGANISATION&filter.phase=ORIGINAL');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await res.arrayBuffer()); // fetch's text() would drop the byte-order mark
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: Record<string, string>[] = parseCsv(bytes, { bom: true, columns: true });
    // 002 lines 64-68: 소통협력관 2020 budget by division
    expect(rows.find((r: any) => r.organisationName === '시민정책담당관')).toMatchObject({ year: '2020', organisationId: 'org:시민정책담당관' });
    expect(Object.keys(rows[0] as object)).toEqual(['year', 'organisationId', 'organisationName', 'count', 'sumMillionKrw', 'avgMillionKrw', 'minMillionKrw', 'maxMillionKrw']);
  });
});

describe('CSV exports', () => {
  const totalOf = async (field: string, filter = '{}') => (await hub.data(`{ ${field}(filter: ${filter}, first: 0) { totalCount } }`))[field].totalCount;

  test.each([
    ['indicator-observations', 'indicatorObservations', 'id'],
    ['budget-facts', 'budgetFacts', 'id'],
    ['programs', 'programs', 'id'],
  ])('/export/%s.csv: every row once, header first, UTF-8 with BOM, in the list\'s order', async (table, field) => {
    const res = await get(`/export/${table}.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename=${table}.csv`);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes, { bom: true, columns: true });
    expect(rows).toHaveLength(await totalOf(field));
    expect(new Set(rows.map((r: any) => r.id)).size).toBe(rows.length);
    // the list's own first page, in its order
    const firstPage = (await hub.data(`{ ${field}(first: 5) { nodes { id } } }`))[field].nodes.map((n: any) => n.id);
    expect(rows.slice(0, 5).map((r: any) => r.id)).toEqual(firstPage);
  });

  test('filters as query parameters, Korean intact', async () => {
    const rows = parseCsv(await (await get('/export/budget-facts.csv?year=2018&organisationId=org:토지정보과')).text(), { bom: true, columns: true });
    expect(rows).toHaveLength(await totalOf('budgetFacts', '{ year: 2018, organisationId: "org:토지정보과" }'));
    // 001 line 296 (and 1057): Smart GIS 2018, 391백만원
    expect(rows.find((r: any) => r.programTitle === '“스마트 GIS 인천” 추진')).toMatchObject({
      fiscalYear: '2018', millionKrw: '391', rawText: '391백만원', organisationName: '토지정보과', sourceLine: '296',
    });
    const bad = await get('/export/budget-facts.csv?yaer=2018');
    expect([bad.status, (await bad.json()).errors[0].message]).toEqual([400, 'unknown parameter yaer; accepted: search, year, yearFrom, yearTo, documentId, organisationId, programId, periodFrom, periodTo, phase']);
    expect((await get('/export/nope.csv')).status).toBe(404);
  });
});

describe('BI filters and flat aggregate rows', () => {
  test('periodFrom / periodTo as ISO dates or epoch milliseconds (Grafana ${__from}/${__to}) select the years they overlap', async () => {
    const iso = await hub.data(`{ budgetFacts(filter: { periodFrom: "2019-06-01", periodTo: "2020-03-31" }, first: 0) { totalCount } }`);
    const epoch = await hub.data(`{ budgetFacts(filter: { periodFrom: "${Date.UTC(2019, 5, 1)}", periodTo: "${Date.UTC(2020, 2, 31)}" }, first: 0) { totalCount } }`);
    const years = await hub.data(`{ budgetFacts(filter: { yearFrom: 2019, yearTo: 2020 }, first: 0) { totalCount } }`);
    expect(iso.budgetFacts.totalCount).toBe(years.budgetFacts.totalCount);
    expect(epoch.budgetFacts.totalCount).toBe(years.budgetFacts.totalCount);
    const obs = await hub.data(`{ a: indicatorObservations(filter: { periodFrom: "2021-01-01" }, first: 0) { totalCount } b: indicatorObservations(filter: { yearFrom: 2021 }, first: 0) { totalCount } }`);
    expect(obs.a.totalCount).toBe(obs.b.totalCount);
    const bad = await hub.gql(`{ budgetFacts(filter: { periodFrom: "last week" }) { totalCount } }`);
    expect(bad.body.errors![0]).toMatchObject({ message: 'periodFrom must be an ISO 8601 date (2019-01-01) or epoch milliseconds; got "last week"', extensions: { code: 'BAD_USER_INPUT' } });
  });

  test('budgetSummary rows carry their keys as flat columns', async () => {
    const { budgetSummary } = await hub.data(`{ budgetSummary(groupBy: [YEAR, ORGANISATION, DOCUMENT], filter: { year: 2018, ownerType: PROGRAM, organisationId: "org:토지정보과" }) {
      year organisationId organisationName strategyId strategyTitle documentId documentTitle sumMillionKrw organisation { name } } }`);
    expect(budgetSummary).toEqual([{
      year: 2018, organisationId: 'org:토지정보과', organisationName: '토지정보과', strategyId: null, strategyTitle: null,
      documentId: 'plan-2018-administration', documentTitle: '2018 주요업무계획', sumMillionKrw: 391, organisation: { name: '토지정보과' },
    }]);
  });
});

describe('Apollo Client', () => {
  const client = () => new ApolloClient({
    link: new HttpLink({ uri: hub.url, fetch }),
    cache: new InMemoryCache({ typePolicies: hubTypePolicies }),
  });

  test('records normalise by id across queries: one cache entry for the Smart GIS program, updated by either query', async () => {
    const apollo = client();
    const id = 'program:plan-2018-administration:“스마트GIS인천”추진';
    await apollo.query({ query: gql`query One($id: ID!) { node(id: $id) { id ... on Program { title } } }`, variables: { id } });
    await apollo.query({ query: gql`{ programs(filter: { search: "스마트 GIS" }) { nodes { id title organisation { id name } } } }` });
    const cache = apollo.cache.extract() as Record<string, any>;
    expect(Object.keys(cache).filter((k) => k.startsWith('Program:'))).toEqual(expect.arrayContaining([`Program:${id}`]));
    expect(cache[`Program:${id}`]).toMatchObject({ id, title: '“스마트 GIS 인천” 추진', organisation: { __ref: 'Organisation:org:토지정보과' } });
    expect(cache['Organisation:org:토지정보과']).toMatchObject({ name: '토지정보과' });
  });

  test('fetchMore pages a list into one, with the shipped type policy', async () => {
    const apollo = client();
    const query = gql`query Page($after: String) { programs(first: 20, after: $after, filter: { year: 2019 }) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
    const watch = apollo.watchQuery({ query });
    const settled = () => firstValueFrom(watch.pipe(filter((r: any) => !r.loading && r.data?.programs)));
    let data: any = (await settled()).data;
    for (let guard = 0; data.programs.pageInfo.hasNextPage && guard < 10; guard++) {
      await watch.fetchMore({ variables: { after: data.programs.pageInfo.endCursor } });
      data = (await settled()).data;
    }
    const { programs } = data;
    expect(programs.nodes).toHaveLength(58);
    expect(new Set(programs.nodes.map((n: any) => n.id)).size).toBe(58);
    expect(programs.pageInfo.hasNextPage).toBe(false);
  });
});
