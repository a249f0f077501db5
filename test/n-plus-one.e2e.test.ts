// The N+1 guard: an operation is one SQL statement per root field however much data there is,
// and a nested page is cut per parent inside it. Load the seeds, measure; load a copy of every document
// more (2× the data), measure again.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, print } from 'graphql';
import { withClient } from '../src/db/database';
import { openOrm } from '../src/db/orm';
import { compileOperation } from '../src/graph/executor';
import { hubGraph } from '../src/graph/schema';
import { loadSeeds } from '../src/seeds/load-seeds';
import {
  DeepAggregatesDocument, DeepConnectionsDocument, DeepGraphDocument, OrganisationWalkDocument, ProgramAcrossYearsDocument,
} from './generated/graphql';
import { copyOfRealSeeds, multiplySeeds } from './support/seed-dirs';
import { startTestHub, type TestHub } from './support/test-hub';

let hub: TestHub;
beforeAll(async () => { hub = await startTestHub('nplus1'); });
afterAll(async () => { await hub?.close(); });

// One statement per root field, each count spelled out beside its operation.
const operations: [string, TypedDocumentNode<any, any>, Record<string, unknown>, number][] = [
  ['DeepGraph (years → programs → indicators → values; organisations → children → programs → budgets)', DeepGraphDocument, {}, 2],
  ['OrganisationWalk', OrganisationWalkDocument, { id: 'org:기획조정실' }, 1],
  ['ProgramAcrossYears', ProgramAcrossYearsDocument, { search: '정보' }, 1],
  ['DeepConnections (organisations → programs(first: 3) …, strategies(first: 2) → programs(first: 2); years → programs(first: 5, filter))', DeepConnectionsDocument, {}, 2],
  ['DeepAggregates (three aggregates → organisation, strategy, document)', DeepAggregatesDocument, {}, 3],
];

async function run(doc: TypedDocumentNode<any, any>, variables: Record<string, unknown>) {
  const res = await hub.gql(doc, variables);
  expect(res.body.errors).toBeUndefined();
  return { statements: res.body.extensions.cost.sqlStatements as number, size: JSON.stringify(res.body.data).length, data: res.body.data };
}

/** The statements the hub runs for an operation (one per root field), executed under EXPLAIN ANALYZE. */
async function plans(doc: TypedDocumentNode<any, any>, variables: Record<string, unknown>): Promise<PlanNode[]> {
  const { schema, compiler } = await hubGraph();
  const roots = compileOperation(schema, compiler, doc, getOperationAST(doc)!, variables);
  if (!Array.isArray(roots)) throw new Error('the operation does not compile to statements');
  return withClient(hub.adminUrl, async (c) => Promise.all(roots.map(async ({ statement }) => {
    const { rows } = await c.query(`explain (analyze, format json) ${statement!.text}`, statement!.values);
    return rows[0]['QUERY PLAN'][0].Plan as PlanNode;
  })));
}

interface PlanNode { 'Node Type': string; 'Relation Name'?: string; 'Actual Rows': number; 'Actual Loops': number; Plans?: PlanNode[] }

function* walk(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.Plans ?? []) yield* walk(child);
}

/** Limit nodes over a scan of `table` that run once per parent: their rows per run. */
function perParentLimits(roots: PlanNode[], table: string) {
  return roots.flatMap((root) => [...walk(root)])
    .filter((n) => n['Node Type'] === 'Limit' && n['Actual Loops'] > 1 && [...walk(n)].some((m) => m['Relation Name'] === table))
    .map((n) => ({ loops: n['Actual Loops'], rowsPerLoop: n['Actual Rows'] }));
}

/** Every nested page of DeepConnections holds at most its `first` rows. */
function pageSizes(data: any) {
  const pages: [number, number][] = [];
  for (const org of data.organisations.nodes) {
    pages.push([org.programs.nodes.length, 3], [org.strategies.nodes.length, 2], [org.committees.nodes.length, 2], [org.auditFindings.nodes.length, 2]);
    for (const s of org.strategies.nodes) pages.push([s.programs.nodes.length, 2]);
  }
  for (const y of data.years) pages.push([y.programs.nodes.length, 5], [y.strategies.nodes.length, 5]);
  return pages;
}

test('one statement per root field, and nested pages cut per parent in SQL, at 1× and 2× the data', async () => {
  const before = [];
  for (const [, doc, vars] of operations) before.push(await run(doc, vars));
  const programsPlanBefore = perParentLimits(await plans(DeepConnectionsDocument, {}), 'program');

  const dir = copyOfRealSeeds();
  multiplySeeds(dir, 1);
  const admin = await openOrm(hub.adminUrl);
  try {
    await loadSeeds(admin, dir);
  } finally {
    await admin.close();
  }

  const after = [];
  for (const [, doc, vars] of operations) after.push(await run(doc, vars));
  for (let i = 0; i < operations.length; i++) {
    const [operation, , , expected] = operations[i];
    expect({ operation, before: before[i].statements, after: after[i].statements }).toEqual({ operation, before: expected, after: expected });
    expect(after[i].size).toBeGreaterThan(before[i].size); // the copies really were read
  }

  // Rows the hub receives: each parent's page, never more than its first.
  const deep = after[3].data;
  for (const [rows, first] of pageSizes(deep)) expect(rows).toBeLessThanOrEqual(first);
  expect(deep.organisations.nodes.some((o: any) => o.programs.totalCount > 3 && o.programs.nodes.length === 3 && o.programs.pageInfo.hasNextPage)).toBe(true);

  // Rows PostgreSQL passes up per parent: the page and one more (hasNextPage), from a limit run once per parent.
  const programsPlanAfter = perParentLimits(await plans(DeepConnectionsDocument, {}), 'program');
  expect(programsPlanAfter.length).toBeGreaterThan(0);
  // (the largest first in DeepConnections is 5) while each parent now has twice the programs
  for (const { rowsPerLoop } of [...programsPlanBefore, ...programsPlanAfter]) expect(rowsPerLoop).toBeLessThanOrEqual(6);
  const most = (data: any) => Math.max(...data.organisations.nodes.map((o: any) => o.programs.totalCount));
  expect(most(deep)).toBe(2 * most(before[3].data));
});

test('the walk and the dashboard read as one statement whatever their selection', async () => {
  const res = await hub.gql(print(OrganisationWalkDocument), { id: 'org:기획조정실', year: 2019 });
  expect(res.body.errors).toBeUndefined();
  expect(res.body.extensions.cost.sqlStatements).toBe(1);
});
