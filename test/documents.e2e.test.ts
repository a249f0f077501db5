// Record-by-record checks of the five source documents through the public API: every
// expected value below was read from the document line named beside it
// (../shared/seeds/<file>, `sed -n 'Np'`), never from the seed files. The records are
// chosen where extraction is hard: shifted columns, packed rows, year headers that change
// between table blocks, ditto marks, co-chairs, 억원/천원 conversions, non-numeric cells,
// `-` cells, quarterly execution plans, audit findings, people and mid-term paths.
import { sharedHub } from './support/hub-client';

const hub = sharedHub();

const D000 = 'plan-2019-planning-coordination'; // 000_10e93c78c8179112.txt, plan year 2019
const D001 = 'plan-2018-administration'; // 001_b118f4ab4b352c83.txt, plan year 2018
const D002 = 'council-report-2020-communication'; // 002_32de262c82867890.txt, plan year 2020
const D003 = 'council-transcript-2022-planning-coordination'; // 003_d6875e4aa02d0714.txt, plan year 2022
const D004 = 'midterm-finance-2021-2025'; // 004_f952ef2d177ac925.txt, plan year 2021

// ---------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------

const data = <T = any>(query: string, variables?: Record<string, unknown>) => hub.data<T>(query, variables);

/** One request per key for the whole file (several records share one answer). */
const memo = new Map<string, Promise<any>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!memo.has(key)) memo.set(key, load());
  return memo.get(key)!;
}

const sortRows = <T>(rows: T[]): T[] => [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

/** The number a printed cell carries (commas and `%` dropped); null for `-`, 수시, 가등급 3개 … */
function num(raw: string): number | null {
  const s = raw.replace(/,/g, '').replace(/%$/, '');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

type Kind = 'ACTUAL' | 'TARGET';
const kindOf = (year: number, planYear: number): Kind => (year < planYear ? 'ACTUAL' : 'TARGET');

/** Indicator values from the printed cells of one row under a year header; empty cells print nothing. */
function cells(planYear: number, years: number[], printed: string[]) {
  return years.flatMap((year, i) => (printed[i] === '' || printed[i] === undefined ? [] : [{ year, value: num(printed[i]), rawValue: printed[i], kind: kindOf(year, planYear) }]));
}

const INDICATORS = `query($doc: ID!, $search: String!) {
  indicators(filter: { documentId: $doc, search: $search }, first: 200) {
    nodes { id name unit dimensionName sourceLine program { title } values { year value rawValue kind dimension } }
  }
}`;

/** The indicator printed on `line`: by exact name when given, else the only hit of `search` on that line. */
async function indicatorOn(doc: string, line: number, search: string, name?: string, pick?: (n: any) => boolean) {
  const { indicators } = await data(INDICATORS, { doc, search });
  const onLine = indicators.nodes.filter((n: any) => n.sourceLine === line);
  const hits = onLine.filter((n: any) => (name === undefined || n.name === name) && (!pick || pick(n)));
  if (hits.length !== 1) {
    throw new Error(`expected one indicator ${JSON.stringify(name ?? search)} on line ${line}; the API has ${JSON.stringify(onLine.map((n: any) => [n.name, n.unit]))}`);
  }
  const node = hits[0];
  // a value's category matters only on a broken-down measure
  const values = node.values.map(({ dimension, ...v }: any) => (dimension == null ? v : { ...v, dimension }));
  return { ...node, values: values.sort((a: any, b: any) => a.year - b.year) };
}

const PROGRAMS = `query($doc: ID!, $search: String!) {
  programs(filter: { documentId: $doc, search: $search }, first: 50) {
    nodes {
      id number title section status period page sourceLine nationalSupport
      totalBudgetMillionKrw totalBudgetRaw totalBudgetUnit
      organisation { name } strategy { number }
      budgets { fiscalYear phase phasePrinted quarter category millionKrw amountAsPrinted unitAsPrinted rawText sourceLine sourceLines }
      projectTotals { period category millionKrw rawText sourceLine }
      indicators { name }
      mentions { sourceLine role printedAs }
    }
  }
}`;

/** The program printed on `line` as `title`: its own title or the wording of one of its mentions (one initiative, one record). */
async function programOn(doc: string, line: number, title: string) {
  const { programs } = await data(PROGRAMS, { doc, search: title });
  const hits = programs.nodes.filter((p: any) => p.mentions.some((m: any) => m.sourceLine === line && (unspaced(m.printedAs ?? p.title) === unspaced(title) || unspaced(p.title) === unspaced(title))));
  if (hits.length !== 1) {
    throw new Error(`expected one program ${JSON.stringify(title)} on line ${line}; the API has ${JSON.stringify(programs.nodes.map((p: any) => [p.title, p.sourceLine]))}`);
  }
  return hits[0];
}

interface Money { fiscalYear: number; phase: string; quarter: number | null; category: string | null; millionKrw: number; rawText: string; unitAsPrinted: string }
const money = (b: any): Money => ({ fiscalYear: b.fiscalYear, phase: b.phase, quarter: b.quarter, category: b.category, millionKrw: b.millionKrw, rawText: b.rawText, unitAsPrinted: b.unitAsPrinted });
/** The budget lines a line prints: each figure once, at every line printing it (`sourceLines`). */
const budgetsOn = (program: any, line: number): Money[] => sortRows<Money>(program.budgets.filter((b: any) => b.sourceLines.includes(line)).map(money));

/**
 * One row of a 2020 예산 집행계획 table of 002 (단위: 백만원), cells as printed:
 * '19년, '20년, 1/4, 2/4, 3/4, 4/4. An empty or `-` cell is no budget line.
 */
function executionRow(category: string | null, printed: [string, string, string, string, string, string]): Money[] {
  const columns: [number, string, number | null][] = [[2019, 'ORIGINAL', null], [2020, 'ORIGINAL', null], [2020, 'EXECUTION_PLAN', 1], [2020, 'EXECUTION_PLAN', 2], [2020, 'EXECUTION_PLAN', 3], [2020, 'EXECUTION_PLAN', 4]];
  return sortRows(columns.flatMap(([fiscalYear, phase, quarter], i) => {
    const raw = printed[i];
    return raw === '' || raw === '-' ? [] : [{ fiscalYear, phase, quarter, category, millionKrw: Number(raw.replace(/,/g, '')), rawText: raw, unitAsPrinted: '백만원' }];
  }));
}

/** One row of an organisation budget table in 백만원: total of two years, then 인건비 물건비 사업예산 of the second. */
function orgBudgetRow(years: [number, number], printed: [string, string, string, string, string]): Money[] {
  const columns: [number, string | null][] = [[years[0], null], [years[1], null], [years[1], '인건비'], [years[1], '물건비'], [years[1], '사업예산']];
  return sortRows(columns.flatMap(([fiscalYear, category], i) => {
    const raw = printed[i];
    return raw === '' || raw === '-' ? [] : [{ fiscalYear, phase: 'ORIGINAL', quarter: null, category, millionKrw: Number(raw.replace(/,/g, '')), rawText: raw, unitAsPrinted: '백만원' }];
  }));
}

/** 정원/현원 cells `a/b` (a `-` half is null); a cell printed `-` alone is no staffing row. */
function staffingRow(grades: string[], total: string, printed: string[]) {
  const part = (s: string) => (s === '-' ? null : Number(s));
  const row = (grade: string | null, raw: string) => {
    const [a, c] = raw.split('/');
    return { grade, authorized: part(a), current: part(c), raw };
  };
  return sortRows([row(null, total), ...grades.flatMap((g, i) => (printed[i] === '-' ? [] : [row(g, printed[i])]))]);
}

const ORGANISATION = `query($id: ID!, $year: Int) {
  node(id: $id) {
    ... on Organisation {
      name kind
      staffing(year: $year) { year grade authorized current raw asOf sourceLine document { id } }
      budgets { fiscalYear phase quarter category millionKrw rawText unitAsPrinted sourceLine document { id } }
    }
  }
}`;
const organisation = (name: string, year?: number) => once(`org:${name}:${year}`, async () => (await data(ORGANISATION, { id: `org:${name}`, year })).node);

async function staffingOn(doc: string, name: string, year: number, line: number) {
  const org = await organisation(name, year);
  const rows = org.staffing.filter((s: any) => s.document.id === doc && s.sourceLine === line);
  return sortRows(rows.map((s: any) => ({ grade: s.grade, authorized: s.authorized, current: s.current, raw: s.raw })));
}

async function orgBudgetsOn(doc: string, name: string, line: number): Promise<Money[]> {
  const org = await organisation(name);
  return sortRows<Money>(org.budgets.filter((b: any) => b.document.id === doc && b.sourceLine === line).map(money));
}

const COMMITTEES = `query($doc: ID!, $search: String!) {
  committees(filter: { documentId: $doc, search: $search }) {
    nodes { id name kind chair chairs memberCount exOfficioCount appointedCount asOf asOfDate sourceLine organisation { name } }
  }
}`;

async function committee(doc: string, name: string) {
  const { committees } = await data(COMMITTEES, { doc, search: name });
  const hits = committees.nodes.filter((c: any) => c.name === name);
  if (hits.length !== 1) throw new Error(`expected one committee ${name}; the API has ${JSON.stringify(committees.nodes.map((c: any) => c.name))}`);
  const { id, ...rest } = hits[0];
  return { ...rest, organisation: rest.organisation?.name ?? null };
}

const PEOPLE = `query($doc: ID!, $search: String!) {
  people(filter: { documentId: $doc, search: $search }) {
    nodes { id name roles { title state since until asOf sourceLine organisation { name } document { id } } }
  }
}`;

async function person(doc: string, name: string) {
  const { people } = await data(PEOPLE, { doc, search: name });
  const hits = people.nodes.filter((p: any) => p.name === name);
  if (hits.length !== 1) throw new Error(`expected one person ${name}; the API has ${JSON.stringify(people.nodes.map((p: any) => p.name))}`);
  return hits[0];
}

const role = (r: any) => ({ title: r.title, state: r.state, since: r.since, until: r.until, organisation: r.organisation?.name ?? null, sourceLine: r.sourceLine });

const FINDINGS = `query($doc: ID!) {
  auditFindings(filter: { documentId: $doc }, first: 100) {
    totalCount
    nodes { id code title kind status page committee auditYear year sourceLine organisation { name } actions { summary due sourceLine } }
  }
}`;
const findingsOf = (doc: string) => once(`findings:${doc}`, async () => (await data(FINDINGS, { doc })).auditFindings);

async function findingOn(doc: string, line: number) {
  const { nodes } = await findingsOf(doc);
  const hits = nodes.filter((f: any) => f.sourceLine === line);
  if (hits.length !== 1) throw new Error(`expected one audit finding on line ${line}; the API has lines ${JSON.stringify(nodes.map((f: any) => f.sourceLine))}`);
  return hits[0];
}

/** Spacing inside words is an artefact of the text conversion (002 line 160 `효과 적인`, line 475 `효과적인`). */
const unspaced = (s: string) => s.replace(/\s+/g, '');

// ---------------------------------------------------------------------------------------
// 000: 2019년 주요 업무계획, 기획조정실
// ---------------------------------------------------------------------------------------

describe('000 — 2019년 주요 업무계획 of 기획조정실', () => {
  const plan = 2019;
  // line 37: 공무위원 3급 4급 5급 6급 7급 8급 9급 (under 일반직); line 28: (‘18. 12. 20 현재)
  const grades = ['공무위원', '3급', '4급', '5급', '6급', '7급', '8급', '9급'];

  test.each<[number, string, string, string[]]>([
    // 000 line 38: 합 계	170/167	1/1	1/1	8/8	35/33	75/73	50/48	1/2	-/1
    [38, '기획조정실', '170/167', ['1/1', '1/1', '8/8', '35/33', '75/73', '50/48', '1/2', '-/1']],
    // 000 line 39: 정 책 기 획 관	27/26	1/1	1/1	-	5/5	12/10	9/9	-/1	-
    [39, '정책기획관', '27/26', ['1/1', '1/1', '-', '5/5', '12/10', '9/9', '-/1', '-']],
    // 000 line 40: 교 육 협 력 담 당 관	16/15	-	-	1/1	4/4	8/6	3/4	-	-
    [40, '교육협력담당관', '16/15', ['-', '-', '1/1', '4/4', '8/6', '3/4', '-', '-']],
    // 000 line 41: 평 가 담 당 관	21/21	-	-	1/1	4/3	13/12	3/5	-	-
    [41, '평가담당관', '21/21', ['-', '-', '1/1', '4/3', '13/12', '3/5', '-', '-']],
    // 000 line 42: 법 무 담 당 관	29/26	-	-	1/1	5/4	13/15	9/6	1/-	-
    [42, '법무담당관', '29/26', ['-', '-', '1/1', '5/4', '13/15', '9/6', '1/-', '-']],
    // 000 line 43: 남북교류협력담당관	10/10	-	-	1/1	3/2	3/4	3/2	-	-/1
    [43, '남북교류협력담당관', '10/10', ['-', '-', '1/1', '3/2', '3/4', '3/2', '-', '-/1']],
    // 000 line 44: 정 보 화 담 당 관	26/26	-	-	1/1	5/4	10/12	10/9	-	-
    [44, '정보화담당관', '26/26', ['-', '-', '1/1', '5/4', '10/12', '10/9', '-', '-']],
    // 000 line 45: 정 보 통 신 보 안 담 당 관	17/17	-	-	1/1	3/3	8/7	5/6	-	-
    [45, '정보통신보안담당관', '17/17', ['-', '-', '1/1', '3/3', '8/7', '5/6', '-', '-']],
    // 000 line 46: 원도심스마트정보담당관	17/18	-	-	1/1	4/6	6/5	6/5	-/1	-
    [46, '원도심스마트정보담당관', '17/18', ['-', '-', '1/1', '4/6', '6/5', '6/5', '-/1', '-']],
    // 000 line 47: 중 앙 협 력 본 부	7/7	-	-	1/1	2/2	2/2	2/2	-	-
    [47, '중앙협력본부', '7/7', ['-', '-', '1/1', '2/2', '2/2', '2/2', '-', '-']],
  ])('staffing on line %i of %s (`-` halves are null, `-` cells no row)', async (line, name, total, printed) => {
    expect(await staffingOn(D000, name, plan, line)).toEqual(staffingRow(grades, total, printed));
  });

  test('staffing keeps the as-of date of the table (000 line 28)', async () => {
    const org = await organisation('법무담당관', plan);
    const rows = org.staffing.filter((s: any) => s.document.id === D000);
    expect([...new Set(rows.map((s: any) => `${s.year} ${s.asOf}`))]).toEqual(['2019 ‘18. 12. 20']);
  });

  // line 53: 구 분	2018년	2019년	내 역 (인건비 물건비 사업예산); line 51: (단위 : 백만원)
  test.each<[number, string, [string, string, string, string, string]]>([
    // 000 line 55: 계	776,133	788,737	644	36,394	751,780
    [55, '기획조정실', ['776,133', '788,737', '644', '36,394', '751,780']],
    // 000 line 56: 정 책 기 획 관	9,667	9,597	115	833	8,649
    [56, '정책기획관', ['9,667', '9,597', '115', '833', '8,649']],
    // 000 line 57: 교육협력담당관	754,272	758,423	-	23,250	735,173
    [57, '교육협력담당관', ['754,272', '758,423', '-', '23,250', '735,173']],
    // 000 line 58: 평가담당관실	342	342	-	32	310
    [58, '평가담당관', ['342', '342', '-', '32', '310']],
    // 000 line 59: 법 무 담 당 관	688	699	-	592	107
    [59, '법무담당관', ['688', '699', '-', '592', '107']],
    // 000 line 60: 남북교류협력담당관	-	2,604	-	28	2,576 (no 2018 budget: the unit was created in 2018. 10.)
    [60, '남북교류협력담당관', ['-', '2,604', '-', '28', '2,576']],
    // 000 line 61: 정 보 화 담 당 관	7,076	10,297	-	6,891	3,406
    [61, '정보화담당관', ['7,076', '10,297', '-', '6,891', '3,406']],
    // 000 line 62: 정보통신보안담당관	2,906	4,689	-	3,734	955
    [62, '정보통신보안담당관', ['2,906', '4,689', '-', '3,734', '955']],
    // 000 line 63: 원도심스마트담당관	406	1,341	-	741	600
    [63, '원도심스마트정보담당관', ['406', '1,341', '-', '741', '600']],
    // 000 line 64: 중 앙 협 력 본 부	776	826	529	293	4
    [64, '중앙협력본부', ['776', '826', '529', '293', '4']],
  ])('budget on line %i of %s (`-` is no budget line)', async (line, name, printed) => {
    expect(await orgBudgetsOn(D000, name, line)).toEqual(orgBudgetRow([2018, 2019], printed));
  });

  test('totals that do not add up are served with both figures (000 lines 39, 55)', async () => {
    const { documents } = await data(`{ documents { id totalChecks { label of printed computed matches sourceLine } } }`);
    const checks = documents.find((d: any) => d.id === D000).totalChecks;
    // line 55: 2019 계 788,737; the rows of lines 56–64 add up to 788,818
    expect(checks.filter((c: any) => c.sourceLine === 55 && c.of === 'budget' && c.printed === 788737).map((c: any) => [c.computed, c.matches]))
      .toEqual(expect.arrayContaining([[788818, false]]));
    // line 39: 정책기획관 정원 27, its grade cells 1+1+5+12+9 = 28
    expect(checks.filter((c: any) => c.sourceLine === 39 && c.of === 'staffing.authorized').map((c: any) => [c.printed, c.computed, c.matches]))
      .toEqual([[27, 28, false]]);
  });

  // 총괄표 (line 674; 단위 백만원, line 702): [line, title, 신규/계속, 사업기간, 총사업비, 백만원, 국가지원, 전략]
  test.each<[number, string, 'NEW' | 'CONTINUING', string, string, number | null, string | null, string]>([
    // 000 line 677: - 시민행복 정책 발굴·추진	계속	지속	290
    [677, '시민행복 정책 발굴·추진', 'CONTINUING', '지속', '290', 290, null, '1'],
    // 000 line 680: - 인천발전연구원을 활용한 정책 과제 연구	계속	지속	7,975
    [680, '인천발전연구원을 활용한 정책 과제 연구', 'CONTINUING', '지속', '7,975', 7975, null, '1'],
    // 000 line 689: - 교육청 재정 지원	계속	지속	667,569
    [689, '교육청 재정 지원', 'CONTINUING', '지속', '667,569', 667569, null, '2'],
    // 000 line 692: - 중·고등학생 신입생 무상교복 지원	신규	지속	14,216
    [692, '중·고등학생 신입생 무상교복 지원', 'NEW', '지속', '14,216', 14216, null, '2'],
    // 000 line 698 (columns shifted left, strategy cell missing): - 장애인 및 소외계층 평생학습 지원		계속	지속	934
    [698, '장애인 및 소외계층 평생학습 지원', 'CONTINUING', '지속', '934', 934, null, '3'],
    // 000 line 699 (shifted): - 맞춤형 평생학습 프로그램 운영 지원		계속	지속	540
    [699, '맞춤형 평생학습 프로그램 운영 지원', 'CONTINUING', '지속', '540', 540, null, '3'],
    // 000 line 706: - 대학생 학자금대출 이자 지원	신규	지속	172
    [706, '대학생 학자금대출 이자 지원', 'NEW', '지속', '172', 172, null, '4'],
    // 000 line 714: - 신속 공정한 권리구제를 위한 행정심판 역량 강화	계속	지속	비예산
    [714, '신속 공정한 권리구제를 위한 행정심판 역량 강화', 'CONTINUING', '지속', '비예산', null, null, '6'],
    // 000 line 719: - 서해평화협력시대 선도	계속	지속	비예산
    [719, '서해평화협력시대 선도', 'CONTINUING', '지속', '비예산', null, null, '7'],
    // 000 line 723: - 정보격차 및 정보화 역기능 해소	계속	지속	445	과학기술 정보통신부
    [723, '정보격차 및 정보화 역기능 해소', 'CONTINUING', '지속', '445', 445, '과학기술 정보통신부', '8'],
    // 000 line 724: - 스마트 행정정보 서비스 지원	계속	지속	399	통계청
    [724, '스마트 행정정보 서비스 지원', 'CONTINUING', '지속', '399', 399, '통계청', '8'],
    // 000 line 725 (shifted): - 시민중심의 웹서비스 강화		계속	2019	2,585	- (국가지원 `-`)
    [725, '시민중심의 웹서비스 강화', 'CONTINUING', '2019', '2,585', 2585, null, '8'],
    // 000 line 726 (shifted): - 인천형 업무·정책포털 구축		신규	2019	2,443	-
    [726, '인천형 업무·정책포털 구축', 'NEW', '2019', '2,443', 2443, null, '8'],
    // 000 line 727 (shifted): - 클라우드 시스템 도입운영을 통한 정보자원 통합 관리, 운영		계속	지속	2,503	-
    [727, '클라우드 시스템 도입운영을 통한 정보자원 통합 관리, 운영', 'CONTINUING', '지속', '2,503', 2503, null, '8'],
    // 000 line 731: - 통신비 절감을 위한 통신서비스 확대	계속	지속	375	과기부
    [731, '통신비 절감을 위한 통신서비스 확대', 'CONTINUING', '지속', '375', 375, '과기부', '9'],
    // 000 line 733: - 빅데이터 플랫폼 구축을 통한 데이터 이용활성화	계속	신규	1,300 (사업기간 printed 신규)
    [733, '빅데이터 플랫폼 구축을 통한 데이터 이용활성화', 'CONTINUING', '신규', '1,300', 1300, null, '9'],
    // 000 line 738: - 데이터 기반 행정 인프라 확충	신규	지속	7,316
    [738, '데이터 기반 행정 인프라 확충', 'NEW', '지속', '7,316', 7316, null, '11'],
    // 000 line 742 (no dash, 신규/계속 and 사업기간 one cell apart): 주요시정 대외협력	계속		지속	115
    [742, '주요시정 대외협력', 'CONTINUING', '지속', '115', 115, null, '12'],
  ])('총괄표 program on line %i: %s', async (line, title, status, period, raw, millionKrw, nationalSupport, strategy) => {
    const p = await programOn(D000, line, title);
    expect(p.mentions).toContainEqual(expect.objectContaining({ sourceLine: line, role: 'SUMMARY_ROW' }));
    expect({ status: p.status, period: p.period, totalBudgetRaw: p.totalBudgetRaw, totalBudgetMillionKrw: p.totalBudgetMillionKrw, totalBudgetUnit: p.totalBudgetUnit, nationalSupport: p.nationalSupport, strategy: p.strategy?.number ?? null })
      .toEqual({ status, period, totalBudgetRaw: raw, totalBudgetMillionKrw: millionKrw, totalBudgetUnit: millionKrw === null ? null : '백만원', nationalSupport, strategy });
  });

  // 사업별 세부지표: the year header is 2018 2019 2022 for the first block (line 750) and
  // 2018 2019 2020 from line 769 on (lines 769, 782, 800, 824); 2018 is a result, 2019+ targets.
  const Y22 = [2018, 2019, 2022];
  const Y20 = [2018, 2019, 2020];
  test.each<[number, string, string | null, number[], string[]]>([
    // 000 line 752: ○ 정책 발굴 워크숍	회	-	1	2
    [752, '정책 발굴 워크숍', '회', Y22, ['-', '1', '2']],
    // 000 line 755: ○ 주요현안 과제 건의	건	237	50	50
    [755, '주요현안 과제 건의', '건', Y22, ['237', '50', '50']],
    // 000 line 756: ○ 시도지사 협의회 운영	백만원	150	200	200
    [756, '시도지사 협의회 운영', '백만원', Y22, ['150', '200', '200']],
    // 000 line 757: ○ 월활한 회기 운영 지원	회	6	7	7 (typo as printed)
    [757, '월활한 회기 운영 지원', '회', Y22, ['6', '7', '7']],
    // 000 line 762: ○ 지방이양 요청사무 발굴	건	6	20	30
    [762, '지방이양 요청사무 발굴', '건', Y22, ['6', '20', '30']],
    // 000 line 764: ○ 학교용지분담금	억원	250	366	90 (억원 indicator values stay in the printed unit)
    [764, '학교용지분담금', '억원', Y22, ['250', '366', '90']],
    // 000 line 765: ○ 영재교육기관 운영 지원	학급수	100	155	-
    [765, '영재교육기관 운영 지원', '학급수', Y22, ['100', '155', '-']],
    // 000 line 766: ○ 인천과학예술영재학교 운영비 지원	백만원	1,025	1,016	-
    [766, '인천과학예술영재학교 운영비 지원', '백만원', Y22, ['1,025', '1,016', '-']],
    // 000 line 770 (new header at line 769: 2018 2019 2020): ○ 중·고교 신입생 무상교복 지원	억원	-	142	142
    [770, '중·고교 신입생 무상교복 지원', '억원', Y20, ['-', '142', '142']],
    // 000 line 771 packs four indicators: 억원 억원 억원 억원	26 37 - -	45 40 6 106	30 40 9 201
    [771, '학교다목적강당 건립', '억원', Y20, ['26', '45', '30']],
    [771, '학교 노후시설 개선', '억원', Y20, ['37', '40', '40']],
    [771, '인천형 미래교실 조성', '억원', Y20, ['-', '6', '9']],
    [771, '도림고등학교 이전비 지원', '억원', Y20, ['-', '106', '201']],
    // 000 line 773 packs two: 억원 억원	2,826 286	3,080 270	3,306 291
    [773, '무상급식 지원', '억원', Y20, ['2,826', '3,080', '3,306']],
    [773, '친환경 우수농산물 급식 차액지원', '억원', Y20, ['286', '270', '291']],
    // 000 line 774 packs two: 강좌 회	12,000 3	15,000 4	18,000 5
    [774, '평생교육 강좌정보 제공', '강좌', Y20, ['12,000', '15,000', '18,000']],
    [774, '평생교육 관계자 협의회 운영', '회', Y20, ['3', '4', '5']],
    // 000 line 775 packs four: 강좌 강좌 정규반 강좌	37 35 - -	40 38 10 -	45 40 10 100
    [775, '장애인야학 프로그램 운영 지원', '강좌', Y20, ['35', '38', '40']],
    [775, '발달장애인평생교육센터 운영 지원', '정규반', Y20, ['-', '10', '10']],
    [775, '소외계층 맞춤형 프로그램 운영 지원', '강좌', Y20, ['-', '-', '100']],
    // 000 line 776 packs four: 강좌 ×4	10 25 25 25	10 25 25 30	15 30 30 30
    [776, '중장년 맞춤형 프로그램 운영 지원', '강좌', Y20, ['25', '30', '30']],
    // 000 line 777 packs two: 명 명	1,017 6,661	1,038 6,380	1,100 6,400
    [777, '장학금 지급', '명', Y20, ['1,017', '1,038', '1,100']],
    [777, '장학프로그램 운영', '명', Y20, ['6,661', '6,380', '6,400']],
    // 000 line 778: ○ 대학생 학자금대출 이자 지원	명	-	3,000	4,000
    [778, '대학생 학자금대출 이자 지원', '명', Y20, ['-', '3,000', '4,000']],
    // 000 line 779 packs two: % %	90 85	90 85	91 85
    [779, 'PM 성과지표 달성률', '%', Y20, ['90', '90', '91']],
    [779, '성과계약 과제 달성율', '%', Y20, ['85', '85', '85']],
    // 000 line 780 packs two: % 회	가등급 3개 4	41 4	41 4
    [780, '합동평가 지표별 목표치 달성도', '%', Y20, ['가등급 3개', '41', '41']],
    [780, '지시사항 이행평가', '회', Y20, ['4', '4', '4']],
    // 000 line 798: ○ 지방세 심판청구 등 처리	건	150	38	40
    [798, '지방세 심판청구 등 처리', '건', Y20, ['150', '38', '40']],
    // 000 line 813: ○ 업무 포털 구축	식	-	1	-
    [813, '업무 포털 구축', '식', Y20, ['-', '1', '-']],
    // 000 line 817: ○ 버스 공공와이파이 구축	대	271	1,629	567
    [817, '버스 공공와이파이 구축', '대', Y20, ['271', '1,629', '567']],
    // 000 line 818: ○ 공공와이파이 확대 구축	대			1,200 (2018 and 2019 empty)
    [818, '공공와이파이 확대 구축', '대', Y20, ['', '', '1,200']],
    // 000 line 835: ○ 데이터기반 정책·성과관리 체계 구축	%	70	100	-
    [835, '데이터기반 정책·성과관리 체계 구축', '%', Y20, ['70', '100', '-']],
    // 000 line 840: ○ 중앙-지방 및 산업육성 네트워크 강화	%	100	-	-
    [840, '중앙-지방 및 산업육성 네트워크 강화', '%', Y20, ['100', '-', '-']],
    // 주요 관리지표, header at line 850: 2017 2018 2019 2020 2022
    // 000 line 851: 교육관련 지원 예산 …	억원	6,999	7,835	7,995	7,888	7,888
    [851, '교육관련 지원 예산', '억원', [2017, 2018, 2019, 2020, 2022], ['6,999', '7,835', '7,995', '7,888', '7,888']],
    // 000 line 852: 교원1인당 학생수 …	명	15.71	15.30	15.00	15.00	15.00
    [852, '교원1인당 학생수', '명', [2017, 2018, 2019, 2020, 2022], ['15.71', '15.30', '15.00', '15.00', '15.00']],
    // 000 line 854: 합동평가 목표달성도 …	%	가등급 3개	가등급 3개	41	41	44
    [854, '합동평가 목표달성도', '%', [2017, 2018, 2019, 2020, 2022], ['가등급 3개', '가등급 3개', '41', '41', '44']],
  ])('indicator on line %i: %s', async (line, name, unit, years, printed) => {
    const node = await indicatorOn(D000, line, name, name);
    expect({ name: node.name, unit: node.unit, values: node.values }).toEqual({ name, unit, values: cells(plan, years, printed) });
  });

  test('context statistics: 장학기금 2015–2018 (000 lines 170–171, 단위 백만원 line 168)', async () => {
    // line 170: 구 분	2015	2016	2017	2018 / line 171: 장학기금	10,610	21,110	35,110	35,210
    const node = await indicatorOn(D000, 171, '장학기금');
    expect({ unit: node.unit, values: node.values }).toEqual({ unit: '백만원', values: cells(plan, [2015, 2016, 2017, 2018], ['10,610', '21,110', '35,110', '35,210']) });
  });

  test('a `-` inside a packed cell: 이의신청 인용율 (000 lines 1473, 1477)', async () => {
    // line 1473: 2015년 2016년 2017년 2018년 / line 1477: 이의신청	54 (14.8)	36 (-)	31 (22.5)	38 (5.2)
    // one measure per column, broken down by 청구 유형 (lines 1475-1477): 이의신청 is a category of each
    const rate = await indicatorOn(D000, 1476, '구제업무 청구 인용율', '구제업무 청구 인용율'); // no 계 rate printed: it starts at its first category
    const byType = (node: any, type: string) => node.values.filter((v: any) => v.dimension === type).map(({ dimension, ...v }: any) => v);
    expect({ unit: rate.unit, dimensionName: rate.dimensionName }).toEqual({ unit: '%', dimensionName: '청구 유형' });
    expect(byType(rate, '이의신청')).toEqual(cells(plan, [2015, 2016, 2017, 2018], ['14.8', '-', '22.5', '5.2']));
    const count = await indicatorOn(D000, 1475, '구제업무', undefined, (n) => n.unit === '건' && n.dimensionName === '청구 유형');
    expect(byType(count, '이의신청')).toEqual(cells(plan, [2015, 2016, 2017, 2018], ['54', '36', '31', '38']));
  });

  test('empty cells are no value: 버스 공공와이파이 구축물량 (000 lines 1726–1727)', async () => {
    // line 1726: 연도	계	2018	2019	2020	2021	2022 / line 1727: 구축물량(대)	1,900	271	1,629			-
    const node = await indicatorOn(D000, 1727, '구축물량');
    expect(node.values).toEqual(cells(plan, [2018, 2019, 2020, 2021, 2022], ['271', '1,629', '', '', '-']));
  });

  test('천원 and 억원 amounts are served in million KRW with the printed unit kept', async () => {
    // 000 line 1046: (소요예산) 90,000천원/ (기간) 3월~8월(착수일로부터 180일)
    const consulting = await programOn(D000, 999, '성과중심 업무관리체계 컨설팅 추진');
    expect({ page: consulting.page, period: consulting.period, raw: consulting.totalBudgetRaw, m: consulting.totalBudgetMillionKrw, unit: consulting.totalBudgetUnit })
      .toEqual({ page: 41, period: '3월~8월(착수일로부터 180일)', raw: '90,000천원', m: 90, unit: '천원' }); // page: line 864
    // 000 line 939: 경남도와 공동 위탁 개발(15억,…) 및 단독개발(8억)
    const portal = await programOn(D000, 906, '인천형 업무·정책포털 구축');
    expect(budgetsOn(portal, 939)).toEqual(sortRows([
      { fiscalYear: 2019, phase: 'ORIGINAL', quarter: null, category: '경남도와 공동 위탁 개발', millionKrw: 1500, rawText: '15억', unitAsPrinted: '억원' },
      { fiscalYear: 2019, phase: 'ORIGINAL', quarter: null, category: '단독개발', millionKrw: 800, rawText: '8억', unitAsPrinted: '억원' },
    ]));
    // 000 line 1624: 소요예산 및 사업기간 : 1,630,000천원(2019. 3. ~ 11.)
    const web = await programOn(D000, 1533, '시민 중심의 웹 서비스 강화');
    expect(budgetsOn(web, 1624).map((b) => [b.millionKrw, b.rawText, b.unitAsPrinted])).toEqual([[1630, '1,630,000천원', '천원']]);
    // 000 line 1657: 소요예산 및 사업기간 : 397,843천원 / line 1687: 133,360천원 / line 1698: 81,840천원
    const cloud = await programOn(D000, 1534, '클라우드 시스템 도입을 통한 정보자원 통합 관리운영');
    expect([1657, 1687, 1698].flatMap((l) => budgetsOn(cloud, l).map((b) => [b.millionKrw, b.rawText]))).toEqual([[397.843, '397,843천원'], [133.36, '133,360천원'], [81.84, '81,840천원']]);
  });

  test('a budget split by payer: 무상교복 14,216백만원 (시 4,331, 군·구 2,777, 교육청 7,108) (000 line 1114)', async () => {
    // the sub-project's own record (총괄표 row 692, section 1109): 14,216 printed at 692 and 1114 is one figure
    const p = await programOn(D000, 1109, '중·고등학교 신입생 무상교복 지원 [신규]');
    expect(sortRows(budgetsOn(p, 1114).map((b) => [b.category, b.millionKrw, b.rawText, b.unitAsPrinted]))).toEqual(sortRows([
      [null, 14216, '14,216', '백만원'],
      ['시', 4331, '4,331', '백만원'],
      ['군·구', 2777, '2,777', '백만원'],
      ['교육청', 7108, '7,108', '백만원'],
    ]));
    // line 1547: 사업예산 : 365백만원(국비 182.7, 시비 182.7)
    const gap = await programOn(D000, 1538, '정보격차 및 정보화 역기능 해소');
    expect(budgetsOn(gap, 1547).map((b) => b.millionKrw).sort((a, b) => a - b)).toEqual([182.7, 182.7, 365]);
  });

  test('추경 and 중기 phases (000 lines 1794, 1904)', async () => {
    // line 1904: 사업비: 100백만원(5개소, 개당 20백만원, '19년 1회추경 반영)
    const model = await programOn(D000, 1820, '스마트도시 혁신모델 기반 조성');
    // the same 100 is the 총괄표 row's cell (line 736): one figure, printed twice
    expect(budgetsOn(model, 1904)).toEqual([{ fiscalYear: 2019, phase: 'SUPPLEMENTARY', quarter: null, category: null, millionKrw: 100, rawText: '100', unitAsPrinted: '백만원' }]);
    expect(model.budgets.find((b: any) => b.phase === 'SUPPLEMENTARY').sourceLines).toEqual([736, 1904]);
    // line 1793: 연도	계	2019	2020	2021	2022 / line 1794: 구축운영	2,820	1,300	640	440	440
    const bigdata = await programOn(D000, 1773, '빅데이터 플랫폼 구축을 통한 데이터 이용활성화');
    // 1,300 for 2019 is the 총괄표 row's figure too (lines 733, 1783); 2,820 is the period's total
    expect(budgetsOn(bigdata, 1794).map((b) => [b.fiscalYear, b.phase, b.millionKrw])).toEqual([[2019, 'ORIGINAL', 1300], [2020, 'MIDTERM_PLAN', 640], [2021, 'MIDTERM_PLAN', 440], [2022, 'MIDTERM_PLAN', 440]]);
    expect(bigdata.projectTotals).toEqual([{ period: '2019~2022', category: null, millionKrw: 2820, rawText: '2,820', sourceLine: 1794 }]);
  });

  test('a committee with its composition: 인천광역시 평화도시조성 위원회 (000 lines 976–978)', async () => {
    // line 978: 구 성 : 총 30명 이내 (당연직 7명, 위촉직 23명)
    expect(await committee(D000, '인천광역시 평화도시조성 위원회')).toMatchObject({ kind: 'CITY_COMMITTEE', memberCount: 30, exOfficioCount: 7, appointedCount: 23, sourceLine: 976 });
  });

  test('council committees (000 lines 108–109)', async () => {
    const { committees } = await data(`query($doc: ID!) { committees(filter: { documentId: $doc, kind: COUNCIL_COMMITTEE }) { nodes { name sourceLine } } }`, { doc: D000 });
    // line 108: 상임위원회 : 6개(의회운영, 기획행정, 문화복지, 산업경제, 건설교통, 교육위원회)
    // line 109: 특별위원회 : 2개(예산결산, 윤리 특별위원회)
    expect(sortRows(committees.nodes.map((c: any) => [c.sourceLine, c.name]))).toEqual(sortRows([
      [108, '의회운영위원회'], [108, '기획행정위원회'], [108, '문화복지위원회'], [108, '산업경제위원회'], [108, '건설교통위원회'], [108, '교육위원회'],
      [109, '예산결산특별위원회'], [109, '윤리특별위원회'],
    ]));
  });

  test('인천 지역구 국회의원: 13 (000 line 184), packed committee cells (lines 189, 195, 197, 200)', async () => {
    const { people } = await data(`query($doc: ID!) { people(filter: { documentId: $doc }, first: 100) { totalCount } }`, { doc: D000 });
    expect(people.totalCount).toBe(13);
    const titles = async (name: string) => sortRows((await person(D000, name)).roles.map((r: any) => [r.title, r.state, r.asOf, r.sourceLine]));
    // line 186: [2018. 12. 13. 현재]
    const asOf = '2018. 12. 13.';
    // line 197: 부평구을		홍영표 (3선)	국회운영위원회(위원장) 국방위원회, 정보위원회	더불어민주당
    expect(await titles('홍영표')).toEqual(sortRows([['국회의원', 'SERVING', asOf, 197], ['국회운영위원회 위원장', 'SERVING', asOf, 197], ['국방위원회 위원', 'SERVING', asOf, 197], ['정보위원회 위원', 'SERVING', asOf, 197]]));
    // line 189: 중·동·강화·옹진군		안상수 (3선)	행정안전위원회 예산결산특별위원회(위원장)	자유한국당
    expect(await titles('안상수')).toEqual(sortRows([['국회의원', 'SERVING', asOf, 189], ['행정안전위원회 위원', 'SERVING', asOf, 189], ['예산결산특별위원회 위원장', 'SERVING', asOf, 189]]));
    // line 195: 남동구을		윤관석 (재선)	국토교통위원회(간사)	더불어민주당
    expect(await titles('윤관석')).toEqual(sortRows([['국회의원', 'SERVING', asOf, 195], ['국토교통위원회 간사', 'SERVING', asOf, 195]]));
    // line 200: 서구갑		이학재 (3선)	국토교통위원회 정보위원회(위원장)	바른미래당
    expect(await titles('이학재')).toEqual(sortRows([['국회의원', 'SERVING', asOf, 200], ['국토교통위원회 위원', 'SERVING', asOf, 200], ['정보위원회 위원장', 'SERVING', asOf, 200]]));
  });

  test('strategies 6 and 8 with their numbered items (000 lines 617–641)', async () => {
    const { strategies } = await data(`query($doc: ID!) { strategies(filter: { documentId: $doc }) { totalCount nodes { number title sourceLine items { number title sourceLine } } } }`, { doc: D000 });
    expect(strategies.totalCount).toBe(12); // 전략 1. … 전략 12. (lines 569–667)
    const six = strategies.nodes.find((s: any) => s.number === '6');
    expect(six).toEqual({
      number: '6', title: '법무행정서비스 강화', sourceLine: 617, // line 617–618: 전략 6. / 법무행정서비스 강화
      items: [
        { number: '①', title: '자치법규 입법지원 및 법제업무 역량강화 교육', sourceLine: 620 },
        { number: '②', title: '행정심판 및 송무역량 강화를 통한 신뢰받는 시정 구현', sourceLine: 621 },
        { number: '③', title: '불합리한 규제 발굴 해소', sourceLine: 622 },
        { number: '④', title: '시민중심의 권리보호 및 규제업무의 신뢰성 제고', sourceLine: 623 },
      ],
    });
    // line 640: ④ 인천형 업무·정책포털 구축 (신규)
    expect(strategies.nodes.find((s: any) => s.number === '8').items.map((i: any) => [i.number, i.sourceLine])).toEqual([['①', 637], ['②', 638], ['③', 639], ['④', 640], ['⑤', 641]]);
  });
});

// ---------------------------------------------------------------------------------------
// 001: 2018 주요업무계획 of the administration bureau
// ---------------------------------------------------------------------------------------

describe('001 — 2018 주요업무계획 of the administration bureau', () => {
  const plan = 2018;

  // line 32–33: 구 분	2017년	2018년	내 역 (인건비 물건비 사업예산); line 30: (단위 : 백만원)
  test.each<[number, string, [string, string, string, string, string]]>([
    // 001 line 35: 총 무 과	19,211	20,293	44	16,104	4,145
    [35, '총무과', ['19,211', '20,293', '44', '16,104', '4,145']],
    // 001 line 36: 인 사 과	210,285	223,465	132,175	9,795	81,495
    [36, '인사과', ['210,285', '223,465', '132,175', '9,795', '81,495']],
    // 001 line 37 (empty 인건비 cell): 자 치 행 정 과	6,194,768	7,182,239		627	7,181,612
    [37, '자치행정과', ['6,194,768', '7,182,239', '', '627', '7,181,612']],
    // 001 line 38: 지 역 공 동 체 과	2,654	3,134		55	3,079
    [38, '지역공동체과', ['2,654', '3,134', '', '55', '3,079']],
    // 001 line 39: 신청사건립추진단	510	6,298		10	6,288
    [39, '신청사건립추진단', ['510', '6,298', '', '10', '6,288']],
    // 001 line 40: 민 원 실	3,471	3,895		3,193	702
    [40, '민원실', ['3,471', '3,895', '', '3,193', '702']],
    // 001 line 41: 토 지 정 보 과	4,910	3,345		1,540	1,805
    [41, '토지정보과', ['4,910', '3,345', '', '1,540', '1,805']],
  ])('budget on line %i of %s (shifted 인건비 column)', async (line, name, printed) => {
    expect(await orgBudgetsOn(D001, name, line)).toEqual(orgBudgetRow([2017, 2018], printed));
  });

  test('the 2018 budget total adds up (001 line 34)', async () => {
    const { documents } = await data(`{ documents { id totalChecks { of printed computed matches sourceLine label } } }`);
    const checks = documents.find((d: any) => d.id === D001).totalChecks.filter((c: any) => c.sourceLine === 34);
    // line 34: 계	6,435,809	7,442,669	132,219	31,324	7,279,126
    expect(sortRows(checks.map((c: any) => [c.printed, c.matches]))).toEqual(sortRows([[6435809, true], [7442669, true], [132219, true], [31324, true], [7279126, true]]));
  });

  // 총괄표 (line 357; 단위 백만원 line 359): [line, title, 신규/계속, 사업기간, 총사업비, 국가지원, 전략, 조직]
  test.each<[number, string, 'NEW' | 'CONTINUING', string, string, string | null, string, string]>([
    // 001 line 362: 300만 인천주권시대「시민 대화합 한마당」	계속	'18.01.~10.	340
    [362, '300만 인천주권시대「시민 대화합 한마당」', 'CONTINUING', "'18.01.~10.", '340', null, '1', '총무과'],
    // 001 line 363: - 직원 수요 중심의 사기진작 방안 제고	계속	지속	10,754
    [363, '직원 수요 중심의 사기진작 방안 제고', 'CONTINUING', '지속', '10,754', null, '1', '총무과'],
    // 001 line 365: - 시청사 환경개선 시민·직원 만족도 향상	계속	'18.01~12.	5,900
    [365, '시청사 환경개선 시민·직원 만족도 향상', 'CONTINUING', "'18.01~12.", '5,900', null, '1', '총무과'],
    // 001 line 368: - 우수 인재 선발 및 핵심인재 양성	계속	지속	2,678
    [368, '우수 인재 선발 및 핵심인재 양성', 'CONTINUING', '지속', '2,678', null, '2', '인사과'],
    // 001 line 372: - 북한이탈주민과 함께 하는 통일 한마음체육대회	신규	'18.10월중	30
    [372, '북한이탈주민과 함께 하는 통일 한마음체육대회', 'NEW', "'18.10월중", '30', null, '3', '자치행정과'],
    // 001 line 374: - 시민참여 확대와 지속가능한 가치재창조 추진	계속	지속	1,137
    [374, '시민참여 확대와 지속가능한 가치재창조 추진', 'CONTINUING', '지속', '1,137', null, '3', '자치행정과'],
    // 001 line 376 (shifted right, empty 사업기간 cell): - 주민자치 역량 강화 및 지원 확대	계속		지속	367
    [376, '주민자치 역량 강화 및 지원 확대', 'CONTINUING', '지속', '367', null, '4', '지역공동체과'],
    // 001 line 377 (shifted): - 자원봉사 재능 기부와 나눔문화 확산	계속		지속	1,993
    [377, '자원봉사 재능 기부와 나눔문화 확산', 'CONTINUING', '지속', '1,993', null, '4', '지역공동체과'],
    // 001 line 378 (shifted): - 지역주민 주도 따뜻한 마을 공동체 실현	계속		지속	752
    [378, '지역주민 주도 따뜻한 마을 공동체 실현', 'CONTINUING', '지속', '752', null, '4', '지역공동체과'],
    // 001 line 380 (shifted left, no 시정방침 cell): - 친절·공정·신속한 민원만족 서비스 제공	계속	지속	3,119	외교부
    [380, '친절·공정·신속한 민원만족 서비스 제공', 'CONTINUING', '지속', '3,119', '외교부', '6', '민원실'],
    // 001 line 381: - 체계적인 기록물관리 및 투명한 정보공개	계속	지속	150	- (국가지원 `-`)
    [381, '체계적인 기록물관리 및 투명한 정보공개', 'CONTINUING', '지속', '150', null, '6', '민원실'],
    // 001 line 383: - Data 부자도시 "스마트GIS인천"	계속	'17~'20	1,780
    // the row's period '17~'20 belongs to its 1,780 (a project total); the merged record's period is the section's (line 295)
    [383, 'Data 부자도시 "스마트GIS인천"', 'CONTINUING', '2018. 3.~12.', '1,780', null, '7', '토지정보과'],
    // 001 line 384: - 드론으로 펼치는 지적 및 공간정보	신규	'18~'30	306
    [384, '드론으로 펼치는 지적 및 공간정보', 'NEW', "'18~'30", '306', null, '7', '토지정보과'],
  ])('총괄표 program on line %i: %s', async (line, title, status, period, raw, nationalSupport, strategy, org) => {
    const p = await programOn(D001, line, title);
    expect(p.mentions).toContainEqual(expect.objectContaining({ sourceLine: line, role: 'SUMMARY_ROW' }));
    expect({ status: p.status, period: p.period, totalBudgetRaw: p.totalBudgetRaw, totalBudgetMillionKrw: p.totalBudgetMillionKrw, totalBudgetUnit: p.totalBudgetUnit, nationalSupport: p.nationalSupport, strategy: p.strategy?.number ?? null, organisation: p.organisation?.name ?? null })
      .toEqual({ status, period, totalBudgetRaw: raw, totalBudgetMillionKrw: Number(raw.replace(/,/g, '')), totalBudgetUnit: '백만원', nationalSupport, strategy, organisation: org });
  });

  // 세부지표 (line 389, 410, 434): 지 표	단위	2017	2018	2019
  const Y = [2017, 2018, 2019];
  test.each<[number, string, string, string[]]>([
    // 001 line 390: ○ 시민 대화합 한마당 참여인원	명	30,000	30,000	35,000
    [390, '시민 대화합 한마당 참여인원', '명', ['30,000', '30,000', '35,000']],
    // 001 line 392: ○ 맞춤형복지 혜택 제공	백만원	9,747	10,412	10,412
    [392, '맞춤형복지 혜택 제공', '백만원', ['9,747', '10,412', '10,412']],
    // 001 line 393: ○ 콘도 이용지원 확대	박(泊)	1,878	1,998	2,148
    [393, '콘도 이용지원 확대', '박(泊)', ['1,878', '1,998', '2,148']],
    // 001 line 395 (2017 cell empty): ○ 직원 마음건강 지원사업(신규)	백만원		200	200
    [395, '직원 마음건강 지원사업(신규)', '백만원', ['', '200', '200']],
    // 001 line 396 (2018 cell empty): ○ 공무원노조 단체협약 체결	회	1		1
    [396, '공무원노조 단체협약 체결', '회', ['1', '', '1']],
    // 001 line 399: ○ 예산 효율집행으로 지역경제 활성화	억원	54	59	60
    [399, '예산 효율집행으로 지역경제 활성화', '억원', ['54', '59', '60']],
    // 001 line 402: ○ 신규 공무원 선발	인원	496	446	446
    [402, '신규 공무원 선발', '인원', ['496', '446', '446']],
    // 001 line 403 (no numbers): ○ 역량교육 추진	추진 단계	용역 시행	시범 교육	정상 운영
    [403, '역량교육 추진', '추진 단계', ['용역 시행', '시범 교육', '정상 운영']],
    // 001 line 406 (stray bracket as printed): ○ 시민 희망데이트』 운영	회	6	6	6
    [406, '시민 희망데이트』 운영', '회', ['6', '6', '6']],
    // 001 line 411: ○ 군·구 소통협력관 지정 운영	회	수시	수시	수시
    [411, '군·구 소통협력관 지정 운영', '회', ['수시', '수시', '수시']],
    // 001 line 414: ○ 자치구 명칭변경 및 구간 경계조정	개소	3	5	5
    [414, '자치구 명칭변경 및 구간 경계조정', '개소', ['3', '5', '5']],
    // 001 line 417: ○ 통일한마음체육대회 참석인원	명		1,000	1,000
    [417, '통일한마음체육대회 참석인원', '명', ['', '1,000', '1,000']],
    // 001 line 426: ○ 주민자치센터 프로그램 참여인원(17.3분기)	명	163,235	220,000	225,000
    [426, '주민자치센터 프로그램 참여인원(17.3분기)', '명', ['163,235', '220,000', '225,000']],
    // 001 line 427: ○ 洞단위 자원봉사센터 시범 운영	개소		20	50
    [427, '洞단위 자원봉사센터 시범 운영', '개소', ['', '20', '50']],
    // 001 line 435: ○ 고객 만족 전화 친절도 조사	점	89.4	89.8	90
    [435, '고객 만족 전화 친절도 조사', '점', ['89.4', '89.8', '90']],
    // 001 line 437: ○ 민원 처리 기간 단축	%	68.9	69.8	70
    [437, '민원 처리 기간 단축', '%', ['68.9', '69.8', '70']],
    // 001 line 439: ○ 중요기록물 DB구축	권	1,590	2,275	1,256
    [439, '중요기록물 DB구축', '권', ['1,590', '2,275', '1,256']],
    // 001 line 442: ○ Map 서비스 확대	건	7,738	10,000	12,000
    [442, 'Map 서비스 확대', '건', ['7,738', '10,000', '12,000']],
    // 001 line 443: ○ 지적재조사지구 선정	개수	-	4	8
    [443, '지적재조사지구 선정', '개수', ['-', '4', '8']],
    // 001 line 444: ○ 정사영상 제작	건	-	4	8
    [444, '정사영상 제작', '건', ['-', '4', '8']],
  ])('indicator on line %i: %s', async (line, name, unit, printed) => {
    const node = await indicatorOn(D001, line, name, name);
    expect({ name: node.name, unit: node.unit, values: node.values }).toEqual({ name, unit, values: cells(plan, Y, printed) });
  });

  test('자가총액 in 억원 stays in the printed unit (001 lines 75–81)', async () => {
    // line 75: (단위 : 억원); line 77: 2010년 … 2017년; line 81: 인천	2,092,407 … 2,870,881
    const table = await indicatorOn(D001, 78, '자가총액', '자가총액');
    const incheon = table.values.filter((v: any) => v.dimension === '인천').map(({ dimension, ...v }: any) => v);
    expect({ unit: table.unit, dimensionName: table.dimensionName, values: incheon }).toEqual({
      unit: '억원', dimensionName: '지역',
      values: cells(plan, [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017], ['2,092,407', '2,150,515', '2,255,091', '2,378,426', '2,430,241', '2,543,908', '2,653,236', '2,870,881']),
    });
  });

  test('key issues: budgets printed in 백만원 and 천원 (001 lines 112, 142, 247, 250, 296)', async () => {
    // line 112: 예산액 : 200백만원
    const care = await programOn(D001, 90, '직원 마음건강 지원사업 추진');
    expect({ status: care.status, budgets: budgetsOn(care, 112) }).toEqual({ status: 'NEW', budgets: [{ fiscalYear: 2018, phase: 'ORIGINAL', quarter: null, category: null, millionKrw: 200, rawText: '200백만원', unitAsPrinted: '백만원' }] }); // line 90: (신규)
    // line 142: 사업비 : 2,957백만원(성능평가 40, 시설비 등 2,917)
    const quake = await programOn(D001, 91, '시민과 직원이 안전한 시청사 내진보강');
    expect([quake.totalBudgetRaw, quake.totalBudgetMillionKrw, quake.totalBudgetUnit]).toEqual(['2,957백만원', 2957, '백만원']);
    // line 247: 사업비 : 76,000천원(특별조정교부금)/ 사업기간 : '17.11.20.~'18.3.1.
    const bupyeong = await programOn(D001, 246, '부평구 통합시스템 구축');
    expect([bupyeong.totalBudgetRaw, bupyeong.totalBudgetMillionKrw, bupyeong.totalBudgetUnit, bupyeong.period]).toEqual(['76,000천원', 76, '천원', "'17.11.20.~'18.3.1."]);
    // line 250: 운영비 : 증가액 223,494천원('18년 총운영비 : 2,438,170천원)
    const call = await programOn(D001, 94, '120미추홀콜센터 상담서비스 확대 운영');
    expect(budgetsOn(call, 250).map((b) => [b.millionKrw, b.rawText, b.unitAsPrinted]).sort()).toEqual([[223.494, '223,494천원', '천원'], [2438.17, '2,438,170천원', '천원']].sort());
    // line 296: 사업기간(예산) : 2018. 3.~12. (391백만원)
    const gis = await programOn(D001, 95, '“스마트 GIS 인천” 추진');
    expect([gis.period, budgetsOn(gis, 296).map((b) => b.millionKrw)]).toEqual(['2018. 3.~12.', [391]]);
  });

  test('억원 project totals of the new city halls (001 lines 828, 829, 861, 862)', async () => {
    // line 828: 사 업 비 : 1,470억원 (추정가격) / line 829: 사업기간 : 2017 ~ 2021년 (5년간)
    const hall = await programOn(D001, 822, '시청 신청사');
    expect([hall.totalBudgetRaw, hall.totalBudgetMillionKrw, hall.totalBudgetUnit, hall.period, hall.organisation.name]).toEqual(['1,470억원 (추정가격)', 147000, '억원', '2017 ~ 2021년 (5년간)', '신청사건립추진단']);
    // line 861: 사 업 비 : 1,394억원 (추정가격) / line 862: 사업기간 : 2017년 ~ 2022년
    const luwon = await programOn(D001, 851, '루원 제2청사');
    expect([luwon.totalBudgetRaw, luwon.totalBudgetMillionKrw, luwon.totalBudgetUnit, luwon.period]).toEqual(['1,394억원 (추정가격)', 139400, '억원', '2017년 ~ 2022년']);
  });

  test('division budgets: 민경보/자경보/자체, 천원 and 구입예산 (001 lines 467–468, 914, 1088)', async () => {
    // line 467: 사업예산 : 360백만원 / line 468: 민경보 120백만원, 자경보 220백만원, 자체 20백만원
    const festival = await programOn(D001, 450, '300만 인천주권시대 「시민 대화합 한마당」');
    expect(budgetsOn(festival, 468).map((b) => [b.category, b.millionKrw])).toEqual(sortRows([['민경보', 120], ['자경보', 220], ['자체', 20]]));
    expect(budgetsOn(festival, 467).map((b) => [b.category, b.millionKrw, b.rawText])).toEqual([[null, 360, '360백만원']]);
    // line 914: 주민자치센터운영 활성화 지원(396,000천원 / 시비 50%, 군·구비 50%)
    const autonomy = await programOn(D001, 886, '주민자치 역량 강화 및 지원 확대');
    expect(budgetsOn(autonomy, 914).map((b) => [b.millionKrw, b.rawText, b.unitAsPrinted])).toEqual([[396, '396,000천원', '천원']]);
    // line 1088: 구입예산은 133백만원(고정의 1기, 회전익 1기, …)
    const drone = await programOn(D001, 1045, '드론으로 펼치는 지적 및 공간정보');
    expect(budgetsOn(drone, 1088).map((b) => b.millionKrw)).toEqual([133]);
  });

  test('공무원 노사공동협의회 of 18 members (001 lines 538, 540)', async () => {
    // line 540: 구성 : 의장(행정부시장), 위원(의장포함 18명, 노사 각 9명)
    expect(await committee(D001, '공무원 노사공동협의회')).toMatchObject({ memberCount: 18, organisation: '총무과', sourceLine: 538 });
  });

  test('the seven strategies under one goal (001 lines 313–353)', async () => {
    const { strategies } = await data(`query($doc: ID!) { strategies(filter: { documentId: $doc }) { nodes { number title goal organisation { name } items { number title } } } }`, { doc: D001 });
    // line 313: 인천 주권시대 시민 중심 행정 구현; lines 315, 322, 327, 335, 341, 345, 350: 전략 1. … 전략 7.
    expect(strategies.nodes.map((s: any) => [s.number, s.title, s.goal])).toEqual([
      ['1', '수요자 중심의 소통과 화합행정 구현', '인천 주권시대 시민 중심 행정 구현'],
      ['2', '조직 전문성 강화 및 성과중심 인사관리', '인천 주권시대 시민 중심 행정 구현'],
      ['3', '시민과 함께하는 300만 시민행복 행정구현', '인천 주권시대 시민 중심 행정 구현'],
      ['4', '시민이 행복한 지역공동체 구현', '인천 주권시대 시민 중심 행정 구현'],
      ['5', '350만 인구시대에 걸맞는 행정서비스 구현', '인천 주권시대 시민 중심 행정 구현'],
      ['6', '시민 중심의 민원서비스 구현', '인천 주권시대 시민 중심 행정 구현'],
      ['7', '스마트 토지·공간정보 도시 인천', '인천 주권시대 시민 중심 행정 구현'],
    ]);
    // lines 352–353: 1 Data 부자도시 “스마트 GIS 인천” / 2 드론으로 펼치는 지적 및 공간정보
    expect(strategies.nodes[6].items).toEqual([{ number: '1', title: 'Data 부자도시 “스마트 GIS 인천”' }, { number: '2', title: '드론으로 펼치는 지적 및 공간정보' }]);
  });
});

// ---------------------------------------------------------------------------------------
// 002: 제259회 임시회 기획행정위원회 주요업무보고, 소통협력관
// ---------------------------------------------------------------------------------------

describe('002 — 2020 council report of 소통협력관', () => {
  const plan = 2020;
  // line 49: 2급 4급 5급 6급 7급 8급 (일반직); line 46: ('20.1.20. 현재)
  const grades = ['2급', '4급', '5급', '6급', '7급', '8급'];

  test.each<[number, string, string, string[]]>([
    // 002 line 50: 계	67/68	1/1	4/3	15/15	25/23	22/21	0/5
    [50, '소통협력관', '67/68', ['1/1', '4/3', '15/15', '25/23', '22/21', '0/5']],
    // 002 line 51: 시 민 정 책 담 당 관 실	19/19	1/1	1/1	4/4	8/7	5/5	0/1
    [51, '시민정책담당관', '19/19', ['1/1', '1/1', '4/4', '8/7', '5/5', '0/1']],
    // 002 line 52: 공 동 체 협 치 담 당 관 실	15/15	0/0	1/1	3/3	6/5	5/3	0/3
    [52, '공동체협치담당관', '15/15', ['0/0', '1/1', '3/3', '6/5', '5/3', '0/3']],
    // 002 line 53: 소 통 기 획 담 당 관 실	21/21	0/0	1/0	5/5	6/6	9/9	0/1
    [53, '소통기획담당관', '21/21', ['0/0', '1/0', '5/5', '6/6', '9/9', '0/1']],
    // 002 line 54: 혁 신 담 당 관 실	12/13	0/0	1/1	3/3	5/5	3/4	0/0
    [54, '혁신담당관', '12/13', ['0/0', '1/1', '3/3', '5/5', '3/4', '0/0']],
  ])('staffing on line %i of %s (0 is printed, so it is 0)', async (line, name, total, printed) => {
    expect(await staffingOn(D002, name, plan, line)).toEqual(staffingRow(grades, total, printed));
  });

  // line 62–63: 부서명	'20년	내역 (사업예산 행정운영경비); line 60: (단위 : 백만원)
  test.each<[number, string, [string, string, string]]>([
    // 002 line 65: 시민정책담당관실	1,751	1,718	33
    [65, '시민정책담당관', ['1,751', '1,718', '33']],
    // 002 line 66: 공동체협치담당관실	4,814	4,787	27
    [66, '공동체협치담당관', ['4,814', '4,787', '27']],
    // 002 line 67: 소통기획담당관실	5,011	4,975	36
    [67, '소통기획담당관', ['5,011', '4,975', '36']],
    // 002 line 68: 혁신담당관실	239	220	19
    [68, '혁신담당관', ['239', '220', '19']],
  ])('2020 budget on line %i of %s', async (line, name, [total, project, admin]) => {
    const row = (category: string | null, raw: string) => ({ fiscalYear: 2020, phase: 'ORIGINAL', quarter: null, category, millionKrw: Number(raw.replace(/,/g, '')), rawText: raw, unitAsPrinted: '백만원' });
    expect(await orgBudgetsOn(D002, name, line)).toEqual(sortRows([row(null, total), row('사업예산', project), row('행정운영경비', admin)]));
  });

  // 위원회 현황 (line 74–75: 위원회명 위원장 계 당연 위촉 비고; line 72: ('20.1.20. 현재))
  test.each<[number, string, string[], number, number | null, number, string]>([
    // 002 line 76: 공론화위원회	원혜욱	15	3	12	시민정책담당관실
    [76, '공론화위원회', ['원혜욱'], 15, 3, 12, '시민정책담당관'],
    // 002 line 77: 공익사업선정위원회	이상권	15	-	15	공동체협치담당관실
    [77, '공익사업선정위원회', ['이상권'], 15, null, 15, '공동체협치담당관'],
    // 002 line 78 (co-chairs; 비고 blank, the ditto of line 79 carries line 77 down): 인천민관동행위원회	박남춘, 정세일 (공동위원장)	38	7	31
    [78, '인천민관동행위원회', ['박남춘', '정세일'], 38, 7, 31, '공동체협치담당관'],
    // 002 line 79 (ditto mark): 기부심사위원회	박남춘	10	8	2	“
    [79, '기부심사위원회', ['박남춘'], 10, 8, 2, '공동체협치담당관'],
    // 002 line 80 (ditto mark): 마을공동체만들기위원회	박인서	19	5	14	“
    [80, '마을공동체만들기위원회', ['박인서'], 19, 5, 14, '공동체협치담당관'],
    // 002 line 81: 상징물관리위원회	박준형	15	2	13	소통기획담당관실
    [81, '상징물관리위원회', ['박준형'], 15, 2, 13, '소통기획담당관'],
    // 002 line 82 (ditto mark): 간행물발간심의위원회	김광용	11	9	2	“
    [82, '간행물발간심의위원회', ['김광용'], 11, 9, 2, '소통기획담당관'],
    // 002 line 83 (ditto mark): 홍보대사추천위원회	박인서	10	3	7	“
    [83, '홍보대사추천위원회', ['박인서'], 10, 3, 7, '소통기획담당관'],
    // 002 line 84: 규제개혁위원회	박준하	18	8	10	혁신담당관실
    [84, '규제개혁위원회', ['박준하'], 18, 8, 10, '혁신담당관'],
  ])('committee on line %i: %s', async (line, name, chairs, memberCount, exOfficioCount, appointedCount, organisation) => {
    expect(await committee(D002, name)).toEqual({
      name, kind: 'CITY_COMMITTEE', chair: chairs.join(', '), chairs, memberCount, exOfficioCount, appointedCount,
      asOf: "'20.1.20.", asOfDate: '2020-01-20', sourceLine: line, organisation,
    });
  });

  test('node(id) answers a committee as the list does (002 line 84)', async () => {
    const { committees } = await data(COMMITTEES, { doc: D002, search: '규제개혁' });
    const { node } = await data(`query($id: ID!) { node(id: $id) { __typename ... on Committee { name chair memberCount document { id } } } }`, { id: committees.nodes[0].id });
    expect(node).toEqual({ __typename: 'Committee', name: '규제개혁위원회', chair: '박준하', memberCount: 18, document: { id: D002 } });
  });

  // 단체 현황 (line 92: 단체명 대표 소재지 회원수(명) 연락처; line 90: ('20.1.20. 현재))
  test.each<[number, string, string, string, number, number | null, string, string]>([
    // 002 line 93: 인천광역시 새마을회	김의식	남동구 예술로192번길 40(구월동)	27,083	433-4054
    [93, '인천광역시 새마을회', '김의식', '남동구 예술로192번길 40(구월동)', 27083, null, '27,083', '433-4054'],
    // 002 line 94: 바르게살기운동 인천광역시협의회	구광회	연수구 앵고개로 183 남동부수도사업소 2층(동춘동)	7,036	822-7445
    [94, '바르게살기운동 인천광역시협의회', '구광회', '연수구 앵고개로 183 남동부수도사업소 2층(동춘동)', 7036, null, '7,036', '822-7445'],
    // 002 line 95: 한국자유총연맹 인천광역시지부	이정희	미추홀구 수봉안길 84(송의동)	54,330	868-0113
    [95, '한국자유총연맹 인천광역시지부', '이정희', '미추홀구 수봉안길 84(송의동)', 54330, null, '54,330', '868-0113'],
    // 002 line 96: 인천사랑운동 시민협의회	황규철	연수구 갯벌로 12 미추홀타워 1303호	94(개인) 22(법인)	439-0493
    [96, '인천사랑운동 시민협의회', '황규철', '연수구 갯벌로 12 미추홀타워 1303호', 94, 22, '94(개인) 22(법인)', '439-0493'],
    // 002 line 97: 인천광역시 주민자치연합회	최규영	미추홀구 경원대로 754(주안동)	3,354	439-4411
    [97, '인천광역시 주민자치연합회', '최규영', '미추홀구 경원대로 754(주안동)', 3354, null, '3,354', '439-4411'],
  ])('civic organisation on line %i: %s', async (line, name, representative, address, memberCount, corporateMemberCount, membersRaw, phone) => {
    const { civicOrganisations } = await data(`query($doc: ID!, $search: String!) { civicOrganisations(filter: { documentId: $doc, search: $search }) { nodes { name representative address memberCount corporateMemberCount membersRaw phone asOf sourceLine } } }`, { doc: D002, search: name });
    expect(civicOrganisations.nodes).toEqual([{ name, representative, address, memberCount, corporateMemberCount, membersRaw, phone, asOf: "'20.1.20.", sourceLine: line }]);
  });

  test.each<[string, number, Array<[string, string, string | null, string | null, string | null]>]>([
    // 002 line 104: 신봉훈 ○소통협력관(2018. 10. 15. ~ )
    ['신봉훈', 104, [['소통협력관', 'SERVING', '2018. 10. 15.', null, '소통협력관']]],
    // 002 line 107: 이종우 ○시민정책담당관(2018. 10. 8. ~ ) ○소통담당관(2018. 8. 1. ~ 2018. 10. 7.)
    ['이종우', 107, [['시민정책담당관', 'SERVING', '2018. 10. 8.', null, '시민정책담당관'], ['소통담당관', 'FORMER', '2018. 8. 1.', '2018. 10. 7.', '소통담당관']]],
    // 002 line 110: 박재성 ○ 공동체협치담당관 ('19. 8. 5 ~ ) ○ 민관협치담당관 (2018. 11. 22 ~ '19. 8. 4)
    ['박재성', 110, [['공동체협치담당관', 'SERVING', "'19. 8. 5", null, '공동체협치담당관'], ['민관협치담당관', 'FORMER', '2018. 11. 22', "'19. 8. 4", '민관협치담당관']]],
    // 002 line 116: 최기건 ○ 혁신담당관(2018. 10. 8. ~ ) ○ 해양항공국 항공과(2018)
    ['최기건', 116, [['혁신담당관', 'SERVING', '2018. 10. 8.', null, '혁신담당관']]],
  ])('official %s and the posts of the career line %i', async (name, line, posts) => {
    const p = await person(D002, name);
    const printed = new Set(posts.map(([title]) => title));
    const got = p.roles.filter((r: any) => printed.has(r.title)).map(role);
    expect(sortRows(got)).toEqual(sortRows(posts.map(([title, state, since, until, organisation]) => ({ title, state, since, until, organisation, sourceLine: line }))));
  });

  test('the vacant post of 소통기획담당관 (002 lines 112–113: <공석>)', async () => {
    const { node } = await data(`{ node(id: "org:소통기획담당관") { ... on Organisation { posts { title state person { name } sourceLine document { id } } } } }`);
    expect(node.posts.filter((p: any) => p.state === 'VACANT')).toEqual([{ title: '소통기획담당관', state: 'VACANT', person: null, sourceLine: 112, document: { id: D002 } }]);
  });

  test('co-chairs are two people, one of them chairing a second committee (002 lines 78–79)', async () => {
    expect((await person(D002, '정세일')).roles.map(role)).toEqual([{ title: '인천민관동행위원회 공동위원장', state: 'SERVING', since: null, until: null, organisation: '공동체협치담당관', sourceLine: 78 }]);
  });

  // 총괄목록 (lines 143–160): 관리번호 처리구분 제목 실·국 과 조치상황, ditto marks (“) repeat the cell above
  test.each<[number, string, 'ACTION_REQUEST' | 'RECOMMENDATION', string, string]>([
    // 002 line 145: 19-1	처리요구	소통협력 분야 시민만족도 조사 결과 활용철저	소통협력관	시민정책 담당관실	진행
    [145, '19-1', 'ACTION_REQUEST', '소통협력 분야 시민만족도 조사 결과 활용철저', '시민정책담당관'],
    // 002 line 146: 19-2	“	시민의 눈높이에 맞게 공론화위원회 시스템 보완	“	“	“
    [146, '19-2', 'ACTION_REQUEST', '시민의 눈높이에 맞게 공론화위원회 시스템 보완', '시민정책담당관'],
    // 002 line 147: 19-3	“	‘시민정책 소통의 날’ 관련 운영 개선	“	“	“
    [147, '19-3', 'ACTION_REQUEST', '‘시민정책 소통의 날’ 관련 운영 개선', '시민정책담당관'],
    // 002 line 148: 19-4	“	공공갈등 관리 관련 갈등 조정시스템 개선	“	“	“
    [148, '19-4', 'ACTION_REQUEST', '공공갈등 관리 관련 갈등 조정시스템 개선', '시민정책담당관'],
    // 002 line 149: 19-5	“	비영리민간단체 보조금 부적정 사용 방지를 위한 교육철저	“	공동체협치 담당관실	“
    [149, '19-5', 'ACTION_REQUEST', '비영리민간단체 보조금 부적정 사용 방지를 위한 교육철저', '공동체협치담당관'],
    // 002 line 153: 19-6	처리요구	원도심 지역이 포함된 영상 등 홍보물 제작	소통협력관	소통기획 담당관실	진행
    [153, '19-6', 'ACTION_REQUEST', '원도심 지역이 포함된 영상 등 홍보물 제작', '소통기획담당관'],
    // 002 line 154: 19-7	“	인천시 도시자산(건축자산, 문화유산, 산업유산)을 활용한 인포그래픽 등 도시 홍보물 제작	“	“	“
    [154, '19-7', 'ACTION_REQUEST', '인천시 도시자산(건축자산, 문화유산, 산업유산)을 활용한 인포그래픽 등 도시 홍보물 제작', '소통기획담당관'],
    // 002 line 155: 19-8	“	시민 및 공무원 제안 채택률 향상을 위한 방안 추진	“	혁신 담당관실	“
    [155, '19-8', 'ACTION_REQUEST', '시민 및 공무원 제안 채택률 향상을 위한 방안 추진', '혁신담당관'],
    // 002 line 156: 19-9	건의	공동체 중심의 협업체계 구축 운영	“	공동체협치 담당관실	“
    [156, '19-9', 'RECOMMENDATION', '공동체 중심의 협업체계 구축 운영', '공동체협치담당관'],
    // 002 line 157: 19-10	“	주민자치회 전환 과정에서 주민대표성 확보방안 마련	“	“	“
    [157, '19-10', 'RECOMMENDATION', '주민자치회 전환 과정에서 주민대표성 확보방안 마련', '공동체협치담당관'],
    // 002 line 158: 19-11	“	위원회 활성화를 위한 혁신모델 개발	“	“	“
    [158, '19-11', 'RECOMMENDATION', '위원회 활성화를 위한 혁신모델 개발', '공동체협치담당관'],
    // 002 line 159: 19-12	“	위원회에 대한 일제조사 및 정비를 통해 효과적인 위원회 활동방안 마련 필요	“	“	“
    [159, '19-12', 'RECOMMENDATION', '위원회에 대한 일제조사 및 정비를 통해 효과적인 위원회 활동방안 마련 필요', '공동체협치담당관'],
    // 002 line 160: 19-13	“	SNS별 특성에 맞는 효과 적인 시정홍보 콘텐츠 개발	“	소통기획 담당관실	“
    [160, '19-13', 'RECOMMENDATION', 'SNS별 특성에 맞는 효과 적인 시정홍보 콘텐츠 개발', '소통기획담당관'],
  ])('2019 audit finding on line %i (%s)', async (line, code, kind, title, organisation) => {
    const f = await findingOn(D002, line);
    // 위원회명 기획행정 (lines 165, 173, … 474); 조치 상황 진행 (ditto of line 145 / 153)
    expect({ code: f.code, kind: f.kind, title: unspaced(f.title), organisation: f.organisation?.name, status: f.status, committee: f.committee, auditYear: f.auditYear, year: f.year })
      .toEqual({ code, kind, title: unspaced(title), organisation, status: '진행', committee: '기획행정', auditYear: 2019, year: plan });
  });

  test('the 2019 audit: 13 findings, 8 처리요구 and 5 건의 (002 lines 136–139)', async () => {
    const findings = await findingsOf(D002);
    expect(findings.totalCount).toBe(13);
    expect(findings.nodes.filter((f: any) => f.kind === 'ACTION_REQUEST')).toHaveLength(8);
    expect(findings.nodes.filter((f: any) => f.kind === 'RECOMMENDATION')).toHaveLength(5);
    expect(findings.nodes.filter((f: any) => f.kind === 'CORRECTION_REQUEST')).toHaveLength(0); // line 137: 시정요구	-
  });

  test('planned actions with their dates (002 lines 193–194, 467–469)', async () => {
    // line 193: 공론화위원회 심의대상 및 운영 개선에 대한 의견수렴: '20. 4. / line 194: … 안전 상정 및 심의의결: '20. 6.
    expect((await findingOn(D002, 146)).actions).toEqual([
      { summary: '공론화위원회 심의대상 및 운영 개선에 대한 의견수렴', due: "'20. 4.", sourceLine: 193 },
      { summary: '공론화위원회 운영세칙 수정에 대한 안전 상정 및 심의의결', due: "'20. 6.", sourceLine: 194 },
    ]);
    // lines 467–469: '20. 1. : 정비계획 수립 / '20. 2. ~ 3.: 운영실태 조사 / 소관부서 의견조회 및 협의실시 / '20. 4. ~ 5.: 최종검토 및 확정, 결과보고
    expect((await findingOn(D002, 159)).actions.filter((a: any) => a.due !== null)).toEqual([
      { summary: '정비계획 수립', due: "'20. 1.", sourceLine: 467 },
      { summary: '운영실태 조사 / 소관부서 의견조회 및 협의실시', due: "'20. 2. ~ 3.", sourceLine: 468 },
      { summary: '최종검토 및 확정, 결과보고', due: "'20. 4. ~ 5.", sourceLine: 469 },
    ]);
  });

  // 2020 주요업무 추진계획 (line 514); pages from the table of contents (lines 16–34); 예산 집행계획 in 백만원
  type Exec = [number, string | null, [string, string, string, string, string, string]];
  test.each<[number, string, number, string, Exec[]]>([
    // TOC line 16 (p. 26); 【시민정책담당관실】 line 520
    [518, '시민과 함께하는 공감시정 구현', 26, '시민정책담당관', [
      // 002 line 546: 계	183	227	8	101	8	110
      [546, null, ['183', '227', '8', '101', '8', '110']],
      // 002 line 547: 시민정책자문단 운영	27	31	8	8	8	7
      [547, '시민정책자문단 운영', ['27', '31', '8', '8', '8', '7']],
      // 002 line 548: 시민토론회 개최	106	146		73		73
      [548, '시민토론회 개최', ['106', '146', '', '73', '', '73']],
      // 002 line 549: 소통협력부서 시민만족도조사	50	50		20		30
      [549, '소통협력부서 시민만족도조사', ['50', '50', '', '20', '', '30']],
    ]],
    // TOC line 17 (p. 27); line 582: 국민운동 및 건전시민단체 지원	2,208	1,196	247	368	247	334
    [556, '국민운동단체 등과 함께하는 협치 시정 추진', 27, '시민정책담당관', [[582, null, ['2,208', '1,196', '247', '368', '247', '334']]]],
    // TOC line 18 (p. 28); line 621: 시민정책 네트워크 운영	9	9	2.25	2.25	2.25	2.25
    [589, '시민참여 활성화를 위한 정책기반 강화', 28, '시민정책담당관', [[621, null, ['9', '9', '2.25', '2.25', '2.25', '2.25']]]],
    // TOC line 19 (p. 29); line 660: 공론조사 및 토론회 개최	200	200		124		76
    [628, '참여와 숙의를 통한 인천형 공론화 추진', 29, '시민정책담당관', [[660, null, ['200', '200', '', '124', '', '76']]]],
    // TOC line 21 (p. 31); line 735: 시민소통실 운영	4.6	4.6	1.6	1	1	1
    [706, '시민 중심의 소통행정 강화', 31, '시민정책담당관', [[735, null, ['4.6', '4.6', '1.6', '1', '1', '1']]]],
    // TOC line 22 (p. 32); 【공동체협치담당관실】 line 745
    [743, '주민자치 활성화를 위한 자치역량 강화', 32, '공동체협치담당관', [
      // 002 line 775: 계	399	950	386.5	309.5	194.5	59.5
      [775, null, ['399', '950', '386.5', '309.5', '194.5', '59.5']],
      // 002 line 776: 주민자치 활성화 지원	161	238	73	10	145	10
      [776, '주민자치 활성화 지원', ['161', '238', '73', '10', '145', '10']],
      // 002 line 778: 주민자치 활성화 기반 마련	40	514	264	250	0	0
      [778, '주민자치 활성화 기반 마련', ['40', '514', '264', '250', '0', '0']],
      // 002 line 780: 주민자치센터 운영 활성화지원	198	198	49.5	49.5	49.5	49.5
      [780, '주민자치센터 운영 활성화지원', ['198', '198', '49.5', '49.5', '49.5', '49.5']],
    ]],
    // TOC line 23 (p. 34); line 821: 위원회 운영	5	15		0.5	9	5.5
    [789, '위원회 운영 활성화 추진', 34, '공동체협치담당관', [[821, null, ['5', '15', '', '0.5', '9', '5.5']]]],
    // TOC line 24 (p. 35)
    [828, '지역주민이 주도하는 따뜻한 마을공동체 실현', 35, '공동체협치담당관', [
      // 002 line 862: 계	856	1,275	200	750	150	175
      [862, null, ['856', '1,275', '200', '750', '150', '175']],
      // 002 line 863: 마을공동체만들기 지원사업	450	600	-	600	-	-
      [863, '마을공동체만들기 지원사업', ['450', '600', '-', '600', '-', '-']],
      // 002 line 865: 마을공동체만들기 지원센터 운영	406	575	150	150	150	125
      [865, '마을공동체만들기 지원센터 운영', ['406', '575', '150', '150', '150', '125']],
      // 002 line 867: 2기 기본계획 수립	-	100	50			50
      [867, '2기 기본계획 수립', ['-', '100', '50', '', '', '50']],
    ]],
    // TOC line 25 (p. 37), 【공동체 협치 담당관실】 line 876
    [874, '시민과 행정이 함께 만드는 지속가능한 협치 실현', 37, '공동체협치담당관', [
      // 002 line 911: 계	275	1,473	99	1027.5	99	247.5
      [911, null, ['275', '1,473', '99', '1027.5', '99', '247.5']],
      // 002 line 912: 인천민관동행위원회 및 토론회	0	22	5	6	5	6
      [912, '인천민관동행위원회 및 토론회', ['0', '22', '5', '6', '5', '6']],
      // 002 line 914: 군구 지역협치 활성화 사업 등 공모·지원	0	200		100		100
      [914, '군구 지역협치 활성화 사업 등 공모·지원', ['0', '200', '', '100', '', '100']],
      // 002 line 916: 민관협치 기본계획수립· 민주화기념공간 조성 검토용역	0	93		46.5		46.5
      [916, '민관협치 기본계획수립· 민주화기념공간 조성 검토용역', ['0', '93', '', '46.5', '', '46.5']],
      // 002 line 918: 인천민주화운동센터 운영 지원	275	377	94	94	94	95
      [918, '인천민주화운동센터 운영 지원', ['275', '377', '94', '94', '94', '95']],
      // 002 line 920: 주민 참여 예산 (동 센터형 사업)	0	289		289
      [920, '주민 참여 예산 (동 센터형 사업)', ['0', '289', '', '289', '', '']],
      // 002 line 922: 주민 참여 예산 (주민주도형사업)	0	492		492
      [922, '주민 참여 예산 (주민주도형사업)', ['0', '492', '', '492', '', '']],
    ]],
    // TOC line 26 (p. 39)
    [930, '비영리단체 성장지원을 통한 시민 참여행정 구현', 39, '공동체협치담당관', [
      // 002 line 957: 계	1,000	1,030	3	305	402	320
      [957, null, ['1,000', '1,030', '3', '305', '402', '320']],
      // 002 line 958: 비영리민간단체 공익활동지원	1,000	1,000	-	300	400	300
      [958, '비영리민간단체 공익활동지원', ['1,000', '1,000', '-', '300', '400', '300']],
      // 002 line 959: 시민 참여 소통 플랫폼 구축	0	30	3	5	2	20
      [959, '시민 참여 소통 플랫폼 구축', ['0', '30', '3', '5', '2', '20']],
    ]],
    // TOC line 27 (p. 40); 【소통기획담당관실】 line 967
    [965, '시민중심의 직접 소통 강화', 40, '소통기획담당관', [
      // 002 line 997: 계	1,020	1,180	222	387	343	228
      [997, null, ['1,020', '1,180', '222', '387', '343', '228']],
      // 002 line 998: 시정홍보 메시지발송	-	100	25	25	25	25
      [998, '시정홍보 메시지발송', ['-', '100', '25', '25', '25', '25']],
      // 002 line 1000: 대중교통 및 다중 이용시설 활용 홍보	900	960	192	288	288	192
      [1000, '대중교통 및 다중 이용시설 활용 홍보', ['900', '960', '192', '288', '288', '192']],
      // 002 line 1002: 동영상 전광판 활용 홍보	100	100	0	69	25	6
      [1002, '동영상 전광판 활용 홍보', ['100', '100', '0', '69', '25', '6']],
      // 002 line 1004: 홍보대사 운영	20	20	5	5	5	5
      [1004, '홍보대사 운영', ['20', '20', '5', '5', '5', '5']],
    ]],
    // TOC line 31 (p. 48)
    [1183, '시정 소통 강화를 통한 시정 호응·만족도 증진', 48, '소통기획담당관', [
      // 002 line 1213: 계	90	92	2	45	-	45
      [1213, null, ['90', '92', '2', '45', '-', '45']],
      // 002 line 1214: 여론조사 용역	90	90	-	45	-	45
      [1214, '여론조사 용역', ['90', '90', '-', '45', '-', '45']],
      // 002 line 1215: 시정소통 자료 제작 및 배포 등	-	2	2	-	-	-
      [1215, '시정소통 자료 제작 및 배포 등', ['-', '2', '2', '-', '-', '-']],
    ]],
    // TOC line 32 (p. 49, printed 시정책신); 【혁신담당관실】 line 1224
    [1222, '시민이 체감할 수 있는 시정혁신 추진', 49, '혁신담당관', [
      // 002 line 1260: 계	20	54	12	30	2	10
      [1260, null, ['20', '54', '12', '30', '2', '10']],
      // 002 line 1261: 혁신주간추진	-	30	-	30	-	-
      [1261, '혁신주간추진', ['-', '30', '-', '30', '-', '-']],
      // 002 line 1263: 혁신동아리 운영활성화	20	24	12	-	2	10
      [1263, '혁신동아리 운영활성화', ['20', '24', '12', '-', '2', '10']],
    ]],
    // TOC line 34 (p. 53)
    [1318, '불합리한 규제 발굴 · 해소', 53, '혁신담당관', [
      // 002 line 1355: 계	24	25	5	7	7	6
      [1355, null, ['24', '25', '5', '7', '7', '6']],
      // 002 line 1356: 규제개혁 및 자치행정역량 강화	24	25	5	7	7	6
      [1356, '규제개혁 및 자치행정역량 강화', ['24', '25', '5', '7', '7', '6']],
    ]],
  ])('2020 work plan on line %i: %s, its quarterly execution plan', async (line, title, page, organisation, rows) => {
    const p = await programOn(D002, line, title);
    expect({ section: p.section, page: p.page, organisation: p.organisation?.name }).toEqual({ section: '2020 주요업무 추진계획', page, organisation });
    // the table's rows (the 집행내용 under a row are its parts, checked by the totals)
    const tableLines = rows.map(([l]) => l);
    const onTable = (b: any) => b.sourceLines.find((l: number) => tableLines.includes(l));
    expect(sortRows(p.budgets.filter(onTable).map((b: any) => ({ line: onTable(b), ...money(b) }))))
      .toEqual(sortRows(rows.flatMap(([l, category, printed]) => executionRow(category, printed).map((m) => ({ line: l, ...m })))));
  });

  test('column headers as printed on execution-plan lines (002 line 545)', async () => {
    const p = await programOn(D002, 556, '국민운동단체 등과 함께하는 협치 시정 추진');
    // line 545: 	'19년	'20년	1/4	2/4	3/4	4/4
    expect(p.budgets.filter((b: any) => b.sourceLine === 582).map((b: any) => [b.fiscalYear, b.phase, b.quarter, b.phasePrinted]).sort()).toEqual([
      [2019, 'ORIGINAL', null, "'19년"], [2020, 'EXECUTION_PLAN', 1, '1/4'], [2020, 'EXECUTION_PLAN', 2, '2/4'], [2020, 'EXECUTION_PLAN', 3, '3/4'], [2020, 'EXECUTION_PLAN', 4, '4/4'], [2020, 'ORIGINAL', null, "'20년"],
    ].sort());
  });

  test('printed budget totals add up (002 lines 546, 862, 1213)', async () => {
    const { documents } = await data(`{ documents { id totalChecks { of printed printedRaw computed matches sourceLine } } }`);
    const checks = documents.find((d: any) => d.id === D002).totalChecks;
    // line 862: 계	856	1,275	200	750	150	175
    expect(sortRows(checks.filter((c: any) => c.sourceLine === 862).map((c: any) => [c.printed, c.computed, c.matches]))).toEqual(sortRows([[856, 856, true], [1275, 1275, true], [200, 200, true], [750, 750, true], [150, 150, true], [175, 175, true]]));
    // line 1213: 계	90	92	2	45	-	45 (the `-` total is no number)
    expect(checks.filter((c: any) => c.sourceLine === 1213 && c.printedRaw === '-').map((c: any) => [c.printed, c.computed])).toEqual([[null, null]]);
  });
});

// ---------------------------------------------------------------------------------------
// 003: transcript of the 2022 주요업무보고 of 기획조정실
// ---------------------------------------------------------------------------------------

describe('003 — 2022 council transcript of 기획조정실', () => {
  const PEOPLE_OF_003 = `query($doc: ID!) { people(filter: { documentId: $doc }, first: 100) { totalCount nodes { name roles { title state since sourceLine organisation { name } } } } }`;
  const peopleOf003 = () => once('people003', async () => (await data(PEOPLE_OF_003, { doc: D003 })).people);

  test.each<[number, string, string, string, string | null]>([
    // 003 line 2: 먼저 박재연 정책기획관입니다.
    [2, '박재연', '정책기획관', 'PRESENT', null],
    // 003 line 3: 박유진 평생교육담당관은 코로나 검사로 불참하였습니다.
    [3, '박유진', '평생교육담당관', 'ABSENT', null],
    // 003 line 4: 백수현 평가담당관입니다.
    [4, '백수현', '평가담당관', 'PRESENT', null],
    // 003 line 5: 구영미 법무담당관입니다.
    [5, '구영미', '법무담당관', 'PRESENT', null],
    // 003 line 6: 나기운 국제협력담당관입니다.
    [6, '나기운', '국제협력담당관', 'PRESENT', null],
    // 003 line 7: 이번 1월 13일 자 인사발령에 따라 새로 부임한 손혜정 정보화담당관입니다.
    [7, '손혜정', '정보화담당관', 'NEWLY_APPOINTED', '1월 13일'],
    // 003 line 8: 마찬가지로 새로 부임한 노연석 데이터혁신담당관입니다.
    [8, '노연석', '데이터혁신담당관', 'NEWLY_APPOINTED', '1월 13일'],
    // 003 line 9: 김지영 스마트도시담당관입니다.
    [9, '김지영', '스마트도시담당관', 'PRESENT', null],
  ])('official on line %i: %s, %s', async (line, name, title, state, since) => {
    const people = await peopleOf003();
    const p = people.nodes.find((n: any) => n.name === name);
    expect(p?.roles).toEqual([{ title, state, since, sourceLine: line, organisation: { name: title } }]);
  });

  test('eight officials named; the vacant 중앙협력본부장 (003 lines 2–10)', async () => {
    expect((await peopleOf003()).totalCount).toBe(8);
    // line 10: 중앙협력본부장은 사임하여 현재 공석입니다.
    const { node } = await data(`{ node(id: "org:중앙협력본부") { ... on Organisation { posts { title state person { name } sourceLine document { id } } } } }`);
    expect(node.posts.filter((p: any) => p.document.id === D003)).toEqual([{ title: '중앙협력본부장', state: 'VACANT', person: null, sourceLine: 10, document: { id: D003 } }]);
  });

  test('the 2021 audit: 20 findings, 10 처리요구 and 10 건의, all in progress (003 lines 15–16)', async () => {
    const findings = await findingsOf(D003);
    // line 15: 기획조정실 지적사항은 총 20건으로 처리요구가 10건, 건의사항이 10건입니다.
    expect(findings.totalCount).toBe(20);
    expect(findings.nodes.filter((f: any) => f.kind === 'ACTION_REQUEST')).toHaveLength(10);
    expect(findings.nodes.filter((f: any) => f.kind === 'RECOMMENDATION')).toHaveLength(10);
    // line 16: 20건 모두 처리를 위해 진행 중에 있다는 말씀을 드립니다.
    expect([...new Set(findings.nodes.map((f: any) => f.status))]).toEqual(['진행 중']);
  });

  // lines 18–56, read in report order: the first ten (pp. 12–21) are the 처리요구, the last ten (pp. 22–32) the 건의
  test.each<[number, number, string, 'ACTION_REQUEST' | 'RECOMMENDATION']>([
    // 003 line 18: 먼저 보고서 12쪽 시대적 변화에 대응할 수 있는 인구정책 사업추진 사항입니다.
    [18, 12, '시대적 변화에 대응할 수 있는 인구정책 사업추진 사항', 'ACTION_REQUEST'],
    // 003 line 20: 13쪽 인천형 뉴딜사업의 구체적인 성과관리체계 구축 및 협업 강화입니다.
    [20, 13, '인천형 뉴딜사업의 구체적인 성과관리체계 구축 및 협업 강화', 'ACTION_REQUEST'],
    // 003 line 22: 다음 14쪽 인천 브랜드가치 제고를 위한 국제교류 협력사항 추진입니다.
    [22, 14, '인천 브랜드가치 제고를 위한 국제교류 협력사항 추진', 'ACTION_REQUEST'],
    // 003 line 24: 15쪽 예산 성과계획서 목표 설정의 적정성 평가 필요입니다.
    [24, 15, '예산 성과계획서 목표 설정의 적정성 평가 필요', 'ACTION_REQUEST'],
    // 003 line 26: 16쪽 지속가능발전협의회 업무 이관 추진 검토입니다.
    [26, 16, '지속가능발전협의회 업무 이관 추진 검토', 'ACTION_REQUEST'],
    // 003 line 28: 17쪽 사회성과 보상사업 사무 소관 부서 조정 필요입니다.
    [28, 17, '사회성과 보상사업 사무 소관 부서 조정 필요', 'ACTION_REQUEST'],
    // 003 line 30: 18쪽 지역 대학과의 거버넌스 구축을 통한 관ㆍ학 협력 강화입니다.
    [30, 18, '지역 대학과의 거버넌스 구축을 통한 관ㆍ학 협력 강화', 'ACTION_REQUEST'],
    // 003 line 32: 19쪽 공공데이터 품질 및 활용도 제고방안 강구입니다.
    [32, 19, '공공데이터 품질 및 활용도 제고방안 강구', 'ACTION_REQUEST'],
    // 003 line 34: 20쪽 주요 데이터포털 콘텐츠 강화 필요입니다.
    [34, 20, '주요 데이터포털 콘텐츠 강화 필요', 'ACTION_REQUEST'],
    // 003 line 36: 21쪽 평생교육 문화 확산을 위한 미지정 평생학습도시 지원방안 마련입니다.
    [36, 21, '평생교육 문화 확산을 위한 미지정 평생학습도시 지원방안 마련', 'ACTION_REQUEST'],
    // 003 line 38: 다음 22쪽 발달장애인 평생교육센터 적극 추진입니다.
    [38, 22, '발달장애인 평생교육센터 적극 추진', 'RECOMMENDATION'],
    // 003 line 40: 23쪽 실질적인 국제교류 협력사업 추진입니다.
    [40, 23, '실질적인 국제교류 협력사업 추진', 'RECOMMENDATION'],
    // 003 line 42: 24쪽 스마트도시 조성을 위한 산업계와의 협업 필요입니다.
    [42, 24, '스마트도시 조성을 위한 산업계와의 협업 필요', 'RECOMMENDATION'],
    // 003 line 44: 다음 25쪽 시 정책현안 컨트롤타워로서 정책기획 기능 강화방안 강구입니다.
    [44, 25, '시 정책현안 컨트롤타워로서 정책기획 기능 강화방안 강구', 'RECOMMENDATION'],
    // 003 line 46: 다음 26쪽 자치분권ㆍ재정분권을 위한 선도적 역할 필요입니다.
    [46, 26, '자치분권ㆍ재정분권을 위한 선도적 역할 필요', 'RECOMMENDATION'],
    // 003 line 48: 다음 27쪽 효율적인 정책 수행을 위한 조직개편 필요입니다.
    [48, 27, '효율적인 정책 수행을 위한 조직개편 필요', 'RECOMMENDATION'],
    // 003 line 50: 다음 28쪽 공적개발원조 사업추진 제안입니다.
    [50, 28, '공적개발원조 사업추진 제안', 'RECOMMENDATION'],
    // 003 line 52: 30쪽 통역 전담 공무원 활용방안 강구입니다. (p. 29 is skipped)
    [52, 30, '통역 전담 공무원 활용방안 강구', 'RECOMMENDATION'],
    // 003 line 54: 다음 31쪽 시민 명예외교관 운영방안 개선 추진입니다.
    [54, 31, '시민 명예외교관 운영방안 개선 추진', 'RECOMMENDATION'],
    // 003 line 56: 마지막으로 32쪽 인천대학교 공공의대 설립 적극 추진입니다.
    [56, 32, '인천대학교 공공의대 설립 적극 추진', 'RECOMMENDATION'],
  ])('2021 audit finding on line %i (p. %i)', async (line, page, title, kind) => {
    const f = await findingOn(D003, line);
    // line 14: 2021년 행정사무감사 지적사항; line 15: 기획조정실 지적사항
    expect({ title: f.title, page: f.page, kind: f.kind, status: f.status, auditYear: f.auditYear, year: f.year, organisation: f.organisation?.name })
      .toEqual({ title, page, kind, status: '진행 중', auditYear: 2021, year: 2022, organisation: '기획조정실' });
  });

  // line 58: 보고서 35쪽부터 ’22년도 주요업무 추진계획; line 111: 보고서 97쪽부터 주요현안사항
  test.each<[number, number, string, string]>([
    // 003 line 59: 먼저 35쪽 중앙ㆍ지방정부 전환기와 미래 정책 준비입니다.
    [59, 35, '중앙ㆍ지방정부 전환기와 미래 정책 준비', '’22년도 주요업무 추진계획'],
    // 003 line 63: 다음 40쪽 탄력적ㆍ효율적인 조직 운영입니다.
    [63, 40, '탄력적ㆍ효율적인 조직 운영', '’22년도 주요업무 추진계획'],
    // 003 line 68 (line 67 continues line 65's item): 45쪽 미래인재교육 기반 조성 지원입니다.
    [68, 45, '미래인재교육 기반 조성 지원', '’22년도 주요업무 추진계획'],
    // 003 line 79 (line 78 continues line 76's item): 55쪽 시민 중심 행정심판 및 납세자 구제 업무 운영입니다.
    [79, 55, '시민 중심 행정심판 및 납세자 구제 업무 운영', '’22년도 주요업무 추진계획'],
    // 003 line 95: 72쪽 공공 와이파이 확대 구축ㆍ운영입니다.
    [95, 72, '공공 와이파이 확대 구축ㆍ운영', '’22년도 주요업무 추진계획'],
    // 003 line 107: 88쪽 시민 참여 디지털 트윈 행정 및 XR 메타버스 프로젝트입니다.
    [107, 88, '시민 참여 디지털 트윈 행정 및 XR 메타버스 프로젝트', '’22년도 주요업무 추진계획'],
    // 003 line 109: 91쪽 중앙협력 기능 강화 및 역할 확대입니다.
    [109, 91, '중앙협력 기능 강화 및 역할 확대', '’22년도 주요업무 추진계획'],
    // 003 line 112: 97쪽 인천 스마트도시 국제교류 워크숍 개최입니다.
    [112, 97, '인천 스마트도시 국제교류 워크숍 개최', '주요현안사항'],
    // 003 line 114: 99쪽 인천광역시 기획 역량강화 조치 추진입니다.
    [114, 99, '인천광역시 기획 역량강화 조치 추진', '주요현안사항'],
  ])('2022 work item on line %i (p. %i)', async (line, page, title, section) => {
    const p = await programOn(D003, line, title);
    expect({ page: p.page, section: p.section }).toEqual({ page, section });
  });

  test('the work plan lists 25 items and the current issues 2 (003 lines 59–114)', async () => {
    const { programs } = await data(`query($doc: ID!) { programs(filter: { documentId: $doc }, first: 100) { nodes { section page } } }`, { doc: D003 });
    const pages = (section: string) => programs.nodes.filter((p: any) => p.section === section).map((p: any) => p.page);
    // pages read on lines 59–109
    expect(pages('’22년도 주요업무 추진계획')).toEqual([35, 37, 40, 42, 45, 48, 50, 52, 53, 55, 57, 60, 63, 65, 66, 68, 70, 72, 74, 77, 80, 83, 86, 88, 91]);
    expect(pages('주요현안사항')).toEqual([97, 99]); // lines 112, 114
  });
});

// ---------------------------------------------------------------------------------------
// 004: 중기지방재정계획 2021–2025, 일반공공행정
// ---------------------------------------------------------------------------------------

describe('004 — mid-term finance plan 2021–2025', () => {
  const plan = 2021;

  test('the document (004 lines 5, 115)', async () => {
    const { node } = await data(`query($id: ID!) { node(id: $id) { ... on SourceDocument { title kind planYear publishedOn issuer { name } fileName } } }`, { id: D004 });
    // line 5: 문서에서 중기지방재정계획 (페이지 155-162); no date printed; the paths start at (’21)
    expect(node).toEqual({ title: '중기지방재정계획', kind: 'MIDTERM_FINANCE_PLAN', planYear: 2021, publishedOn: null, issuer: { name: '인천광역시' }, fileName: '004_f952ef2d177ac925.txt' });
  });

  // indicator paths (’21) a → (’25) b; every year is a target
  test.each<[number, string, string | null, Array<[number, string]>]>([
    // 004 line 115: 주민자치회 구성(개) : (‘21) 132 → (’22) 154
    [115, '주민자치회 구성', '개', [[2021, '132'], [2022, '154']]],
    // 004 line 117: 마을공동체 만들기 지원사업 추진(건) : (‘21) 120 → (’25) 160
    [117, '마을공동체 만들기 지원사업 추진', '건', [[2021, '120'], [2025, '160']]],
    // 004 line 133: 일 잘하는 조직 운영(건수): (’21)~(’25) 2회 — one value for each year of the range
    [133, '일 잘하는 조직 운영', '건수', [[2021, '2회'], [2022, '2회'], [2023, '2회'], [2024, '2회'], [2025, '2회']]],
    // 004 line 137: 시정 비전과 연계한 전략적 성과 관리(실적률): (’21) 91→(’25) 95
    [137, '시정 비전과 연계한 전략적 성과 관리', '실적률', [[2021, '91'], [2025, '95']]],
    // 004 line 141: 현안해결을 위한 정책 조정·관리 및 주요현장 점검(건): (’21) 35→(’25) 45
    [141, '현안해결을 위한 정책 조정·관리 및 주요현장 점검', '건', [[2021, '35'], [2025, '45']]],
    // 004 line 143: 시정 공감 증진과 협업 강화를 위한 소통메시지 구축(건): (’21) 540→(’25) 750
    [143, '시정 공감 증진과 협업 강화를 위한 소통메시지 구축', '건', [[2021, '540'], [2025, '750']]],
    // 004 line 149 packs three: 공정하고 신속한 권리구제 추진(건): (‘21) 292 → (’25) 292 …
    [149, '공정하고 신속한 권리구제 추진', '건', [[2021, '292'], [2025, '292']]],
    // … 납세자 권리보호 및 구제업무 운영(건): (‘21) 85 → (’25) 85 …
    [149, '납세자 권리보호 및 구제업무 운영', '건', [[2021, '85'], [2025, '85']]],
    // … 행정업무용 PC구입(대): (‘21) 690 → (’25) 720
    [149, '행정업무용 PC구입', '대', [[2021, '690'], [2025, '720']]],
    // 004 line 153 packs two: 정보소외계층 정보화교육 지원(명) : (‘21) 1,500 → (’25) 1,500 …
    [153, '정보소외계층 정보화교육 지원', '명', [[2021, '1,500'], [2025, '1,500']]],
    // … 정보통신보조기기 보급지원(대): (‘21) 180 → (’25) 180
    [153, '정보통신보조기기 보급지원', '대', [[2021, '180'], [2025, '180']]],
    // 004 line 155: ○ “시 통합웹사이트”유지관리 용역(%): (‘21) 100 → (’25) 100
    [155, '“시 통합웹사이트”유지관리 용역', '%', [[2021, '100'], [2025, '100']]],
    // 004 line 157 packs two: 인천데이터센터(IDC) 통합 유지관리 용역(%): (‘21) 97 → (’25) 97 …
    [157, '인천데이터센터(IDC) 통합 유지관리 용역', '%', [[2021, '97'], [2025, '97']]],
    // … 사이버침해대응센터 운영(건): (‘21) 3,500 → (’25) 3,700
    [157, '사이버침해대응센터 운영', '건', [[2021, '3,500'], [2025, '3,700']]],
    // 004 line 159: 행정정보통신시설의 효율적 운영(%): (‘21) 100 → (’25) 100
    [159, '행정정보통신시설의 효율적 운영', '%', [[2021, '100'], [2025, '100']]],
    // 004 line 161 packs two: 주요정책 빅데이터 분석 활용(%): (‘21) 80 → (’25) 90 …
    [161, '주요정책 빅데이터 분석 활용', '%', [[2021, '80'], [2025, '90']]],
    // … 지역통계 작성 및 개방: (‘21) 6 → (’25) 7 (no unit printed)
    [161, '지역통계 작성 및 개방', null, [[2021, '6'], [2025, '7']]],
    // 004 line 163 packs two: 공공데이터 품질향상 및 개방 확대(건): (‘21) 1,400 → (’25) 1,800 …
    [163, '공공데이터 품질향상 및 개방 확대', '건', [[2021, '1,400'], [2025, '1,800']]],
    // … 온라인 시민시장실 구축을 통한 데이터 기반 시민소통 강화(%) : (‘21) 100 → (’22) 100
    [163, '온라인 시민시장실 구축을 통한 데이터 기반 시민소통 강화', '%', [[2021, '100'], [2022, '100']]],
    // 004 line 165 packs two: 중앙부처 스마트도시 사업 공모사업 참여(건): (‘21) 1 → (’25) 1 …
    [165, '중앙부처 스마트도시 사업 공모사업 참여', '건', [[2021, '1'], [2025, '1']]],
    // … 스마트도시 전시회 참여(회): (‘21) 1 → (’25) 1
    [165, '스마트도시 전시회 참여', '회', [[2021, '1'], [2025, '1']]],
    // 004 line 167: 시민주도 리빙랩 운영(건): (‘21) 2 → (’25) 2
    [167, '시민주도 리빙랩 운영', '건', [[2021, '2'], [2025, '2']]],
    // 004 line 169 packs two: 인천광역시 스마트자가통신망 구축(구축률・유지): (‘21) 100 → (’25) 100 …
    [169, '인천광역시 스마트자가통신망 구축', '구축률・유지', [[2021, '100'], [2025, '100']]],
    // … 인천스마트시티포럼 개최(회): (‘21) 1 → (’25) 1
    [169, '인천스마트시티포럼 개최', '회', [[2021, '1'], [2025, '1']]],
    // 004 line 171: 인천광역시스마트도시사업협의회 운영(회): (‘21) 2 → (’25) 2
    [171, '인천광역시스마트도시사업협의회 운영', '회', [[2021, '2'], [2025, '2']]],
  ])('indicator path on line %i: %s', async (line, name, unit, path) => {
    const node = await indicatorOn(D004, line, name, name);
    expect({ name: node.name, unit: node.unit, values: node.values })
      .toEqual({ name, unit, values: path.map(([year, raw]) => ({ year, value: Number(raw.replace(/,|회/g, '')), rawValue: raw, kind: kindOf(year, plan) })) });
  });

  test('25 indicator paths in all (004 lines 115–171)', async () => {
    const { indicators } = await data(`query($doc: ID!) { indicators(filter: { documentId: $doc }, first: 100) { totalCount } }`, { doc: D004 });
    expect(indicators.totalCount).toBe(25);
  });

  test.each<[string, string, Array<[number, number, number, string]>]>([
    // 004 line 131: 남북교류 협력을 위한 기금 전출금 : (‘21→’25) 매년 20억 전출계획
    ['남북교류 협력을 위한 기금 전출금', '매년 20억', [2021, 2022, 2023, 2024, 2025].map((y) => [y, 2000, 20, '억원'] as [number, number, number, string])],
    // 004 line 131: 북한이탈주민 및 이북5도민 등 지원 : (‘21→’25) 매년 7억 투자 계획
    ['북한이탈주민 및 이북5도민 등 지원', '매년 7억', [2021, 2022, 2023, 2024, 2025].map((y) => [y, 700, 7, '억원'] as [number, number, number, string])],
    // 004 line 131: 시정 현안 정책개발 및 연구지원 강화(억원): (’21) 98→ (’25) 104
    ['시정 현안 정책개발 및 연구지원 강화', '', [[2021, 9800, 98, '억원'], [2025, 10400, 104, '억원']]],
  ])('억원 mid-term amounts on line 131: %s', async (title, raw, lines) => {
    const p = await programOn(D004, 131, title);
    expect(p.budgets.map((b: any) => [b.fiscalYear, b.phase, b.millionKrw, b.amountAsPrinted, b.unitAsPrinted, b.sourceLine]).sort())
      .toEqual(lines.map(([year, m, printed, unit]) => [year, 'MIDTERM_PLAN', m, printed, unit, 131]).sort());
    if (raw) expect([...new Set(p.budgets.map((b: any) => b.rawText))]).toEqual([raw]);
  });

  test('인천시 지역혁신협의회 운영(억원): (’21) 2→ (’25) 2 (004 line 135)', async () => {
    const p = await programOn(D004, 135, '인천시 지역혁신협의회 운영');
    expect(p.budgets.map((b: any) => [b.fiscalYear, b.phase, b.millionKrw, b.rawText, b.unitAsPrinted]).sort()).toEqual([[2021, 'MIDTERM_PLAN', 200, '2', '억원'], [2025, 'MIDTERM_PLAN', 200, '2', '억원']]);
    expect(p.indicators).toEqual([]); // a money path, not an indicator
  });

  test.each<[number, string, string, string[]]>([
    // 004 line 87: 【 입법 부문 】 / line 89: ○ 의원역량 강화 및 의정활동 지원 등 성숙한 의정활동 여건 조성
    [89, '의원역량 강화 및 의정활동 지원 등 성숙한 의정활동 여건 조성', '입법 부문', []],
    // 004 line 93: -【 일반행정 부문 】 / line 95: ○ 시민의 시정참여 기회 확대를 통한 시민소통 활성화
    [95, '시민의 시정참여 기회 확대를 통한 시민소통 활성화', '일반행정 부문', []],
    // 004 line 115: ○ 전 읍면동 주민자치회 전환을 통한 주민자치 활성화 - 주민자치회 구성(개) : …
    [115, '전 읍면동 주민자치회 전환을 통한 주민자치 활성화', '일반행정 부문', ['주민자치회 구성']],
    // 004 line 151: ○ 정보소외계층 정보격차 해소 지원 / line 153: its two paths
    [151, '정보소외계층 정보격차 해소 지원', '일반행정 부문', ['정보소외계층 정보화교육 지원', '정보통신보조기기 보급지원']],
    // 004 line 159: … ○ 데이터 기반 일하는 방식 개선 / line 161: its two paths
    [159, '데이터 기반 일하는 방식 개선', '일반행정 부문', ['주요정책 빅데이터 분석 활용', '지역통계 작성 및 개방']],
    // 004 line 167: ○ 시민이 주도하여 도시문제를 발굴하고 해결하는 리빙랩 운영 - 시민주도 리빙랩 운영(건): …
    [167, '시민이 주도하여 도시문제를 발굴하고 해결하는 리빙랩 운영', '일반행정 부문', ['시민주도 리빙랩 운영']],
  ])('priority project on line %i: %s', async (line, title, section, indicators) => {
    const p = await programOn(D004, line, title);
    expect({ section: p.section, indicators: p.indicators.map((i: any) => i.name).sort() }).toEqual({ section, indicators: [...indicators].sort() });
  });
});
