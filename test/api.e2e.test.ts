// Every root field over real HTTP against the seeded database, with values read from the
// documents (the line each figure stands on is named beside it).
import { IndicatorPageDocument, OrganisationWalkDocument, ProgramAcrossYearsDocument, type IndicatorPageQuery } from './generated/graphql';
import { sharedHub, type GraphQLResponse } from './support/hub-client';

const hub = sharedHub();

const data = <T = any>(query: string, variables?: Record<string, unknown>) => hub.data<T>(query, variables);

describe('documents and years', () => {
  test('documents lists the five sources by plan year, with issuers', async () => {
    const { documents } = await data(`{ documents { id title kind planYear publishedOn fileName issuer { name } } }`);
    expect(documents.map((d: any) => [d.id, d.kind, d.planYear, d.fileName, d.issuer?.name ?? null])).toEqual([
      ['plan-2018-administration', 'ANNUAL_PLAN', 2018, '001_b118f4ab4b352c83.txt', null],
      ['plan-2019-planning-coordination', 'ANNUAL_PLAN', 2019, '000_10e93c78c8179112.txt', '기획조정실'],
      ['council-report-2020-communication', 'COUNCIL_REPORT', 2020, '002_32de262c82867890.txt', '소통협력관'],
      ['midterm-finance-2021-2025', 'MIDTERM_FINANCE_PLAN', 2021, '004_f952ef2d177ac925.txt', '인천광역시'],
      ['council-transcript-2022-planning-coordination', 'COUNCIL_TRANSCRIPT', 2022, '003_d6875e4aa02d0714.txt', '기획조정실'],
    ]);
    expect(documents[1]).toMatchObject({ title: '2019년 주요 업무계획', publishedOn: '2018. 12.' });
  });

  test('years runs ascending over every year a record names; year(y) answers one', async () => {
    const { years } = await data(`{ years { year } }`);
    const list = years.map((y: any) => y.year);
    expect(list).toEqual([...list].sort((a, b) => a - b));
    expect(list).toEqual(expect.arrayContaining([2017, 2018, 2019, 2020, 2021, 2022, 2025]));
    const { year, none } = await data(`{ year(year: 2020) { year documents { id } } none: year(year: 1999) { year } }`);
    expect(year).toEqual({ year: 2020, documents: [{ id: 'council-report-2020-communication' }] });
    expect(none).toBeNull();
  });

  test('Year.indicatorValues joins every printing of a year across documents', async () => {
    const { year } = await data(`{ year(year: 2019) { indicatorValues { value rawValue kind indicator { name } document { id } } } }`);
    // 000 line 829: 스마트GIS인천 확대 구축 운영 2019 = 70, the plan year's target
    expect(year.indicatorValues).toContainEqual({
      value: 70, rawValue: '70', kind: 'TARGET', indicator: { name: '스마트GIS인천 확대 구축 운영' }, document: { id: 'plan-2019-planning-coordination' },
    });
  });

  test('totalChecks keeps the 2019 budget total that does not add up (000 line 55)', async () => {
    const { documents } = await data(`{ documents { id totalChecks { label of printed computed matches sourceLine } } }`);
    const checks = documents.find((d: any) => d.id === 'plan-2019-planning-coordination').totalChecks;
    const budget2019 = checks.find((c: any) => c.of === 'budget' && c.printed === 788737);
    expect(budget2019).toMatchObject({ printed: 788737, computed: 788818, matches: false });
  });
});

describe('organisations', () => {
  test('search ignores the spacing the documents print (정 책 기 획 관)', async () => {
    const { organisations } = await data(`{ organisations(filter: { search: "정 책기획" }) { totalCount nodes { id name kind } } }`);
    expect(organisations).toEqual({ totalCount: 1, nodes: [{ id: 'org:정책기획관', name: '정책기획관', kind: 'DIVISION' }] });
  });

  test('the relationship walk from 소통협력관 (002 lines 50–128)', async () => {
    const res = await hub.gql(OrganisationWalkDocument, { id: 'org:소통협력관', year: 2020 });
    expect(res.body.errors).toBeUndefined();
    const org = res.body.data!.node as any;
    expect(org).toMatchObject({ name: '소통협력관', kind: 'OFFICE', parent: { name: '인천광역시' } });
    expect(org.children.map((c: any) => c.name).sort()).toEqual(['공동체협치담당관', '소통기획담당관', '시민정책담당관', '혁신담당관']);
    // line 50: 계 67/68
    expect(org.staffing.find((s: any) => s.grade === null)).toMatchObject({ authorized: 67, current: 68, raw: '67/68', sourceLine: 50 });
    // line 64: 계 11,815
    expect(org.budgets.find((b: any) => b.category === null)).toMatchObject({ fiscalYear: 2020, phase: 'ORIGINAL', millionKrw: 11815, rawText: '11,815' });
    const chiefs = org.people.map((p: any) => p.name);
    expect(chiefs).toContain('신봉훈');
    const innovation = org.children.find((c: any) => c.name === '혁신담당관');
    expect(innovation.staffing.find((s: any) => s.grade === null)).toEqual({ grade: null, authorized: 12, current: 13 });
  });

  test('filter by year and document, and Organisation.years', async () => {
    const { organisations } = await data(`{ organisations(filter: { documentId: "council-report-2020-communication", search: "담당관" }) { nodes { name years } } }`);
    // the four divisions, and two former units named in officials' careers (002 lines 107, 110)
    expect(organisations.nodes.map((o: any) => o.name)).toEqual(['공동체협치담당관', '민관협치담당관', '소통기획담당관', '소통담당관', '시민정책담당관', '혁신담당관']);
    expect(organisations.nodes[0].years).toContain(2020);
    const { y2018 } = await data(`{ y2018: organisations(filter: { year: 2018, kind: DIVISION, search: "과" }) { nodes { name } } }`);
    // the 2018 plan's divisions (001 lines 35–41)
    expect(y2018.nodes.map((o: any) => o.name)).toEqual(expect.arrayContaining(['인사과', '자치행정과', '지역공동체과', '총무과', '토지정보과']));
  });

  test('lineage: predecessors and successors with year, reason and evidence', async () => {
    const { a, b } = await data(`{
      a: node(id: "org:공동체협치담당관") { ... on Organisation { predecessors { kind year from { name } to { name } document { id } sourceLine } } }
      b: node(id: "org:토지정보과") { ... on Organisation { successors { kind year to { name } reason } } }
    }`);
    // 002 line 110: 박재성, 민관협치담당관 until '19. 8. 4, 공동체협치담당관 from '19. 8. 5
    expect(a.predecessors).toEqual([{ kind: 'SUCCEEDED', year: 2019, from: { name: '민관협치담당관' }, to: { name: '공동체협치담당관' }, document: { id: 'council-report-2020-communication' }, sourceLine: 110 }]);
    expect(b.successors).toEqual([expect.objectContaining({ kind: 'WORK_MOVED', year: 2019, to: { name: '원도심스마트정보담당관' } })]);
  });

  test('vacant posts stay visible as posts without a person (002 line 112)', async () => {
    const { node } = await data(`{ node(id: "org:소통기획담당관") { ... on Organisation { posts { title state person { name } } } } }`);
    expect(node.posts).toContainEqual({ title: '소통기획담당관', state: 'VACANT', person: null });
  });
});

describe('programs, budgets and indicators', () => {
  test('the dashboard operation follows Smart GIS across the 2018 and 2019 plans', async () => {
    const res = await hub.gql(ProgramAcrossYearsDocument, { search: '스마트GIS' });
    expect(res.body.errors).toBeUndefined();
    const programs = res.body.data!.programs.nodes;
    expect(new Set(programs.map((p) => p.year))).toEqual(new Set([2018, 2019]));
    // one program per plan: the 2019 총괄표 row (000 line 737: 계속, 1,256) and 원도심스마트정보담당관's item (1821) are one record
    expect(programs.map((p) => p.year).sort()).toEqual([2018, 2019]);
    const plan2019 = programs.find((p) => p.year === 2019);
    expect(plan2019).toMatchObject({ status: 'CONTINUING', totalBudgetRaw: '1,256', totalBudgetMillionKrw: 1256, organisation: { name: '원도심스마트정보담당관' } });
    const indicators2019 = programs.filter((p) => p.year === 2019).flatMap((p) => p.indicators);
    // 000 line 829: 61 (2018, a result), 70, 80
    expect(indicators2019.find((i) => i.name === '스마트GIS인천 확대 구축 운영')?.values.map((v) => [v.year, v.value, v.kind])).toEqual([
      [2018, 61, 'ACTUAL'], [2019, 70, 'TARGET'], [2020, 80, 'TARGET'],
    ]);
    const indicators2018 = programs.filter((p) => p.year === 2018).flatMap((p) => p.indicators);
    // 2018 plan: 협업부서 확산 target 60 for 2018
    expect(indicators2018.find((i) => i.name === '협업부서 확산')?.values.find((v) => v.year === 2018)).toMatchObject({ value: 60, kind: 'TARGET' });
  });

  test('비예산 is not zero: null amount, raw text kept (000 line 713)', async () => {
    const { programs } = await data(`{ programs(filter: { search: "자치법규 입법지원 및 법제 업무 역량 강화" }) { nodes { totalBudgetMillionKrw totalBudgetRaw status period budgets { millionKrw } mentions { sourceLine role } } } }`);
    expect(programs.nodes).toContainEqual({ totalBudgetMillionKrw: null, totalBudgetRaw: '비예산', status: 'CONTINUING', period: '지속', budgets: [], mentions: expect.arrayContaining([{ sourceLine: 713, role: 'SUMMARY_ROW' }]) });
  });

  test('quarterly execution plan of 시민과 함께하는 공감시정 구현 (002 line 546)', async () => {
    const { programs } = await data(`{ programs(filter: { search: "시민과 함께하는 공감시정 구현" }) { nodes { organisation { name } budgets { fiscalYear phase quarter category millionKrw } } } }`);
    expect(programs.nodes).toHaveLength(1);
    const [program] = programs.nodes;
    expect(program.organisation.name).toBe('시민정책담당관');
    const totals = program.budgets.filter((b: any) => b.category === null).map((b: any) => [b.fiscalYear, b.phase, b.quarter, b.millionKrw]);
    expect(totals).toEqual(expect.arrayContaining([
      [2019, 'ORIGINAL', null, 183], [2020, 'ORIGINAL', null, 227],
      [2020, 'EXECUTION_PLAN', 1, 8], [2020, 'EXECUTION_PLAN', 2, 101], [2020, 'EXECUTION_PLAN', 3, 8], [2020, 'EXECUTION_PLAN', 4, 110],
    ]));
  });

  test('non-numeric and percent values keep their raw text (000 lines 780, 830)', async () => {
    const { indicators } = await data(`{ indicators(filter: { search: "KISTI 업무협약", documentId: "plan-2019-planning-coordination" }) { nodes { name unit values { year value rawValue } } } }`);
    const kisti = indicators.nodes.find((i: any) => i.values.length === 3);
    expect(kisti.values).toEqual([
      { year: 2018, value: 20, rawValue: '20%' }, { year: 2019, value: 60, rawValue: '60%' }, { year: 2020, value: 100, rawValue: '100%' },
    ]);
    const { indicators: joint } = await data(`{ indicators(filter: { search: "합동평가 지표별 목표치 달성도" , documentId: "plan-2019-planning-coordination"}) { nodes { values { year value rawValue } } } }`);
    expect(joint.nodes[0].values[0]).toEqual({ year: 2018, value: null, rawValue: '가등급 3개' });
  });

  test('억원 converts to million KRW with the printed unit kept (000 line 763)', async () => {
    const { indicators } = await data(`{ indicators(filter: { search: "법정전출금", documentId: "plan-2019-planning-coordination" }) { nodes { unit values { year value } } } }`);
    const table = indicators.nodes.find((i: any) => i.unit === '억원');
    // year header of this block is 2018 2019 2022
    expect(table.values).toEqual([{ year: 2018, value: 6287 }, { year: 2019, value: 6310 }, { year: 2022, value: 6499 }]);
  });

  test('the mid-term plan path (’21) 132 → (’22) 154 becomes yearly values (004 line 115)', async () => {
    const { indicators } = await data(`{ indicators(filter: { documentId: "midterm-finance-2021-2025", search: "주민자치회 구성" }) { nodes { values { year value kind } } } }`);
    expect(indicators.nodes[0].values).toEqual([{ year: 2021, value: 132, kind: 'TARGET' }, { year: 2022, value: 154, kind: 'TARGET' }]);
  });

  test('strategies: the twelve of the 2019 plan, with items and programs', async () => {
    const { strategies } = await data(`{ strategies(filter: { documentId: "plan-2019-planning-coordination" }) { totalCount nodes { number title vision goal items { number } programs { nodes { title } } } } }`);
    expect(strategies.totalCount).toBe(12);
    expect(strategies.nodes[0]).toMatchObject({ number: '1', vision: '소통과 협치를 통한 시정운영', goal: '데이터 디지털 행정 기반마련' });
    expect(strategies.nodes[0].items.length).toBe(6);
    expect(strategies.nodes.find((s: any) => s.number === '2').programs.nodes.map((p: any) => p.title)).toContain('교육청 재정 지원');
  });
});

describe('committees, civic organisations, findings, people', () => {
  test('co-chairs, ditto marks and `-` cells (002 lines 77–80)', async () => {
    const { committees } = await data(`{ committees(filter: { documentId: "council-report-2020-communication" }) { totalCount nodes { name kind chair chairs memberCount exOfficioCount appointedCount organisation { name } asOf } } }`);
    expect(committees.totalCount).toBe(9);
    const byName = Object.fromEntries(committees.nodes.map((c: any) => [c.name, c]));
    expect(byName['인천민관동행위원회']).toMatchObject({ kind: 'CITY_COMMITTEE', chair: '박남춘, 정세일', chairs: ['박남춘', '정세일'], memberCount: 38, exOfficioCount: 7, appointedCount: 31 });
    expect(byName['공익사업선정위원회']).toMatchObject({ chair: '이상권', memberCount: 15, exOfficioCount: null, appointedCount: 15, organisation: { name: '공동체협치담당관' } });
    expect(byName['기부심사위원회']).toMatchObject({ memberCount: 10, exOfficioCount: 8, appointedCount: 2, organisation: { name: '공동체협치담당관' } });
    expect(byName['규제개혁위원회']).toMatchObject({ chair: '박준하', organisation: { name: '혁신담당관' } });
  });

  test('civic organisations keep individual and corporate members apart (002 line 96)', async () => {
    const { civicOrganisations } = await data(`{ civicOrganisations(filter: { search: "인천사랑운동" }) { nodes { name representative memberCount corporateMemberCount membersRaw phone document { id } sourceLine } } }`);
    expect(civicOrganisations.nodes).toEqual([{
      name: '인천사랑운동 시민협의회', representative: '황규철', memberCount: 94, corporateMemberCount: 22, membersRaw: '94(개인) 22(법인)',
      phone: '439-0493', document: { id: 'council-report-2020-communication' }, sourceLine: 96,
    }]);
  });

  test('audit findings of 2019 and 2021 by kind (002 line 136, 003 line 15)', async () => {
    const { y2019, action2019, y2021, rec2021 } = await data(`{
      y2019: auditFindings(filter: { auditYear: 2019 }) { totalCount }
      action2019: auditFindings(filter: { auditYear: 2019, kind: ACTION_REQUEST }) { totalCount nodes { code title status organisation { name } actions { due } } }
      y2021: auditFindings(filter: { auditYear: 2021 }) { totalCount }
      rec2021: auditFindings(filter: { auditYear: 2021, kind: RECOMMENDATION }) { totalCount }
    }`);
    expect([y2019.totalCount, action2019.totalCount, y2021.totalCount, rec2021.totalCount]).toEqual([13, 8, 20, 10]);
    expect(action2019.nodes[0]).toMatchObject({ code: '19-1', title: '소통협력 분야 시민만족도 조사 결과 활용철저', status: '진행', organisation: { name: '시민정책담당관' } });
  });

  test('people: committee chairs are derived, one person across committees', async () => {
    const { people } = await data(`{ people(filter: { search: "박남춘" }) { nodes { id name roles { title state document { id } } } } }`);
    expect(people.nodes).toHaveLength(1);
    expect(people.nodes[0].roles.map((r: any) => r.title).sort()).toEqual(['기부심사위원회 위원장', '인천민관동행위원회 공동위원장']);
  });

  test('people of the 2022 transcript with their state (003 lines 3–10)', async () => {
    const { people } = await data(`{ people(filter: { documentId: "council-transcript-2022-planning-coordination" }, first: 100) { totalCount nodes { name roles { state } } } }`);
    expect(people.totalCount).toBe(8);
    const states = people.nodes.flatMap((p: any) => p.roles.map((r: any) => r.state)).sort();
    expect(states.filter((s: string) => s === 'NEWLY_APPOINTED')).toHaveLength(2);
    expect(states.filter((s: string) => s === 'ABSENT')).toHaveLength(1);
  });
});

describe('node and pagination', () => {
  test('node resolves every type by id, and null for unknown ids', async () => {
    const { p } = await data(`{ p: programs(first: 1) { nodes { id } } }`);
    const ids = {
      doc: 'plan-2019-planning-coordination', org: 'org:기획조정실', program: p.nodes[0].id,
      nothing: 'program:none:none', garbage: 'zzz:1',
    };
    const res = await data(`query($doc: ID!, $org: ID!, $program: ID!, $nothing: ID!, $garbage: ID!) {
      doc: node(id: $doc) { __typename id } org: node(id: $org) { __typename id } program: node(id: $program) { __typename id }
      nothing: node(id: $nothing) { id } garbage: node(id: $garbage) { id } }`, ids);
    expect(res).toEqual({
      doc: { __typename: 'SourceDocument', id: ids.doc }, org: { __typename: 'Organisation', id: ids.org },
      program: { __typename: 'Program', id: ids.program }, nothing: null, garbage: null,
    });
  });

  test('the BI operation pages through every indicator exactly once', async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    let totalCount = 0;
    let pages = 0;
    do {
      const res: GraphQLResponse<IndicatorPageQuery> = await hub.gql(IndicatorPageDocument, { first: 100, after });
      expect(res.body.errors).toBeUndefined();
      const page: IndicatorPageQuery['indicators'] = res.body.data!.indicators;
      totalCount = page.totalCount;
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 100);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(totalCount);
    expect(totalCount).toBeGreaterThan(500);
  });

  test('first and after: no skips, no repeats, totalCount over all pages', async () => {
    const all = await data(`{ programs(first: 1000) { totalCount nodes { id } } }`);
    const first = await data(`{ programs(first: 7) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`);
    expect(first.programs.totalCount).toBe(all.programs.totalCount);
    expect(first.programs.edges.map((e: any) => e.node.id)).toEqual(all.programs.nodes.slice(0, 7).map((n: any) => n.id));
    expect(first.programs.pageInfo).toEqual({ hasNextPage: true, endCursor: first.programs.edges[6].cursor });
    const next = await data(`query($after: String) { programs(first: 7, after: $after) { edges { node { id } } } }`, { after: first.programs.pageInfo.endCursor });
    expect(next.programs.edges.map((e: any) => e.node.id)).toEqual(all.programs.nodes.slice(7, 14).map((n: any) => n.id));
  });

  test('first above 1000 and foreign cursors are precise errors', async () => {
    const big = await hub.gql(`{ programs(first: 1001) { totalCount } }`);
    expect(big.body.errors).toEqual([expect.objectContaining({ message: 'first must be between 0 and 1000; got 1001', path: ['programs'], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
    const bad = await hub.gql(`{ programs(after: "bm90IGEgY3Vyc29y") { totalCount } }`);
    expect(bad.body.errors?.[0]).toMatchObject({ message: 'after is not a cursor of this list', extensions: { code: 'BAD_USER_INPUT' } });
  });
});
