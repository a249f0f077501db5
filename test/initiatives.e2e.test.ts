// One initiative, one record (issue 9): every place a document prints an initiative is a
// mention of one program; owners with the basis they are known by; money of one kind, each
// printed figure once; breakdowns as dimensions; units as printed; actions, statuses,
// milestones. Exact values from the documents (file and line beside each), over real HTTP.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeedYaml } from './support/seed-dirs';
import { sharedHub } from './support/hub-client';

const hub = sharedHub();

const data = <T = any>(query: string, variables?: Record<string, unknown>) => hub.data<T>(query, variables);
const squeeze = (text: string) => text.normalize('NFC').replace(/\s+/gu, '');

test('2018 Smart GIS is one program: seven mentions, its owner by section, 391 for 2018 once and 1,780 as a project total', async () => {
  const { node } = await data(`{ node(id: "program:plan-2018-administration:“스마트GIS인천”추진") { ... on Program {
    title sourceLine organisation { name } organisationBasis organisationSourceLine
    mentions { sourceLine role printedAs }
    budgets { fiscalYear phase quarter category millionKrw rawText sourceLine sourceLines }
    projectTotals { millionKrw period category rawText sourceLine sourceLines }
  } } }`);
  // 001 lines 95 (core task ⑥), 268 (its page, no title printed), 352 (strategy item), 383 (총괄표 row),
  // 441 (세부지표), 1044 / 1049 (토지정보과's item list and section, heading 1042); 391백만원 at 296 and 1057
  expect(node).toEqual({
    title: '“스마트 GIS 인천” 추진', sourceLine: 95, organisation: { name: '토지정보과' }, organisationBasis: 'SECTION', organisationSourceLine: 1042,
    mentions: [
      { sourceLine: 95, role: 'CORE_TASK', printedAs: '“스마트 GIS 인천” 추진' },
      { sourceLine: 268, role: 'CORE_TASK', printedAs: null },
      { sourceLine: 352, role: 'OTHER', printedAs: 'Data 부자도시 “스마트 GIS 인천”' },
      { sourceLine: 383, role: 'SUMMARY_ROW', printedAs: 'Data 부자도시 "스마트GIS인천"' },
      { sourceLine: 441, role: 'INDICATOR_TABLE', printedAs: 'Data 부자도시 스마트GIS인천' },
      { sourceLine: 1044, role: 'CONTENTS', printedAs: 'Data 부자도시 “스마트 GIS 인천”' },
      { sourceLine: 1049, role: 'SECTION', printedAs: 'Data 부자도시 “스마트 GIS 인천”' },
    ],
    budgets: [{ fiscalYear: 2018, phase: 'ORIGINAL', quarter: null, category: null, millionKrw: 391, rawText: '391백만원', sourceLine: 296, sourceLines: [296, 1057] }],
    projectTotals: [{ millionKrw: 1780, period: "'17~'20", category: null, rawText: '1,780', sourceLine: 383, sourceLines: [383] }],
  });
  const { programs } = await data(`{ programs(filter: { documentId: "plan-2018-administration", search: "스마트 GIS" }) { totalCount } }`);
  expect(programs.totalCount).toBe(1);
});

test('the Smart GIS series: 2018 = 391 once, one vintage per document, and the reason of every member', async () => {
  const { node } = await data(`{ node(id: "programSeries:smart-gis-incheon") { ... on ProgramSeries {
    budgetTimeline { fiscalYear millionKrw document { id } vintages { millionKrw document { id } sourceLine } }
    members { program { id } reason }
  } } }`);
  const y2018 = node.budgetTimeline.find((p: any) => p.fiscalYear === 2018);
  expect(y2018).toEqual({ fiscalYear: 2018, millionKrw: 391, document: { id: 'plan-2018-administration' }, vintages: [{ millionKrw: 391, document: { id: 'plan-2018-administration' }, sourceLine: 296 }] });
  for (const point of node.budgetTimeline) {
    const documents = point.vintages.map((v: any) => v.document.id);
    expect(new Set(documents).size).toBe(documents.length);
  }
  expect(node.members.map((m: any) => m.program.id)).toEqual([
    'program:plan-2018-administration:“스마트GIS인천”추진', "program:plan-2019-planning-coordination:Data부자도시'스마트GIS인천'",
  ]);
  for (const m of node.members) expect(m.reason).toMatch(/l\.\d+/u);
});

test('budgetSummary by organisation and year equals the sum of distinct printed fiscal-year amounts, computed from the seed files', async () => {
  // Independent of the loader: every program budget line total of the seed files, keyed by what was printed
  // (document, the set of lines printing it, the figure); a figure printed twice must be one key.
  const MILLION: Record<string, number> = { 원: 1e-6, 천원: 1e-3, 백만원: 1, 억원: 100 };
  const dir = join(__dirname, '../seeds');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => parseSeedYaml(readFileSync(join(dir, f), 'utf8')));
  const orgIds = new Map<string, string>();
  for (const org of files.find((f) => f.organisations)!.organisations) for (const w of [org.name, ...(org.aliases ?? [])]) orgIds.set(squeeze(w), `org:${squeeze(org.name)}`);
  const printed = new Map<string, { org: string | null; year: number; millionKrw: number }>();
  const printings = new Map<string, string>();
  for (const seed of files.filter((f) => f.document)) {
    for (const p of seed.programs ?? []) for (const b of p.budgets ?? []) {
      if (b.category || b.quarter) continue;
      for (const line of [b.line, ...(b.lines ?? [])]) {
        const printing = `${seed.document.slug}:${line}:${b.fiscalYear}:${b.phase}:${b.amount}`;
        expect(printings.get(printing) ?? p.title).toBe(p.title); // one printed figure, one program
        printings.set(printing, p.title);
      }
      const key = `${seed.document.slug}:${[b.line, ...(b.lines ?? [])].sort().join(',')}:${b.fiscalYear}:${b.phase}:${b.amount}`;
      expect(printed.has(key)).toBe(false);
      printed.set(key, { org: p.org ? orgIds.get(squeeze(p.org))! : null, year: b.fiscalYear, millionKrw: b.amount * MILLION[b.unit] });
    }
  }
  const expected = new Map<string, number>();
  for (const { org, year, millionKrw } of printed.values()) expected.set(`${org} ${year}`, (expected.get(`${org} ${year}`) ?? 0) + millionKrw);
  const { budgetSummary } = await data(`{ budgetSummary(groupBy: [ORGANISATION, YEAR], filter: { ownerType: PROGRAM }, first: 1000) { organisation { id } year sumMillionKrw } }`);
  const served = new Map<string, number>(budgetSummary.map((r: any) => [`${r.organisation?.id ?? null} ${r.year}`, r.sumMillionKrw]));
  expect([...served.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [key, sum] of expected) expect(served.get(key)).toBeCloseTo(sum, 6);
  // 001 lines 296 and 1057 print 토지정보과's 391 twice; the 2018 plan's other 토지정보과 program (드론) prints no 2018 amount
  expect(served.get('org:토지정보과 2018')).toBe(391);
});

test('every program has a basis for its owner; every program of the 2018, 2019, 2020 and 2022 documents but one has an owner', async () => {
  const { programs } = await data(`{ programs(first: 1000) { totalCount nodes { id document { id } organisation { id } organisationBasis organisationSourceLine } } }`);
  expect(programs.totalCount).toBe(181);
  const byBasis: Record<string, Record<string, number>> = {};
  for (const p of programs.nodes) {
    byBasis[p.document.id] ??= {};
    byBasis[p.document.id][p.organisationBasis] = (byBasis[p.document.id][p.organisationBasis] ?? 0) + 1;
    expect(p.organisation === null).toBe(p.organisationBasis === 'NOT_PRINTED');
    if (p.organisation) expect(p.organisationSourceLine).toEqual(expect.any(Number));
  }
  expect(byBasis).toEqual({
    'plan-2018-administration': { SECTION: 21, DESCRIBING_DIVISION: 4, PRINTED_ON_ROW: 1, NOT_PRINTED: 1 },
    'plan-2019-planning-coordination': { SECTION: 50, REPORTING_OFFICE: 5, PRINTED_ON_ROW: 2, DESCRIBING_DIVISION: 1 },
    'council-report-2020-communication': { PRINTED_ON_ROW: 19 },
    'council-transcript-2022-planning-coordination': { REPORTING_OFFICE: 27 },
    'midterm-finance-2021-2025': { NOT_PRINTED: 50 },
  });
  // the one 2018 program no division describes (001 line 93, core task ④; seeds/README.md says why)
  expect(programs.nodes.filter((p: any) => p.organisationBasis === 'NOT_PRINTED' && p.document.id !== 'midterm-finance-2021-2025').map((p: any) => p.id))
    .toEqual(['program:plan-2018-administration:지역대학과함께하는인천,가치재창조사업추진']);
  // the 2022 transcript's items are the reporting office's (003 line 118: 기획조정실)
  const transcript = programs.nodes.filter((p: any) => p.document.id === 'council-transcript-2022-planning-coordination');
  expect(new Set(transcript.map((p: any) => `${p.organisation.id} ${p.organisationSourceLine}`))).toEqual(new Set(['org:기획조정실 118']));
});

test('no title twice within one document', async () => {
  const { programs } = await data(`{ programs(first: 1000) { nodes { title document { id } } } }`);
  const seen = new Set<string>();
  for (const p of programs.nodes) {
    const key = `${p.document.id} ${squeeze(p.title)}`;
    expect(seen.has(key) ? key : null).toBeNull();
    seen.add(key);
  }
});

test('a summary-table row merged into its division item: the 총괄표 amount is the section\'s fiscal-year line, the umbrella subtotal a printed check', async () => {
  // 000 line 677 (총괄표: 시민행복 정책 발굴·추진, 290) and line 682 (사업비 계 8,492 = 290 + 106 + 7 + 7,975 + 114)
  const { node } = await data(`{ node(id: "program:plan-2019-planning-coordination:소통과협치를통한시민정책실현@<정책기획관실>") { ... on Program {
    sourceLine organisation { name } organisationBasis organisationSourceLine budgets { millionKrw } mentions { sourceLine role } } } }`);
  expect(node).toEqual({
    sourceLine: 677, organisation: { name: '정책기획관' }, organisationBasis: 'SECTION', organisationSourceLine: 996, budgets: [],
    mentions: [{ sourceLine: 677, role: 'SUMMARY_ROW' }, { sourceLine: 863, role: 'CONTENTS' }, { sourceLine: 998, role: 'CONTENTS' }, { sourceLine: 1004, role: 'SECTION' }],
  });
  const { node: document } = await data(`{ node(id: "plan-2019-planning-coordination") { ... on SourceDocument { totalChecks { label printed computed sourceLine } } } }`);
  expect(document.totalChecks).toContainEqual({ label: '총괄표 소통과 협치를 통한 시민정책 실현 사업비 계', printed: 8492, computed: 8492, sourceLine: 682 });
});

test('a regional table is one indicator with a dimension per value; the BI rows carry it', async () => {
  // 001 lines 77-84: 자가총액 by 지역 (억원), 2010-2017, one row per city
  const { node } = await data(`{ node(id: "indicator:plan-2018-administration:-:자가총액") { ... on Indicator {
    id name unit dimensionName values { year rawValue value dimension sourceLine } } } }`);
  expect(node.values).toHaveLength(7 * 8); // 7 cities (서울 부산 대구 인천 광주 대전 울산, 001 lines 78-84) × 2010-2017
  expect([node]).toEqual([{
    id: 'indicator:plan-2018-administration:-:자가총액', name: '자가총액', unit: '억원', dimensionName: '지역',
    values: expect.arrayContaining([
      { year: 2010, rawValue: '10,871,240', value: 10871240, dimension: '서울', sourceLine: 78 },
      { year: 2017, rawValue: '14,229,957', value: 14229957, dimension: '서울', sourceLine: 78 },
      { year: 2010, rawValue: '1,462,163', value: 1462163, dimension: '부산', sourceLine: 79 },
    ]),
  }]);
  const { indicatorObservations } = await data(`{ indicatorObservations(filter: { documentId: "plan-2018-administration", search: "자가총액", year: 2017 }, first: 100) {
    nodes { indicatorId dimensionName dimension value } } }`);
  const rows = indicatorObservations.nodes.filter((o: any) => o.indicatorId === 'indicator:plan-2018-administration:-:자가총액');
  expect(rows.map((o: any) => o.dimension).sort()).toEqual(['광주', '대구', '대전', '부산', '서울', '울산', '인천']);
  expect(rows.find((o: any) => o.dimension === '광주')).toEqual({ indicatorId: 'indicator:plan-2018-administration:-:자가총액', dimensionName: '지역', dimension: '광주', value: 635866 });
});

test('units as printed, the hub\'s reading beside: KISTI 진행율 (000 line 830)', async () => {
  const { indicators } = await data(`{ indicators(filter: { search: "KISTI 업무협약" }) { nodes { name unit normalizedUnit sourceLine } } }`);
  expect(indicators.nodes).toEqual([{ name: 'KISTI 업무협약 추진', unit: '진행율', normalizedUnit: '%', sourceLine: 830 }]);
});

test('the 2021 audit findings have their planned actions (003 lines 19-56); statuses are one vocabulary', async () => {
  const { node } = await data(`{ node(id: "finding:council-transcript-2022-planning-coordination:21-2") { ... on AuditFinding { status statusKind actions { summary sourceLine } } } }`);
  expect(node).toEqual({
    status: '진행 중', statusKind: 'IN_PROGRESS',
    actions: [
      { summary: '인천형 뉴딜 성과평가 토대로 경제ㆍ산업ㆍ도시계획 연계 총체적 경제전략 마련', sourceLine: 21 },
      { summary: '인천형 뉴딜추진단 등을 통한 협업 및 협력체계 강화', sourceLine: 21 },
    ],
  });
  const { all, inProgress } = await data(`{ all: auditFindings(first: 0) { totalCount } inProgress: auditFindings(first: 100, filter: { statusKind: IN_PROGRESS }) { totalCount nodes { status } } }`);
  expect(inProgress.totalCount).toBe(all.totalCount);
  expect(new Set(inProgress.nodes.map((f: any) => f.status))).toEqual(new Set(['진행', '진행 중']));
  const { auditFindings } = await data(`{ auditFindings(first: 100, filter: { documentId: "council-transcript-2022-planning-coordination" }) { nodes { actions { sourceLine } } } }`);
  expect(auditFindings.nodes.every((f: any) => f.actions.length > 0)).toBe(true);
});

test('milestones: dates as printed, ISO to the printed precision (000 line 963: 사업발주 2019. 1월, 3월)', async () => {
  const { node } = await data(`{ node(id: "program:plan-2019-planning-coordination:인천형업무·정책포털구축") { ... on Program { milestones { date isoDate isoEndDate event sourceLine } } } }`);
  expect(node.milestones).toEqual(expect.arrayContaining([
    { date: '2019. 1월', isoDate: '2019-01', isoEndDate: null, event: '사업발주', sourceLine: 963 },
    { date: '3월', isoDate: '2019-03', isoEndDate: null, event: '사업발주', sourceLine: 963 },
  ]));
  expect(node.milestones.map((m: any) => m.sourceLine)).toEqual([...node.milestones.map((m: any) => m.sourceLine)].sort((a: number, b: number) => a - b));
});
