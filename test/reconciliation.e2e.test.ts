// Printed totals against the loaded rows, through the API. Every total must add up except
// the discrepancies the documents themselves contain (listed in seeds/README.md): a new
// mismatch means an extraction slip, a vanished one means a discrepancy was "fixed".
import { sharedHub } from './support/hub-client';

const hub = sharedHub();

/** document, line, printed, computed: each checked by hand against the document. */
const KNOWN_DISCREPANCIES = [
  // 000 line 34 (title) and 38 (합계 row): 현원 printed 167; the unit rows add to 166
  ['plan-2019-planning-coordination', 34, 167, 166],
  ['plan-2019-planning-coordination', 38, 167, 166],
  // 000 line 38: 합계 정원 170; its grade cells add to 171
  ['plan-2019-planning-coordination', 38, 170, 171],
  // 000 line 39: 정책기획관 27/26; its grade cells add to 28/27 (the 공무위원 column)
  ['plan-2019-planning-coordination', 39, 27, 28],
  ['plan-2019-planning-coordination', 39, 26, 27],
  // 000 line 55: 2019 계 788,737; the unit rows and the 내역 columns both add to 788,818
  ['plan-2019-planning-coordination', 55, 788737, 788818],
  ['plan-2019-planning-coordination', 55, 788737, 788818],
  // 000 line 728: "00개 시책" and a blank 사업비 계 (placeholders); 5 programs, 8,375
  ['plan-2019-planning-coordination', 728, null, 5],
  ['plan-2019-planning-coordination', 728, null, 8375],
  // 000 line 741: 사업비 계 13,646; the six programs of strategies 10 and 11 add to 14,342
  ['plan-2019-planning-coordination', 741, 13646, 14342],
];

test('every printed total adds up, except the documents\' own discrepancies', async () => {
  const res: { body: any } = await hub.gql(`{ documents { id totalChecks { label of printed computed matches sourceLine } } }`);
  expect(res.body.errors).toBeUndefined();
  const checks = res.body.data.documents.flatMap((d: any) => d.totalChecks.map((c: any) => ({ document: d.id, ...c })));
  const mismatches = checks.filter((c: any) => !c.matches).map((c: any) => [c.document, c.sourceLine, c.printed, c.computed]);
  const sort = (rows: unknown[][]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  expect(sort(mismatches)).toEqual(sort(KNOWN_DISCREPANCIES));
  // and plenty of totals were checked: staffing, budgets, 사업비 계, 처리현황, quarterly 계 rows
  const perDocument = Object.fromEntries(res.body.data.documents.map((d: any) => [d.id, d.totalChecks.length]));
  expect(perDocument['plan-2019-planning-coordination']).toBeGreaterThan(60);
  expect(perDocument['council-report-2020-communication']).toBeGreaterThan(100);
  expect(perDocument['plan-2018-administration']).toBeGreaterThan(15);
  expect(perDocument['council-transcript-2022-planning-coordination']).toBe(4);
});

test('a total that adds up is served with both figures (002 line 64: 11,815 = 1,751 + 4,814 + 5,011 + 239)', async () => {
  const res: { body: any } = await hub.gql(`{ node(id: "council-report-2020-communication") { ... on SourceDocument { totalChecks { of printed computed matches sourceLine } } } }`);
  const budget = res.body.data.node.totalChecks.filter((c: any) => c.sourceLine === 64 && c.of === 'budget' && c.printed === 11815);
  expect(budget).toEqual([{ of: 'budget', printed: 11815, computed: 11815, matches: true, sourceLine: 64 }]);
});
