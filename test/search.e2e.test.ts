// Query.search over real HTTP against the seeded database: exact hits in rank order, with the
// document line each record is printed on beside it (000 = the 2019 plan, 001 = the 2018 plan,
// 002 = the 2020 council report, 003 = the 2022 transcript, 004 = the mid-term finance plan).
import { sharedHub, type GraphQLResponse } from './support/hub-client';

const hub = sharedHub();

const SEARCH = `query Search($text: String!, $types: [EntityType!], $first: Int) {
  search(text: $text, types: $types, first: $first) { type id title year score document { id } }
}`;

interface Hit { type: string; id: string; title: string; year: number | null; score: number; document: { id: string } | null }

const post = (query: string, variables: Record<string, unknown>) => hub.gql<any, Record<string, unknown>>(query, variables);

async function search(text: string, options: { types?: string[]; first?: number } = {}): Promise<Hit[]> {
  const res = await post(SEARCH, { text, ...options });
  expect(res.body.errors).toBeUndefined();
  expect(res.status).toBe(200);
  return res.body.data.search;
}

/** [type, title, year, document id, score]: one line per hit, in rank order. */
const rows = (hits: Hit[]) => hits.map((h) => [h.type, h.title, h.year, h.document?.id ?? null, h.score]);

const PLAN_2018 = 'plan-2018-administration';
const PLAN_2019 = 'plan-2019-planning-coordination';
const REPORT_2020 = 'council-report-2020-communication';
const TRANSCRIPT_2022 = 'council-transcript-2022-planning-coordination';
const MIDTERM = 'midterm-finance-2021-2025';

test('스마트GIS finds the Smart GIS programs of the 2018 and 2019 plans, however they are spaced and quoted', async () => {
  // Every hit contains the term (1) and starts a word with it (word_similarity 6/7 = 0.8571);
  // equal scores go by type (programs before indicators), year and id. One program per plan: each
  // is found by the wording of any of its mentions (001 lines 95, 383, 1044; 000 lines 737, 1821).
  expect(rows(await search('스마트GIS'))).toEqual([
    ['PROGRAM', '“스마트 GIS 인천” 추진', 2018, PLAN_2018, 1.8571], // 001 line 95
    ['PROGRAM', 'Data 부자도시 \'스마트GIS인천\'', 2019, PLAN_2019, 1.8571], // 000 line 737
    ['INDICATOR', '스마트GIS인천 확대 구축 운영', 2019, PLAN_2019, 1.8571], // 000 line 829
  ]);
});

test('a typo (스마트GlS, lower-case L for I) still ranks the Smart GIS records first, by similarity alone', async () => {
  // 4 of the 7 trigrams of `스마트gls` match `스마트gis…`: 0.5714, above the 0.5 threshold; no hit
  // contains the text, so none scores 1 or more. `스마트도시…` names share 3 of 7 (0.43) and stay out.
  expect(rows(await search('스마트GlS'))).toEqual([
    ['PROGRAM', '“스마트 GIS 인천” 추진', 2018, PLAN_2018, 0.5714], // 001 line 95
    ['PROGRAM', 'Data 부자도시 \'스마트GIS인천\'', 2019, PLAN_2019, 0.5714], // 000 line 737
    ['INDICATOR', '스마트GIS인천 확대 구축 운영', 2019, PLAN_2019, 0.5714], // 000 line 829
  ]);
});

test('정책기획관 finds the organisation the 2019 plan prints as `정 책 기 획 관`, spelt any way', async () => {
  // 000 line 39: `정 책 기 획 관	27/26 …` in the staffing table; the unit is one organisation across years
  const expected = [{
    type: 'ORGANISATION', id: 'org:정책기획관', title: '정책기획관', year: null, score: 2, document: null,
    node: { __typename: 'Organisation', name: '정책기획관', aliases: ['정책기획관실'] },
  }];
  const query = `query($text: String!) { search(text: $text) { type id title year score document { id } node { __typename ... on Organisation { name aliases } } } }`;
  for (const text of ['정책기획관', '정 책 기 획 관', '정책기획관'.normalize('NFD')]) {
    const res = await post(query, { text });
    expect({ text, body: res.body.data }).toEqual({ text, body: { search: expected } });
  }
});

test('규제 (two syllables: substring only) finds the regulation programs of every year, and the mid-term plan\'s strategies', async () => {
  // `규제` inside a longer word has no trigram in common with it, so these all score exactly 1.
  expect(rows(await search('규제', { types: ['PROGRAM', 'STRATEGY'] }))).toEqual([
    ['STRATEGY', '불합리한 규제 발굴 및 해소', 2021, MIDTERM, 1], // 004 line 29 (number 18)
    ['STRATEGY', '불합리한 규제 발굴 및 해소', 2021, MIDTERM, 1], // 004 line 77 (number 53)
    // 000 line 623: the strategy item of the taxpayer-rights initiative prints 규제업무 (for 구제업무)
    ['PROGRAM', '납세자 권리보호 및 신속 공정한 구제업무 추진', 2019, PLAN_2019, 1],
    ['PROGRAM', '불합리한 규제 발굴 해소', 2019, PLAN_2019, 1], // 000 lines 622, 716 (총괄표), 1416 (<법무담당관실>)
    ['PROGRAM', '불합리한 규제 발굴 · 해소', 2020, REPORT_2020, 1], // 002 line 1318
  ]);

  // Over every type: names starting with 규제 first (2/3 of its trigrams), then the rest.
  const hits = await search('규제');
  expect(hits).toHaveLength(13);
  expect(rows(hits.slice(0, 8))).toEqual([
    ['INDICATOR', '규제개혁 교육·워크숍', 2019, PLAN_2019, 1.6667], // 000 line 1432
    ['INDICATOR', '규제혁신 과제 발굴 보고회·토론회', 2019, PLAN_2019, 1.6667], // 000 line 1425
    ['COMMITTEE', '규제개혁위원회', 2020, REPORT_2020, 1.6667], // 002 line 84
    ['STRATEGY', '불합리한 규제 발굴 및 해소', 2021, MIDTERM, 1], // 004 line 29
    ['STRATEGY', '불합리한 규제 발굴 및 해소', 2021, MIDTERM, 1], // 004 line 77
    ['PROGRAM', '납세자 권리보호 및 신속 공정한 구제업무 추진', 2019, PLAN_2019, 1], // 000 line 623
    ['PROGRAM', '불합리한 규제 발굴 해소', 2019, PLAN_2019, 1], // 000 line 716
    ['PROGRAM', '불합리한 규제 발굴 · 해소', 2020, REPORT_2020, 1], // 002 line 1318
  ]);

  // All of them: 6 indicators (등록규제 현황 is one, by district: 000 line 1445), two committees
  // (also 행정규제개혁위원회, 000 line 1439), two strategies, three programs.
  const all = await search('규제', { first: 100 });
  const byType: Record<string, number> = {};
  for (const h of all) byType[h.type] = (byType[h.type] ?? 0) + 1;
  expect(byType).toEqual({ INDICATOR: 6, COMMITTEE: 2, STRATEGY: 2, PROGRAM: 3 });
  expect(all.every((h) => h.score >= 1)).toBe(true);
});

test('예산 finds the budget-related records of every kind, in a stable order', async () => {
  expect(rows(await search('예산'))).toEqual([
    ['ORGANISATION', '예산결산특별위원회', null, null, 1.6667], // organisations.yaml: the council's special committee
    ['INDICATOR', '예산 효율집행으로 지역경제 활성화', 2018, PLAN_2018, 1.6667], // 001 line 399
    ['INDICATOR', '예산정책실무협의회', 2019, PLAN_2019, 1.6667], // 000 line 460
    ['COMMITTEE', '예산결산특별위원회', 2019, PLAN_2019, 1.6667], // 000 line 109
    ['AUDIT_FINDING', '예산 성과계획서 목표 설정의 적정성 평가 필요', 2022, TRANSCRIPT_2022, 1.6667], // 003 line 24 (21-4)
    ['INDICATOR', '교육관련 지원 예산', 2019, PLAN_2019, 1.3333], // 000 line 851
    ['INDICATOR', '무상급식 지원 예산액', 2019, PLAN_2019, 1], // 000 line 158
    ['INDICATOR', '무상급식 지원 예산액 시비', 2019, PLAN_2019, 1], // 000 line 158
    ['INDICATOR', '친환경 우수농산물 차액지원 예산액', 2019, PLAN_2019, 1], // 000 line 158
    ['INDICATOR', '친환경 우수농산물 차액지원 예산액 시비', 2019, PLAN_2019, 1], // 000 line 158
    ['INDICATOR', '주민참여예산 동 센터형 사업', 2020, REPORT_2020, 1], // 002 line 921
    ['INDICATOR', '주민참여예산 동 센터형 사업 동', 2020, REPORT_2020, 1], // 002 line 921
    ['INDICATOR', '주민참여예산 동 센터형 사업 자치구', 2020, REPORT_2020, 1], // 002 line 921
    ['INDICATOR', '주민참여예산 주민주도형 사업', 2020, REPORT_2020, 1], // 002 line 923
    ['INDICATOR', '주민참여예산 주민주도형 사업 동', 2020, REPORT_2020, 1], // 002 line 923
    ['INDICATOR', '주민참여예산 주민주도형 사업 자치구', 2020, REPORT_2020, 1], // 002 line 923
  ]);
});

test('types restricts the kinds of hit', async () => {
  expect(rows(await search('스마트GIS', { types: ['INDICATOR'] }))).toEqual([
    ['INDICATOR', '스마트GIS인천 확대 구축 운영', 2019, PLAN_2019, 1.8571], // 000 line 829
  ]);
  expect(rows(await search('예산', { types: ['ORGANISATION', 'AUDIT_FINDING'] }))).toEqual([
    ['ORGANISATION', '예산결산특별위원회', null, null, 1.6667],
    ['AUDIT_FINDING', '예산 성과계획서 목표 설정의 적정성 평가 필요', 2022, TRANSCRIPT_2022, 1.6667], // 003 line 24
  ]);
  expect(await search('예산', { types: ['PERSON', 'CIVIC_ORGANISATION'] })).toEqual([]);
  expect(await search('예산', { types: [] })).toEqual([]);
});

test('the text is a bound parameter, taken literally: LIKE wildcards and quotes match only themselves', async () => {
  // As wildcards `%` and `_` would match every record; no name contains them, nor this quote.
  for (const text of ['%', '_', "' or '1'='1", '?']) expect({ text, hits: await search(text) }).toEqual({ text, hits: [] });
  // punctuation printed in a name is part of the substring: `발굴·해소` is printed in the 2019 plan's indicator table
  // (000 line 795) and the 2020 report (002 line 1318), `발굴 해소` elsewhere
  expect(rows(await search('규제 발굴 · 해소'))).toEqual([
    ['PROGRAM', '불합리한 규제 발굴 해소', 2019, PLAN_2019, 1.75], ['PROGRAM', '불합리한 규제 발굴 · 해소', 2020, REPORT_2020, 1.75],
  ]);
});

describe('SQL statements', () => {
  const statements = (res: GraphQLResponse) => res.body.extensions.cost.sqlStatements as number;

  test('a search is one statement', async () => {
    for (const text of ['규제', '스마트GIS', '스마트GlS']) {
      const res = await post(`query($text: String!) { search(text: $text, first: 100) { type id title year score } }`, { text });
      expect(res.body.errors).toBeUndefined();
      expect({ text, statements: statements(res) }).toEqual({ text, statements: 1 });
    }
  });

  test('documents and nodes are read in the search\'s statement, however many hits', async () => {
    const query = `query($types: [EntityType!], $first: Int) { search(text: "규제", types: $types, first: $first) {
      id document { id title } node { id ... on Indicator { unit } ... on Program { status } ... on Strategy { number } ... on Committee { chair } } } }`;
    // One statement for 1 hit as for all 6, whatever the kinds of record.
    const one = await post(query, { types: ['INDICATOR'], first: 1 });
    const many = await post(query, { types: ['INDICATOR'], first: 100 });
    expect([one.body.data.search.length, statements(one)]).toEqual([1, 1]);
    expect([many.body.data.search.length, statements(many)]).toEqual([6, 1]);
    expect(many.body.data.search.every((h: any) => h.node.id === h.id && h.document.id === PLAN_2019)).toBe(true);
    const all = await post(query, { first: 100 });
    expect([all.body.data.search.length, statements(all)]).toEqual([13, 1]);
  });
});

describe('bad input is a precise error before any SQL', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['empty text', { text: '' }, 'text must not be empty or only whitespace', 'text'],
    ['blank text', { text: ' \t\n ' }, 'text must not be empty or only whitespace', 'text'],
    ['text too long', { text: '가'.repeat(201) }, 'text must be at most 200 characters without whitespace; got 201', 'text'],
    ['first 0', { text: '예산', first: 0 }, 'first must be between 1 and 100; got 0', 'first'],
    ['first 101', { text: '예산', first: 101 }, 'first must be between 1 and 100; got 101', 'first'],
    // not QUERY_TOO_COMPLEX: the cost estimate clamps first, so the argument's own error is reported
    ['first 1000000', { text: '예산', first: 1_000_000 }, 'first must be between 1 and 100; got 1000000', 'first'],
  ];
  test.each(cases)('%s', async (_name, variables, message, argumentName) => {
    const res = await post(SEARCH, variables);
    expect({ status: res.status, data: res.body.data, errors: res.body.errors, statements: res.body.extensions.cost.sqlStatements }).toEqual({
      status: 200, data: null, statements: 0,
      errors: [{ message, locations: [{ line: 2, column: 3 }], path: ['search'], extensions: { code: 'BAD_USER_INPUT', argumentName } }],
    });
  });
});
