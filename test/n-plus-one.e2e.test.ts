// The N+1 guard: deep queries issue a fixed number of SQL statements, however much data
// there is. Load the seeds, count; load ten generated copies more, count again.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { openOrm } from '../src/db/orm';
import { loadSeeds } from '../src/seeds/load-seeds';
import {
  DeepAggregatesDocument, DeepConnectionsDocument, DeepGraphDocument, OrganisationWalkDocument, ProgramAcrossYearsDocument,
} from './generated/graphql';
import { copyOfRealSeeds, multiplySeeds } from './support/seed-dirs';
import { startTestHub, type TestHub } from './support/test-hub';

let hub: TestHub;
beforeAll(async () => { hub = await startTestHub('nplus1'); });
afterAll(async () => { await hub?.close(); });

// One statement per relation level, not per parent; each count is spelled out beside it.
const operations: [string, TypedDocumentNode<any, any>, Record<string, unknown>, number][] = [
  // years, their programs, indicators, values (4); the organisations page and its count, child
  // snapshots, children, their programs, budgets (6)
  ['DeepGraph (years → programs → indicators → values; organisations → children → programs → budgets)', DeepGraphDocument, {}, 10],
  // the node (1); the unit's years, parent and child snapshots, staffing, budgets, committees,
  // people (their roles, then the persons: 2), posts and findings (10); the staffing's documents,
  // the parent and the children (3); the children's staffing and programs (2)
  ['OrganisationWalk', OrganisationWalkDocument, { id: 'org:기획조정실' }, 16],
  // the programs page and its count (2); their organisations, documents, budgets and indicators (4); values (1)
  ['ProgramAcrossYears', ProgramAcrossYearsDocument, { search: '정보' }, 7],
  // organisations page and count (2); every unit's programs, strategies, committees and findings,
  // one statement each (4); the programs' indicators and values (2); the strategies' programs (1);
  // years (1), their programs (1) and one for hasIndicators (1), the programs' organisations (1),
  // the years' strategies (1)
  ['DeepConnections (paged nested lists: organisations → programs(first: 3, BUDGET_DESC) → indicators → values, … ; years → programs(first: 5, filter))', DeepConnectionsDocument, {}, 14],
  // one statement per aggregate (3); the groups' organisations, strategies and documents, one each (3)
  ['DeepAggregates (programsAggregate, indicatorsAggregate, budgetSummary → organisation, strategy, document)', DeepAggregatesDocument, {}, 6],
];

async function run(doc: TypedDocumentNode<any, any>, variables: Record<string, unknown>) {
  const res = await hub.gql(doc, variables);
  expect(res.body.errors).toBeUndefined();
  return { statements: res.body.extensions.cost.sqlStatements as number, size: JSON.stringify(res.body.data).length };
}

test('statement counts stay the same when the data grows tenfold', async () => {
  const before = [];
  for (const [, doc, vars] of operations) before.push(await run(doc, vars));

  const dir = copyOfRealSeeds();
  multiplySeeds(dir, 10);
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
});
