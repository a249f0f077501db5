// Flat BI tables (indicatorObservations, budgetFacts) over real HTTP against the seeded
// database, read through the read-only role: whole-table paging, exact rows read from the
// documents (the line beside each), combined filters, and one SQL statement per page.
import { withClient } from '../src/db/database';
import { openOrm } from '../src/db/orm';
import { BiBudgetFactsDocument, BiObservationsDocument, type BiBudgetFactsQuery, type BiObservationsQuery } from './generated/graphql';
import { sharedHub } from './support/hub-client';

const hub = sharedHub();

/** A count straight from the base tables, through the owner connection. */
async function countRows(sql: string): Promise<number> {
  return withClient(hub.adminUrl, async (c) => (await c.query(`select count(*)::int as n from ${sql}`)).rows[0].n);
}

type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string }[] };

/** What a BI connector does: one operation, `$after` set from the previous page until there is no next page. */
async function pullAll(fetchPage: (after: string | null) => Promise<{ page: Page; statements: number }>) {
  const ids: string[] = [];
  const totals = new Set<number>();
  const statements = new Set<number>();
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const { page, statements: n } = await fetchPage(after);
    pages += 1;
    ids.push(...page.nodes.map((r) => r.id));
    totals.add(page.totalCount);
    statements.add(n);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { ids, totals: [...totals], statements: [...statements], pages };
}

async function observations(variables: { first?: number; after?: string | null; filter?: Record<string, unknown> }) {
  const res = await hub.gql(BiObservationsDocument, variables as any);
  expect(res.body.errors).toBeUndefined();
  return { page: res.body.data!.indicatorObservations, statements: res.body.extensions.cost.sqlStatements as number };
}

async function budgetFacts(variables: { first?: number; after?: string | null; filter?: Record<string, unknown> }) {
  const res = await hub.gql(BiBudgetFactsDocument, variables as any);
  expect(res.body.errors).toBeUndefined();
  return { page: res.body.data!.budgetFacts, statements: res.body.extensions.cost.sqlStatements as number };
}

describe('paging through a whole table', () => {
  test('indicatorObservations with first 250 returns every indicator value exactly once', async () => {
    const values = await countRows('indicator_value');
    expect(values).toBeGreaterThan(1000); // more than one page, even at the largest page size
    const { ids, totals, statements, pages } = await pullAll((after) => observations({ first: 250, after }));
    expect(totals).toEqual([values]);
    expect(ids).toHaveLength(values);
    expect(new Set(ids).size).toBe(values);
    expect(pages).toBe(Math.ceil(values / 250));
    expect(statements).toEqual([1]); // the page and its count in one statement, on every page
    // the row ids are the indicator values' ids
    const stored = await withClient(hub.adminUrl, async (c) => (await c.query('select id from indicator_value')).rows.map((r) => r.id));
    expect(new Set(ids)).toEqual(new Set(stored));
  });

  test('budgetFacts with first 250 returns every budget line exactly once', async () => {
    const lines = await countRows('budget_line');
    expect(lines).toBeGreaterThan(250);
    const { ids, totals, statements, pages } = await pullAll((after) => budgetFacts({ first: 250, after }));
    expect(totals).toEqual([lines]);
    expect(ids).toHaveLength(lines);
    expect(new Set(ids).size).toBe(lines);
    expect(pages).toBe(Math.ceil(lines / 250));
    expect(statements).toEqual([1]);
    const stored = await withClient(hub.adminUrl, async (c) => (await c.query('select id from budget_line')).rows.map((r) => r.id));
    expect(new Set(ids)).toEqual(new Set(stored));
  });

  test('the order is stable: the same pages twice, and years ascending', async () => {
    const once = await pullAll((after) => observations({ first: 250, after }));
    const twice = await pullAll((after) => observations({ first: 250, after }));
    expect(twice.ids).toEqual(once.ids);
    const { page } = await observations({ first: 1000 });
    const years = (page as BiObservationsQuery['indicatorObservations']).nodes.map((r) => r.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  test('one SQL statement per page whatever first is, with or without after', async () => {
    const counts: Record<string, number> = {};
    for (const first of [1, 10, 250, 1000]) {
      const obs = await observations({ first });
      counts[`observations first ${first}`] = obs.statements;
      counts[`observations first ${first} after`] = (await observations({ first, after: obs.page.pageInfo.endCursor })).statements;
      const facts = await budgetFacts({ first });
      counts[`budgetFacts first ${first}`] = facts.statements;
      counts[`budgetFacts first ${first} after`] = (await budgetFacts({ first, after: facts.page.pageInfo.endCursor })).statements;
    }
    expect(counts).toEqual(Object.fromEntries(Object.keys(counts).map((k) => [k, 1])));
    expect((await observations({})).page.nodes).toHaveLength(50); // the default page size
  });
});

describe('rows as the documents print them', () => {
  test('000 line 829: 스마트GIS인천 확대 구축 운영, 61 (2018 result), 70, 80 부서', async () => {
    const { page } = await observations({ filter: { search: '스마트GIS인천 확대', documentId: 'plan-2019-planning-coordination' } });
    const indicatorId = "indicator:plan-2019-planning-coordination:Data부자도시'스마트GIS인천':스마트GIS인천확대구축운영";
    const row = (year: number, value: number, kind: 'ACTUAL' | 'TARGET') => ({
      id: `${indicatorId}@${year}`, year, periodStart: `${year}-01-01`, value, rawValue: String(value), unit: '부서', kind,
      indicatorId, indicatorName: '스마트GIS인천 확대 구축 운영',
      // 000 line 737: the program, under strategy 10; its owner is the division whose section it is (line 1819)
      programId: "program:plan-2019-planning-coordination:Data부자도시'스마트GIS인천'", programTitle: "Data 부자도시 '스마트GIS인천'",
      organisationId: 'org:원도심스마트정보담당관', organisationName: '원도심스마트정보담당관', organisationBasis: 'SECTION',
      normalizedUnit: '부서', dimensionName: null, dimension: null,
      strategyId: 'strategy:plan-2019-planning-coordination:10', strategyTitle: '시민과 함께하는 스마트도시 구축',
      documentId: 'plan-2019-planning-coordination', documentTitle: '2019년 주요 업무계획', sourceLine: 829,
    });
    expect(page).toEqual({
      totalCount: 3,
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
      nodes: [row(2018, 61, 'ACTUAL'), row(2019, 70, 'TARGET'), row(2020, 80, 'TARGET')],
    });
  });

  test('002 line 546: 시민과 함께하는 공감시정 구현, 2020 execution plan Q2 101 from 2020-04-01', async () => {
    const programId = 'program:council-report-2020-communication:시민과함께하는공감시정구현';
    const { page } = await budgetFacts({ filter: { programId, year: 2020, phase: 'EXECUTION_PLAN' } });
    const q2 = (page as BiBudgetFactsQuery['budgetFacts']).nodes.find((r) => r.quarter === 2 && r.category === null);
    expect(q2).toEqual({
      id: `budget:council-report-2020-communication:${programId}:2020:EXECUTION_PLAN:2:`,
      fiscalYear: 2020, periodStart: '2020-04-01', millionKrw: 101, amountAsPrinted: 101, unitAsPrinted: '백만원', rawText: '101',
      phase: 'EXECUTION_PLAN', quarter: 2, category: null, ownerType: 'PROGRAM',
      // 002 line 518: the program is 시민정책담당관's
      organisationId: 'org:시민정책담당관', organisationName: '시민정책담당관',
      programId, programTitle: '시민과 함께하는 공감시정 구현', strategyId: null, strategyTitle: null,
      documentId: 'council-report-2020-communication', documentTitle: '제259회 임시회 기획행정위원회 주요업무보고', sourceLine: 546,
    });
    // line 546: 1/4 8, 2/4 101, 3/4 8, 4/4 110, each quarter starting on its first day
    const totals = (page as BiBudgetFactsQuery['budgetFacts']).nodes.filter((r) => r.category === null).map((r) => [r.quarter, r.periodStart, r.millionKrw]);
    expect(totals).toEqual([[1, '2020-01-01', 8], [2, '2020-04-01', 101], [3, '2020-07-01', 8], [4, '2020-10-01', 110]]);
  });

  test('002 line 64: an organisation\'s own line, 소통협력관 계 11,815', async () => {
    const { page } = await budgetFacts({ filter: { organisationId: 'org:소통협력관', documentId: 'council-report-2020-communication' } });
    expect(page.totalCount).toBe(3);
    expect(page.nodes.map((r: any) => [r.ownerType, r.organisationName, r.programId, r.category, r.millionKrw, r.rawText, r.periodStart, r.sourceLine])).toEqual([
      ['ORGANISATION', '소통협력관', null, null, 11815, '11,815', '2020-01-01', 64],
      ['ORGANISATION', '소통협력관', null, '사업예산', 11700, '11,700', '2020-01-01', 64],
      ['ORGANISATION', '소통협력관', null, '행정운영경비', 115, '115', '2020-01-01', 64],
    ]);
  });
});

describe('filters', () => {
  test('search (indicator name or program title, spacing and case ignored), document, year range and kind combined', async () => {
    const { page } = await observations({
      filter: { search: '스마트 gis', documentId: 'plan-2019-planning-coordination', yearFrom: 2019, yearTo: 2020, kind: 'TARGET' },
    });
    // 000 lines 829–830 (the program 'Data 부자도시 스마트GIS인천') and 1917, 1929 (the detail pages under “스마트 GIS 인천”)
    expect(page.totalCount).toBe(7);
    expect(page.nodes.map((r: any) => [r.year, r.indicatorName, r.rawValue, r.sourceLine])).toEqual([
      [2019, '스마트GIS인천 확대 구축 운영', '70', 829],
      [2019, 'KISTI 업무협약 추진', '60%', 830],
      [2019, 'GIS플랫폼 협업부서', '70개', 1917],
      [2019, '새로운 Map서비스 발굴', '10건이상', 1917],
      [2019, '분석·예측 대상 시민생활안전문제', '4대', 1929],
      [2020, '스마트GIS인천 확대 구축 운영', '80', 829],
      [2020, 'KISTI 업무협약 추진', '100%', 830],
    ]);
  });

  test('year, yearFrom/yearTo and kind count what the base tables hold', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ year: 2019 }, 'indicator_value where year = 2019'],
      [{ yearFrom: 2018, yearTo: 2019, kind: 'ACTUAL' }, "indicator_value where year between 2018 and 2019 and kind = 'ACTUAL'"],
      [{ documentId: 'council-report-2020-communication', yearFrom: 2021 }, "indicator_value where document_id = 'council-report-2020-communication' and year >= 2021"],
    ];
    for (const [filter, sql] of cases) {
      expect({ filter, totalCount: (await observations({ first: 0, filter })).page.totalCount }).toEqual({ filter, totalCount: await countRows(sql) });
    }
    const facts: [Record<string, unknown>, string][] = [
      [{ phase: 'MIDTERM_PLAN', yearFrom: 2023 }, "budget_line where phase = 'MIDTERM_PLAN' and fiscal_year >= 2023"],
      [{ year: 2020, organisationId: 'org:시민정책담당관' }, `budget_line b left join program p on p.id = b.program_id
        where b.fiscal_year = 2020 and coalesce(b.organisation_id, p.organisation_id) = 'org:시민정책담당관'`],
    ];
    for (const [filter, sql] of facts) {
      expect({ filter, totalCount: (await budgetFacts({ first: 0, filter })).page.totalCount }).toEqual({ filter, totalCount: await countRows(sql) });
    }
  });

  test('organisation, search, phase and fiscal year combined: the quarters add up to the printed 227 (002 line 546)', async () => {
    const { page } = await budgetFacts({ filter: { organisationId: 'org:시민정책담당관', search: '공감 시정', phase: 'EXECUTION_PLAN', year: 2020 } });
    expect(page.totalCount).toBe(12); // four quarters of the total (line 546) and eight of its items (lines 547–549)
    const totals = (page as BiBudgetFactsQuery['budgetFacts']).nodes.filter((r) => r.category === null);
    expect(totals.reduce((sum, r) => sum + r.millionKrw, 0)).toBe(227);
    const { page: y2019 } = await budgetFacts({ filter: { search: '시민과 함께하는 공감시정 구현', yearFrom: 2019, yearTo: 2019 } });
    // '19년 column: 183 = 27 + 106 + 50 (lines 546–549)
    expect(y2019.nodes.map((r: any) => [r.phase, r.category, r.millionKrw])).toEqual([
      ['ORIGINAL', null, 183], ['ORIGINAL', '시민정책자문단 운영', 27], ['ORIGINAL', '시민토론회 개최', 106], ['ORIGINAL', '소통협력부서 시민만족도조사', 50],
    ]);
  });
});

test('the schema generator leaves the views alone (npm run migration:create proposes no table for them)', async () => {
  const orm = await openOrm(hub.adminUrl);
  try {
    const sql = await orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(sql).not.toMatch(/indicator_observation|budget_fact/);
  } finally {
    await orm.close();
  }
});
