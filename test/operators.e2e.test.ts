// What operators get: Prometheus metrics at /metrics and a rate limit per client address.
import { startTestHub, type TestHub } from './support/test-hub';

let hub: TestHub;
let base: string;
beforeAll(async () => {
  hub = await startTestHub('operators', { rateLimitPerMinute: 30, responseCacheMb: 8 });
  base = hub.url.replace(/\/graphql$/u, '');
});
afterAll(async () => { await hub?.close(); });

const metricValue = (text: string, name: string, labels: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}}`));
  return line ? Number(line.split(' ').at(-1)) : undefined;
};

test('/metrics in the Prometheus format: requests by operation and outcome, latency, SQL statements, pool, cache, event loop', async () => {
  await hub.post(JSON.stringify({ query: 'query Docs { documents { id } }', operationName: 'Docs' }));
  await hub.post(JSON.stringify({ query: 'query Docs { documents { id } }', operationName: 'Docs' })); // the cache answers the second
  await hub.post(JSON.stringify({ query: 'query Bad { nope }', operationName: 'Bad' }));
  const res = await fetch(`${base}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/u);
  const text = await res.text();
  expect(metricValue(text, 'hub_graphql_requests_total', 'operation="Docs",outcome="ok"')).toBe(2);
  expect(metricValue(text, 'hub_graphql_requests_total', 'operation="Bad",outcome="client_error"')).toBe(1);
  expect(metricValue(text, 'hub_graphql_request_duration_seconds_count', 'operation="Docs"')).toBe(2);
  expect(metricValue(text, 'hub_response_cache_lookups', 'result="hit"')).toBe(1);
  expect(text).toMatch(/^hub_sql_statements_per_request_count \d+$/mu);
  const { hostname, port, pathname } = new URL(hub.readerUrl);
  expect(metricValue(text, 'hub_db_pool_connections', `database="${hostname}:${port}${pathname}",state="total"`)).toBeGreaterThan(0);
  expect(text).toMatch(/^hub_nodejs_eventloop_lag_seconds \d/mu);
});

test('over the limit, one address gets 429 with Retry-After and a GraphQL error body; /metrics and /health are not limited', async () => {
  const statuses: number[] = [];
  let last: Response | undefined;
  for (let i = 0; i < 35; i++) {
    last = await fetch(`${hub.url}?query=${encodeURIComponent('{ documents { id } }')}`);
    statuses.push(last.status);
  }
  // 30 a minute: the earlier tests of this file used 3 of them
  expect(statuses.filter((s) => s === 200)).toHaveLength(27);
  expect(statuses.slice(27)).toEqual([429, 429, 429, 429, 429, 429, 429, 429]);
  const retryAfter = Number(last!.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(await last!.json()).toEqual({ errors: [{
    message: `Too many requests: at most 30 a minute from one address. Retry after ${retryAfter} s.`,
    extensions: { code: 'RATE_LIMITED', limitPerMinute: 30, retryAfterSeconds: retryAfter },
  }] });
  expect((await fetch(`${base}/metrics`)).status).toBe(200);
  expect((await fetch(`${base}/health`)).status).toBe(200);
});

test('security headers on every answer; the GraphiQL page runs no inline script', async () => {
  for (const path of ['/graphql?query=%7B__typename%7D', '/dashboard', '/export/programs.csv?year=2022', '/health']) {
    const res = await fetch(`${base}${path}`);
    expect([path, res.headers.get('x-content-type-options'), res.headers.get('x-frame-options')]).toEqual([path, 'nosniff', 'SAMEORIGIN']);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  }
  const page = await (await fetch(hub.url, { headers: { accept: 'text/html' } })).text();
  expect(page).not.toMatch(/<script>/u);
});

describe('NODE_ENV=production', () => {
  let production: TestHub;
  beforeAll(async () => { production = await startTestHub('production', { env: { NODE_ENV: 'production' } }); });
  afterAll(async () => { await production?.close(); });

  test('turns off introspection, GraphiQL and field suggestions; queries still run', async () => {
    const introspection = await production.gql('{ __schema { queryType { name } } }');
    expect(introspection.status).toBe(400);
    expect(introspection.body.errors![0].message).toMatch(/introspection is not allowed/iu);
    const typo = await production.gql('{ documnets { id } }');
    expect(typo.status).toBe(400);
    expect(typo.body.errors![0].message).not.toMatch(/Did you mean/u);
    const page = await fetch(production.url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).not.toMatch(/text\/html/u);
    expect((await fetch(production.url.replace(/graphql$/u, 'graphiql-assets/start.js'))).status).toBe(404);
    expect((await production.data('{ documents { id } }')).documents).toHaveLength(5);
  });
});
