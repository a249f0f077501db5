// The response cache: a repeated query is answered from memory after one small statement that
// reads the data version; a seed load that changes data raises the version, so the next
// answer is read afresh, never stale.
import { openOrm } from '../src/db/orm';
import { loadSeeds } from '../src/seeds/load-seeds';
import { copyOfRealSeeds, editSeed } from './support/seed-dirs';
import { startTestHub, type TestHub } from './support/test-hub';

let hub: TestHub;
beforeAll(async () => { hub = await startTestHub('cache', { responseCacheMb: 8 }); });
afterAll(async () => { await hub?.close(); });

const QUERY = `query ($id: ID!) { node(id: $id) { ... on SourceDocument { title } } documents { id planYear } }`;
const ask = async (id: string) => {
  const res = await hub.gql<any, { id: string }>(QUERY, { id });
  expect(res.body.errors).toBeUndefined();
  return { data: res.body.data, statements: res.body.extensions.cost.sqlStatements as number };
};

async function load(dir: string) {
  const admin = await openOrm(hub.adminUrl);
  try {
    return await loadSeeds(admin, dir);
  } finally {
    await admin.close();
  }
}

test('a repeated query costs one statement (the data version); other variables are other answers', async () => {
  const first = await ask('plan-2018-administration');
  expect(first.statements).toBe(3); // the version, then one statement per root field
  expect(first.data.node).toEqual({ title: '2018 주요업무계획' });
  const again = await ask('plan-2018-administration');
  expect(again).toEqual({ data: first.data, statements: 1 });
  const other = await ask('plan-2019-planning-coordination');
  expect(other.statements).toBe(3);
  expect(other.data.node).toEqual({ title: '2019년 주요 업무계획' });
});

test('a seed load that changes data is seen at once; one that changes nothing keeps the answers', async () => {
  const before = await ask('plan-2018-administration');
  const dir = copyOfRealSeeds();
  await load(dir); // the same files: nothing changes, the version stays
  expect((await ask('plan-2018-administration')).statements).toBe(1);

  editSeed(dir, 'plan-2018-administration.yaml', (seed) => { seed.document.title = '2018 주요업무계획 (개정)'; });
  await load(dir);
  const after = await ask('plan-2018-administration');
  expect(after.statements).toBe(3);
  expect(after.data.node).toEqual({ title: '2018 주요업무계획 (개정)' });
  expect(after.data.documents).toEqual(before.data.documents);
});
