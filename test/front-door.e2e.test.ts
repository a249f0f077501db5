// A request the hub has answered before (same query text, operation name and variables) is
// answered before Apollo's pipeline (src/graph/front-door.ts). What a client gets must not tell
// the two ways apart: the same status, headers and bytes, the same log line and metrics; and
// anything that is not a plain success, or asks for another media type, still goes through Apollo.
import { startTestHub, type TestHub } from './support/test-hub';

let hub: TestHub;
let base: string;
beforeAll(async () => {
  hub = await startTestHub('front_door');
  base = hub.url.replace(/\/graphql$/u, '');
});
afterAll(async () => { await hub?.close(); });

const SMART_GIS = {
  query: 'query SmartGis($search: String!) { programs(filter: { search: $search }, first: 2) { totalCount nodes { id year title } } }',
  operationName: 'SmartGis',
  variables: { search: '스마트GIS' },
};

async function metric(name: string, labels = ''): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(labels ? `${name}{${labels}}` : `${name} `));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

async function send(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const kept = [...res.headers].filter(([name]) => name !== 'date');
  return { status: res.status, headers: kept, text: await res.text() };
}

test('the second identical request is answered before Apollo, byte for byte what Apollo answered', async () => {
  const known = await metric('hub_graphql_known_requests_total');
  const first = await send(SMART_GIS);
  expect(await metric('hub_graphql_known_requests_total')).toBe(known);
  const second = await send(SMART_GIS);
  const third = await send(SMART_GIS, { accept: '*/*' });
  expect(await metric('hub_graphql_known_requests_total')).toBe(known + 2);
  expect(second).toEqual(first);
  expect(third).toEqual(first);
  expect(first.status).toBe(200);
  expect(JSON.parse(first.text)).toEqual({
    data: { programs: { totalCount: 2, nodes: [
      { id: 'program:plan-2018-administration:“스마트GIS인천”추진', year: 2018, title: '“스마트 GIS 인천” 추진' },
      { id: "program:plan-2019-planning-coordination:Data부자도시'스마트GIS인천'", year: 2019, title: "Data 부자도시 '스마트GIS인천'" },
    ] } },
    extensions: { cost: { estimated: 10, sqlStatements: 1 } },
  });
  // counted like Apollo's: three requests of the operation, all ok
  expect(await metric('hub_graphql_requests_total', 'operation="SmartGis",outcome="ok"')).toBe(3);
  expect(await metric('hub_graphql_request_duration_seconds_count', 'operation="SmartGis"')).toBe(3);
});

test('other variables, another operation name or another media type go through Apollo', async () => {
  await send(SMART_GIS);
  const known = await metric('hub_graphql_known_requests_total');
  const other = await send({ ...SMART_GIS, variables: { search: '규제' } });
  expect(JSON.parse(other.text).data.programs.totalCount).toBeGreaterThan(0);
  await send({ query: SMART_GIS.query, variables: SMART_GIS.variables }); // no operation name: a request of its own
  const graphqlResponse = await send(SMART_GIS, { accept: 'application/graphql-response+json' });
  expect(graphqlResponse.headers).toContainEqual(['content-type', 'application/graphql-response+json; charset=utf-8']);
  expect(await metric('hub_graphql_known_requests_total')).toBe(known);
});

test('a refused request never becomes known: the cost limit refuses it every time', async () => {
  const tooBig = { query: '{ organisations(first: 1000) { nodes { programs { nodes { indicators { values { year } } } } } } }' };
  for (let i = 0; i < 2; i++) {
    const res = await send(tooBig);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  }
});

test('an answer with an error goes out through Apollo, formatted as always', async () => {
  // a cursor of another list is refused at its path; the request is never known, so both answers are Apollo's
  const bad = { query: '{ programs(first: 1, after: "bm90LWEtY3Vyc29y") { totalCount } }' };
  const first = await send(bad);
  const second = await send(bad);
  expect(second).toEqual(first);
  expect(JSON.parse(first.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
});

test('a request longer than 16,000 characters is never remembered (a bounded memory), and still answered', async () => {
  const long = { ...SMART_GIS, query: `# ${'padding '.repeat(2100)}\n${SMART_GIS.query}` };
  const known = await metric('hub_graphql_known_requests_total');
  const [first, second] = [await send(long), await send(long)];
  expect(first.status).toBe(200);
  expect(second).toEqual(first);
  expect(await metric('hub_graphql_known_requests_total')).toBe(known);
});
