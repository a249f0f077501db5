// The N+1 guard: deep queries issue a fixed number of SQL statements, however much data
// there is. Load the seeds, count; load ten generated copies more, count again.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { openOrm } from '../src/db/orm';
import { loadSeeds } from '../src/seeds/load-seeds';
import { DeepGraphDocument, OrganisationWalkDocument, ProgramAcrossYearsDocument } from './generated/graphql';
import { copyOfRealSeeds, multiplySeeds } from './support/seed-dirs';
import { startTestHub, type TestHub } from './support/test-hub';

let hub: TestHub;
beforeAll(async () => { hub = await startTestHub('nplus1'); });
afterAll(async () => { await hub?.close(); });

const operations: [string, TypedDocumentNode<any, any>, Record<string, unknown>][] = [
  ['DeepGraph (years → programs → indicators → values; organisations → children → programs → budgets)', DeepGraphDocument, {}],
  ['OrganisationWalk', OrganisationWalkDocument, { id: 'org:기획조정실' }],
  ['ProgramAcrossYears', ProgramAcrossYearsDocument, { search: '정보' }],
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
    expect({ operation: operations[i][0], statements: after[i].statements }).toEqual({ operation: operations[i][0], statements: before[i].statements });
    expect(after[i].size).toBeGreaterThan(before[i].size); // the copies really were read
  }
  // One statement per relation level, not per parent. DeepGraph: years, programs, indicators,
  // values; the organisations page and its count, child snapshots, children, their programs, budgets.
  expect(before.map((b) => b.statements)).toEqual([10, expect.any(Number), expect.any(Number)]);
  expect(Math.max(...before.map((b) => b.statements))).toBeLessThanOrEqual(20); // the walk touches ~16 relations
});
