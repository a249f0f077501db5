// Aggregates (programsAggregate, budgetSummary, indicatorsAggregate) over real HTTP against the
// seeded database. Every figure is checked against sums this file computes on its own from
// seeds/*.yaml (amounts converted to million KRW here: 억원 ×100, 천원 ÷1000, 원 ÷1,000,000),
// plus figures read from the documents (the line beside each), and one SQL statement per aggregate.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DashboardBudgetSummaryDocument } from './generated/graphql';
import { parseSeedYaml } from './support/seed-dirs';
import { sharedHub } from './support/hub-client';

const hub = sharedHub();

// ---------------------------------------------------------------------------------------------
// The seeds, read straight from the YAML files (not through the loader)

const MILLION_KRW_PER_UNIT: Record<string, number> = { 원: 1e-6, 천원: 1e-3, 백만원: 1, 억원: 100 };
const PHASE_ORDER = ['ORIGINAL', 'SUPPLEMENTARY', 'FINAL', 'EXECUTION_PLAN', 'MIDTERM_PLAN', 'SETTLEMENT'];
/** Names compare without whitespace (정 책 기 획 관 = 정책기획관), as ids and search do. */
const squeeze = (text: string) => text.normalize('NFC').replace(/\s+/gu, '');
/** To the won: the precision money is stored and summed with. */
const toWon = (x: number) => Math.round(x * 1e6) / 1e6;

interface Line {
  year: number; phase: string; quarter: number | null; category: string | null; ownerType: 'ORGANISATION' | 'PROGRAM';
  organisationId: string | null; programId: string | null; strategyId: string | null; documentId: string; millionKrw: number;
}
interface SeedProgram {
  id: string; year: number; documentId: string; organisationId: string | null; strategyId: string | null;
  status: string | null; title: string; budget: number | null; budgetRaw: string | null;
  /** The title and the wording of every place it is printed: what `search` matches. */
  names: string[];
}
interface SeedIndicator {
  id: string; documentId: string; programId: string | null; organisationId: string | null; name: string; unit: string | null;
  values: { year: number; kind: 'ACTUAL' | 'TARGET' }[];
}

function readSeeds() {
  const dir = join(__dirname, '../seeds');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => parseSeedYaml(readFileSync(join(dir, f), 'utf8')));
  const orgIds = new Map<string, string>();
  for (const org of files.find((f) => f.organisations)!.organisations) {
    for (const written of [org.name, ...(org.aliases ?? [])]) orgIds.set(squeeze(written), `org:${squeeze(org.name)}`);
  }
  const orgId = (name: string | undefined) => (name ? orgIds.get(squeeze(name))! : null);
  const lines: Line[] = [];
  const programs: SeedProgram[] = [];
  const indicators: SeedIndicator[] = [];
  const titles = new Map<string, string>();
  const money = (amount: number, unit: string) => toWon(amount * MILLION_KRW_PER_UNIT[unit]);
  for (const seed of files.filter((f) => f.document)) {
    const { slug, planYear, title } = seed.document;
    titles.set(slug, title);
    const line = (b: any, owner: Pick<Line, 'ownerType' | 'organisationId' | 'programId' | 'strategyId'>) => lines.push({
      year: b.fiscalYear, phase: b.phase, quarter: b.quarter ?? null, category: b.category ?? null, ...owner, documentId: slug,
      millionKrw: money(b.amount, b.unit),
    });
    const indicator = (ind: any, program: SeedProgram | null, programKey: string) => indicators.push({
      id: `indicator:${slug}:${programKey}:${squeeze(ind.key ?? ind.name)}`, documentId: slug, programId: program?.id ?? null,
      organisationId: orgId(ind.org) ?? program?.organisationId ?? null, name: ind.name, unit: ind.unit?.trim().normalize('NFC') || null,
      values: ind.values.map((v: any) => ({ year: v.year, kind: v.kind ?? (v.year < planYear ? 'ACTUAL' : 'TARGET') })),
    });
    for (const b of seed.budgets ?? []) line(b, { ownerType: 'ORGANISATION', organisationId: orgId(b.org), programId: null, strategyId: null });
    const programByKey = new Map<string, SeedProgram>();
    for (const p of seed.programs ?? []) {
      const key = squeeze(p.key ?? p.title);
      const program: SeedProgram = {
        id: `program:${slug}:${key}`, year: planYear, documentId: slug, organisationId: orgId(p.org),
        strategyId: p.strategy ? `strategy:${slug}:${squeeze(p.strategy)}` : null, status: p.status ?? null, title: p.title,
        names: [p.title, p.printedAs, ...(p.mentions ?? []).map((m: any) => m.printedAs)].filter(Boolean),
        budget: p.totalBudget?.amount != null ? money(p.totalBudget.amount, p.totalBudget.unit) : null, budgetRaw: p.totalBudget?.raw ?? null,
      };
      programs.push(program);
      programByKey.set(key, program);
      for (const b of p.budgets ?? []) line(b, { ownerType: 'PROGRAM', organisationId: program.organisationId, programId: program.id, strategyId: program.strategyId });
      for (const ind of p.indicators ?? []) indicator(ind, program, key);
    }
    for (const ind of seed.indicators ?? []) {
      let program: SeedProgram | null = null;
      if (ind.program) {
        program = programByKey.get(squeeze(ind.program)) ?? programs.filter((p) => p.documentId === slug && squeeze(p.title) === squeeze(ind.program))[0];
      }
      indicator(ind, program, program ? program.id.slice(`program:${slug}:`.length) : '-');
    }
  }
  return { lines, programs, indicators, titles };
}

const seeds = readSeeds();

// ---------------------------------------------------------------------------------------------
// The expected answers, computed here

type Key = 'YEAR' | 'ORGANISATION' | 'STRATEGY' | 'DOCUMENT' | 'PHASE';
const keyOf: Record<Key, (l: Line) => string | number | null> = {
  YEAR: (l) => l.year, ORGANISATION: (l) => l.organisationId, STRATEGY: (l) => l.strategyId, DOCUMENT: (l) => l.documentId, PHASE: (l) => l.phase,
};
/** Ascending, missing last; phases in BudgetPhase order, ids as text (code point order, like collation C). */
function compareKey(key: Key, a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (key === 'PHASE') return PHASE_ORDER.indexOf(a as string) - PHASE_ORDER.indexOf(b as string);
  return a < b ? -1 : 1;
}

interface Expected {
  year: number | null; phase: string | null; organisation: { id: string } | null; strategy: { id: string } | null; document: { id: string } | null;
  count: number; sumMillionKrw: number; avgMillionKrw: number; minMillionKrw: number; maxMillionKrw: number;
}

interface SummaryArgs {
  groupBy: Key[];
  filter?: Partial<{ year: number; yearFrom: number; yearTo: number; documentId: string; organisationId: string; programId: string; phase: string; ownerType: string; lineTotalsOnly: boolean }>;
  having?: { sumMin?: number; sumMax?: number; countMin?: number };
  orderBy?: 'SUM_DESC' | 'SUM_ASC' | 'COUNT_DESC' | 'KEY_ASC';
  first?: number;
}

function expectedSummary({ groupBy, filter = {}, having = {}, orderBy = 'KEY_ASC', first }: SummaryArgs): Expected[] {
  const lineTotalsOnly = filter.lineTotalsOnly ?? true;
  const lines = seeds.lines.filter((l) => (filter.year === undefined || l.year === filter.year)
    && (filter.yearFrom === undefined || l.year >= filter.yearFrom) && (filter.yearTo === undefined || l.year <= filter.yearTo)
    && (filter.documentId === undefined || l.documentId === filter.documentId)
    && (filter.organisationId === undefined || l.organisationId === filter.organisationId)
    && (filter.programId === undefined || l.programId === filter.programId)
    && (filter.phase === undefined || l.phase === filter.phase) && (filter.ownerType === undefined || l.ownerType === filter.ownerType)
    && (!lineTotalsOnly || (l.category === null && (l.quarter === null || filter.phase === 'EXECUTION_PLAN'))));
  const groups = new Map<string, { keys: Map<Key, string | number | null>; amounts: number[] }>();
  for (const l of lines) {
    const keys = new Map(groupBy.map((k) => [k, keyOf[k](l)]));
    const id = JSON.stringify([...keys.values()]);
    if (!groups.has(id)) groups.set(id, { keys, amounts: [] });
    groups.get(id)!.amounts.push(l.millionKrw);
  }
  const rows = [...groups.values()].map(({ keys, amounts }) => {
    const sum = toWon(amounts.reduce((s, x) => s + x, 0));
    const ref = (k: Key) => (keys.get(k) != null ? { id: keys.get(k) as string } : null);
    return {
      keys,
      row: {
        year: (keys.get('YEAR') as number) ?? null, phase: (keys.get('PHASE') as string) ?? null,
        organisation: ref('ORGANISATION'), strategy: ref('STRATEGY'), document: ref('DOCUMENT'),
        count: amounts.length, sumMillionKrw: sum, avgMillionKrw: toWon(sum / amounts.length),
        minMillionKrw: Math.min(...amounts), maxMillionKrw: Math.max(...amounts),
      },
    };
  }).filter(({ row }) => (having.sumMin === undefined || row.sumMillionKrw >= having.sumMin)
    && (having.sumMax === undefined || row.sumMillionKrw <= having.sumMax) && (having.countMin === undefined || row.count >= having.countMin));
  const byKeys = (a: (typeof rows)[0], b: (typeof rows)[0]) => groupBy.reduce((c, k) => c || compareKey(k, a.keys.get(k)!, b.keys.get(k)!), 0);
  const leading = {
    SUM_DESC: (a: Expected, b: Expected) => b.sumMillionKrw - a.sumMillionKrw,
    SUM_ASC: (a: Expected, b: Expected) => a.sumMillionKrw - b.sumMillionKrw,
    COUNT_DESC: (a: Expected, b: Expected) => b.count - a.count,
    KEY_ASC: () => 0,
  }[orderBy];
  const sorted = rows.sort((a, b) => leading(a.row, b.row) || byKeys(a, b)).map((r) => r.row);
  return first === undefined ? sorted : sorted.slice(0, first);
}

const SUMMARY = `query Summary($groupBy: [BudgetGroupBy!]!, $filter: BudgetSummaryFilter, $having: BudgetHaving, $orderBy: BudgetSummaryOrder, $first: Int) {
  budgetSummary(groupBy: $groupBy, filter: $filter, having: $having, orderBy: $orderBy, first: $first) {
    year phase organisation { id } strategy { id } document { id } count sumMillionKrw avgMillionKrw minMillionKrw maxMillionKrw
  }
}`;

async function summary(args: SummaryArgs): Promise<Expected[]> {
  const res = await hub.gql<any, SummaryArgs>(SUMMARY, args);
  expect(res.body.errors).toBeUndefined();
  return res.body.data.budgetSummary;
}

async function data(query: string, variables?: Record<string, unknown>) {
  const res = await hub.gql<any, Record<string, unknown> | undefined>(query, variables);
  expect(res.body.errors).toBeUndefined();
  expect(res.status).toBe(200);
  return { data: res.body.data, statements: res.body.extensions.cost.sqlStatements as number };
}

// ---------------------------------------------------------------------------------------------

test('the seeds read here are the ones loaded (counts of lines, programs, indicators and values)', async () => {
  const { data: d } = await data(`{ budgetFacts(first: 0) { totalCount } programs(first: 0) { totalCount } indicators(first: 0) { totalCount }
    indicatorObservations(first: 0) { totalCount } }`);
  expect(d).toEqual({
    budgetFacts: { totalCount: seeds.lines.length }, programs: { totalCount: seeds.programs.length },
    indicators: { totalCount: seeds.indicators.length },
    indicatorObservations: { totalCount: seeds.indicators.reduce((n, i) => n + i.values.length, 0) },
  });
  expect(seeds.lines.length).toBeGreaterThan(300);
});

describe('budgetSummary', () => {
  test('groupBy [YEAR, DOCUMENT]: every line total, summed per fiscal year and document', async () => {
    const expected = expectedSummary({ groupBy: ['YEAR', 'DOCUMENT'] });
    expect(expected.length).toBeGreaterThan(8);
    expect(await summary({ groupBy: ['YEAR', 'DOCUMENT'] })).toEqual(expected);
  });

  test('lineTotalsOnly false sums every line, breakdowns and quarters included', async () => {
    const args: SummaryArgs = { groupBy: ['YEAR'], filter: { lineTotalsOnly: false } };
    const all = expectedSummary(args);
    expect(await summary(args)).toEqual(all);
    expect(all.reduce((n, g) => n + g.count, 0)).toBe(seeds.lines.length);
    // the default counts fewer lines than that: the breakdowns and quarters are left out
    const totals = expectedSummary({ groupBy: ['YEAR'] });
    expect(totals.reduce((n, g) => n + g.count, 0)).toBeLessThan(seeds.lines.length);
    expect(await summary({ groupBy: ['YEAR'], filter: { lineTotalsOnly: true } })).toEqual(totals);
  });

  test.each<[string, SummaryArgs]>([
    ['ORGANISATION', { groupBy: ['ORGANISATION'] }],
    ['STRATEGY of programs\' lines', { groupBy: ['STRATEGY'], filter: { ownerType: 'PROGRAM' } }],
    ['PHASE, in BudgetPhase order', { groupBy: ['PHASE'] }],
    ['PHASE with execution plans\' breakdowns', { groupBy: ['PHASE', 'YEAR'], filter: { lineTotalsOnly: false } }],
    ['all five keys', { groupBy: ['DOCUMENT', 'PHASE', 'YEAR', 'ORGANISATION', 'STRATEGY'] }],
  ])('groupBy %s equals the sums of the seed files', async (_name, args) => {
    expect(await summary(args)).toEqual(expectedSummary(args));
  });

  test('filters combined: years, organisation, phase, owner, document and program', async () => {
    const cases: SummaryArgs[] = [
      { groupBy: ['YEAR', 'PHASE'], filter: { yearFrom: 2019, yearTo: 2021, organisationId: 'org:시민정책담당관' } },
      { groupBy: ['ORGANISATION'], filter: { year: 2019, phase: 'ORIGINAL', ownerType: 'PROGRAM', documentId: 'plan-2019-planning-coordination' } },
      { groupBy: ['YEAR'], filter: { phase: 'MIDTERM_PLAN', yearFrom: 2023 } },
      { groupBy: ['DOCUMENT', 'YEAR'], filter: { ownerType: 'ORGANISATION', lineTotalsOnly: false } },
      { groupBy: ['YEAR'], filter: { programId: 'program:council-report-2020-communication:시민과함께하는공감시정구현', phase: 'EXECUTION_PLAN', lineTotalsOnly: false } },
    ];
    for (const args of cases) {
      const expected = expectedSummary(args);
      expect(expected.length).toBeGreaterThan(0);
      expect({ args, groups: await summary(args) }).toEqual({ args, groups: expected });
    }
  });

  test('002 line 64: 소통협력관\'s 2020 budget 11,815 and its four divisions (lines 65–68), which add up to it', async () => {
    const filter = { documentId: 'council-report-2020-communication', year: 2020, phase: 'ORIGINAL', ownerType: 'ORGANISATION' };
    const res = await hub.gql(DashboardBudgetSummaryDocument, { filter } as any);
    expect(res.body.errors).toBeUndefined();
    const group = (id: string, name: string, amount: number) => ({
      year: 2020, organisation: { id, name }, count: 1, sumMillionKrw: amount, avgMillionKrw: amount, minMillionKrw: amount, maxMillionKrw: amount,
    });
    expect(res.body.data!.budgetSummary).toEqual([
      group('org:공동체협치담당관', '공동체협치담당관', 4814),
      group('org:소통기획담당관', '소통기획담당관', 5011),
      group('org:소통협력관', '소통협력관', 11815),
      group('org:시민정책담당관', '시민정책담당관', 1751),
      group('org:혁신담당관', '혁신담당관', 239),
    ]);
    expect(1751 + 4814 + 5011 + 239).toBe(11815);
    // the line's breakdown columns (사업예산 11,700, 행정운영경비 115) count only when asked for
    const every = await summary({ groupBy: ['ORGANISATION'], filter: { ...filter, organisationId: 'org:소통협력관', lineTotalsOnly: false } });
    expect(every).toEqual([{
      year: null, phase: null, organisation: { id: 'org:소통협력관' }, strategy: null, document: null,
      count: 3, sumMillionKrw: 23630, avgMillionKrw: toWon(23630 / 3), minMillionKrw: 115, maxMillionKrw: 11815,
    }]);
  });

  test('002 line 546: an execution plan sums its quarters, 8 + 101 + 8 + 110 = 227, the year\'s budget', async () => {
    const programId = 'program:council-report-2020-communication:시민과함께하는공감시정구현';
    const groups = await summary({ groupBy: ['PHASE'], filter: { programId, year: 2020, phase: 'EXECUTION_PLAN' } });
    expect(groups).toEqual([{
      year: null, phase: 'EXECUTION_PLAN', organisation: null, strategy: null, document: null,
      count: 4, sumMillionKrw: 227, avgMillionKrw: 56.75, minMillionKrw: 8, maxMillionKrw: 110,
    }]);
    // without the phase, line totals leave the quarters out: only the ORIGINAL 227 of 2020 and 183 of 2019
    expect((await summary({ groupBy: ['YEAR', 'PHASE'], filter: { programId } })).map((g) => [g.year, g.phase, g.sumMillionKrw])).toEqual([
      [2019, 'ORIGINAL', 183], [2020, 'ORIGINAL', 227],
    ]);
  });

  test('having keeps groups by sum and count, applied after grouping', async () => {
    const cases: SummaryArgs[] = [
      { groupBy: ['ORGANISATION'], having: { sumMin: 1000 } },
      { groupBy: ['ORGANISATION'], having: { sumMax: 500, countMin: 3 } },
      { groupBy: ['YEAR', 'ORGANISATION'], filter: { ownerType: 'PROGRAM' }, having: { sumMin: 100, sumMax: 5000 } },
    ];
    for (const args of cases) {
      const kept = expectedSummary(args);
      expect(0 < kept.length && kept.length < expectedSummary({ ...args, having: undefined }).length).toBe(true); // it does narrow
      expect({ args, groups: await summary(args) }).toEqual({ args, groups: kept });
    }
    expect(await summary({ groupBy: ['STRATEGY'], having: { countMin: 100000 } })).toEqual([]);
  });

  test('orderBy SUM_DESC, SUM_ASC, COUNT_DESC and KEY_ASC, ties by key; first cuts after ordering', async () => {
    for (const orderBy of ['SUM_DESC', 'SUM_ASC', 'COUNT_DESC', 'KEY_ASC'] as const) {
      for (const first of [undefined, 1, 5]) {
        const args: SummaryArgs = { groupBy: ['ORGANISATION', 'YEAR'], filter: { phase: 'ORIGINAL' }, orderBy, first };
        expect({ args, groups: await summary(args) }).toEqual({ args, groups: expectedSummary(args) });
      }
    }
    const bySum = await summary({ groupBy: ['ORGANISATION'], orderBy: 'SUM_DESC' });
    expect(bySum.map((g) => g.sumMillionKrw)).toEqual([...bySum.map((g) => g.sumMillionKrw)].sort((a, b) => b - a));
    // COUNT_DESC has ties; they go by the keys, so two answers are the same
    const byCount = expectedSummary({ groupBy: ['ORGANISATION'], orderBy: 'COUNT_DESC' });
    expect(new Set(byCount.map((g) => g.count)).size).toBeLessThan(byCount.length);
    expect(await summary({ groupBy: ['ORGANISATION'], orderBy: 'COUNT_DESC' })).toEqual(byCount);
  });

  test('organisation, strategy and document are read in the same statement as the groups, whatever their number', async () => {
    const query = `query ($groupBy: [BudgetGroupBy!]!, $first: Int) { budgetSummary(groupBy: $groupBy, first: $first) {
      count organisation { name } strategy { title } document { title } } }`;
    const many = await data(query, { groupBy: ['ORGANISATION', 'STRATEGY', 'DOCUMENT'] });
    expect(many.data.budgetSummary.length).toBeGreaterThan(20);
    expect(many.statements).toBe(1); // the groups with their organisations, strategies and documents
    const withStrategy = many.data.budgetSummary.findIndex((g: any) => g.organisation && g.strategy && g.document);
    const few = await data(query, { groupBy: ['ORGANISATION', 'STRATEGY', 'DOCUMENT'], first: withStrategy + 1 });
    expect(few.data.budgetSummary).toEqual(many.data.budgetSummary.slice(0, withStrategy + 1));
    expect(few.statements).toBe(1);
    // the names are the documents' own
    const docs = await data(query, { groupBy: ['DOCUMENT'] });
    expect(docs.data.budgetSummary.map((g: any) => g.document.title)).toEqual(
      [...new Set(seeds.lines.filter((l) => l.category === null && l.quarter === null).map((l) => l.documentId))].sort().map((id) => seeds.titles.get(id)));
    expect(docs.statements).toBe(1);
    expect((await data(query, { groupBy: ['YEAR'] })).statements).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------

const PROGRAMS = `query ($filter: ProgramFilter) { programsAggregate(filter: $filter) {
  count withoutBudget totalBudgetMillionKrw { sum avg min max } byStatus { status count } byYear { year count sumMillionKrw } } }`;

function expectedPrograms(filter: { search?: string; year?: number; documentId?: string; organisationId?: string; status?: string; strategyId?: string }) {
  const programs = seeds.programs.filter((p) => (filter.search === undefined || p.names.some((n) => squeeze(n).toLowerCase().includes(squeeze(filter.search!).toLowerCase())))
    && (filter.year === undefined || p.year === filter.year) && (filter.documentId === undefined || p.documentId === filter.documentId)
    && (filter.organisationId === undefined || p.organisationId === filter.organisationId)
    && (filter.status === undefined || p.status === filter.status) && (filter.strategyId === undefined || p.strategyId === filter.strategyId));
  const stats = (budgets: number[]) => {
    const sum = budgets.length ? toWon(budgets.reduce((s, x) => s + x, 0)) : null;
    return { sum, avg: sum === null ? null : toWon(sum / budgets.length), min: sum === null ? null : Math.min(...budgets), max: sum === null ? null : Math.max(...budgets) };
  };
  const budgets = (ps: SeedProgram[]) => ps.map((p) => p.budget).filter((b): b is number => b !== null);
  const statuses = [...new Set(programs.map((p) => p.status))].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : 1));
  const years = [...new Set(programs.map((p) => p.year))].sort((a, b) => a - b);
  return {
    count: programs.length,
    withoutBudget: programs.filter((p) => p.budget === null).length,
    totalBudgetMillionKrw: stats(budgets(programs)),
    byStatus: statuses.map((status) => ({ status, count: programs.filter((p) => p.status === status).length })),
    byYear: years.map((year) => {
      const ofYear = programs.filter((p) => p.year === year);
      return { year, count: ofYear.length, sumMillionKrw: stats(budgets(ofYear)).sum };
    }),
  };
}

describe('programsAggregate', () => {
  test.each<[string, Parameters<typeof expectedPrograms>[0]]>([
    ['no filter', {}],
    ['2019 plan, continuing programs', { documentId: 'plan-2019-planning-coordination', status: 'CONTINUING' }],
    ['year and organisation', { year: 2020, organisationId: 'org:시민정책담당관' }],
    ['search ignoring spacing and case', { search: '시민 참여' }],
    ['strategy', { strategyId: 'strategy:plan-2019-planning-coordination:1' }],
    ['nothing matches', { search: '없는 사업 이름' }],
  ])('%s: count, budgets, statuses and years equal the seed files', async (_name, filter) => {
    const expected = expectedPrograms(filter);
    const { data: d, statements } = await data(PROGRAMS, { filter });
    expect(d.programsAggregate).toEqual(expected);
    expect(statements).toBe(1);
  });

  test('비예산 is not zero: null budgets are counted in withoutBudget and left out of sum, avg, min and max (000 lines 677–742)', async () => {
    const filter = { documentId: 'plan-2019-planning-coordination' };
    const programs = seeds.programs.filter((p) => p.documentId === filter.documentId);
    const printedNone = programs.filter((p) => p.budgetRaw === '비예산');
    expect(printedNone.length).toBeGreaterThan(0); // e.g. the 총괄표 rows printed 비예산
    const withBudget = programs.filter((p) => p.budget !== null).map((p) => p.budget!);
    const sum = toWon(withBudget.reduce((s, x) => s + x, 0));
    const { data: d } = await data(PROGRAMS, { filter });
    expect(d.programsAggregate).toMatchObject({
      count: programs.length,
      withoutBudget: programs.length - withBudget.length,
      totalBudgetMillionKrw: { sum, avg: toWon(sum / withBudget.length), min: Math.min(...withBudget), max: Math.max(...withBudget) },
    });
    expect(d.programsAggregate.withoutBudget).toBeGreaterThanOrEqual(printedNone.length);
    expect(d.programsAggregate.totalBudgetMillionKrw.avg).toBeGreaterThan(sum / programs.length); // nulls did not count as zero
    // the same set `programs` pages through
    const { data: list } = await data(`{ programs(filter: { documentId: "plan-2019-planning-coordination" }, first: 1) { totalCount } }`);
    expect(d.programsAggregate.count).toBe(list.programs.totalCount);
  });
});

// ---------------------------------------------------------------------------------------------

const INDICATORS = `query ($filter: IndicatorFilter) { indicatorsAggregate(filter: $filter) {
  count valueCount byUnit { unit count } byYear { year valueCount actualCount targetCount } } }`;

function expectedIndicators(filter: { search?: string; year?: number; documentId?: string; organisationId?: string; programId?: string }) {
  const indicators = seeds.indicators.filter((i) => (filter.search === undefined || squeeze(i.name).toLowerCase().includes(squeeze(filter.search).toLowerCase()))
    && (filter.year === undefined || i.values.some((v) => v.year === filter.year)) && (filter.documentId === undefined || i.documentId === filter.documentId)
    && (filter.organisationId === undefined || i.organisationId === filter.organisationId) && (filter.programId === undefined || i.programId === filter.programId));
  const values = indicators.flatMap((i) => i.values);
  const units = [...new Set(indicators.map((i) => i.unit))].map((unit) => ({ unit, count: indicators.filter((i) => i.unit === unit).length }));
  units.sort((a, b) => b.count - a.count || (a.unit === null ? 1 : b.unit === null ? -1 : a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  return {
    count: indicators.length,
    valueCount: values.length,
    byUnit: units,
    byYear: [...new Set(values.map((v) => v.year))].sort((a, b) => a - b).map((year) => {
      const ofYear = values.filter((v) => v.year === year);
      return { year, valueCount: ofYear.length, actualCount: ofYear.filter((v) => v.kind === 'ACTUAL').length, targetCount: ofYear.filter((v) => v.kind === 'TARGET').length };
    }),
  };
}

describe('indicatorsAggregate', () => {
  test.each<[string, Parameters<typeof expectedIndicators>[0]]>([
    ['no filter', {}],
    ['2019 plan, indicators with a 2020 value', { documentId: 'plan-2019-planning-coordination', year: 2020 }],
    ['organisation', { organisationId: 'org:시민정책담당관' }],
    ['program', { programId: "program:plan-2019-planning-coordination:Data부자도시'스마트GIS인천'" }],
    ['search', { search: '스마트 gis' }],
    ['nothing matches', { search: '없는 지표 이름' }],
  ])('%s: counts, units and years equal the seed files', async (_name, filter) => {
    const { data: d, statements } = await data(INDICATORS, { filter });
    expect(d.indicatorsAggregate).toEqual(expectedIndicators(filter));
    expect(statements).toBe(1);
  });

  test('000 line 829: 스마트GIS인천 확대 구축 운영, 61 (2018 result), 70 and 80 (targets), in 부서', async () => {
    const { data: d } = await data(INDICATORS, { filter: { search: '스마트GIS인천 확대', documentId: 'plan-2019-planning-coordination' } });
    expect(d.indicatorsAggregate).toEqual({
      count: 1, valueCount: 3, byUnit: [{ unit: '부서', count: 1 }],
      byYear: [
        { year: 2018, valueCount: 1, actualCount: 1, targetCount: 0 },
        { year: 2019, valueCount: 1, actualCount: 0, targetCount: 1 },
        { year: 2020, valueCount: 1, actualCount: 0, targetCount: 1 },
      ],
    });
  });
});

// ---------------------------------------------------------------------------------------------

test('three aggregates in one operation: one SQL statement each', async () => {
  const { data: d, statements } = await data(`{
    programsAggregate { count } indicatorsAggregate { count valueCount } budgetSummary(groupBy: [YEAR]) { year sumMillionKrw } }`);
  expect(d.programsAggregate.count).toBe(seeds.programs.length);
  expect(d.indicatorsAggregate.count).toBe(seeds.indicators.length);
  expect(d.budgetSummary).toEqual(expectedSummary({ groupBy: ['YEAR'] }).map((g) => ({ year: g.year, sumMillionKrw: g.sumMillionKrw })));
  expect(statements).toBe(3);
});

describe('invalid input: a precise BAD_USER_INPUT error before any SQL', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['empty groupBy', { groupBy: [] }, 'groupBy must name at least one key: YEAR, ORGANISATION, STRATEGY, DOCUMENT or PHASE', 'groupBy'],
    ['a key twice', { groupBy: ['YEAR', 'DOCUMENT', 'YEAR'] }, 'groupBy names YEAR more than once', 'groupBy'],
    ['first 0', { groupBy: ['YEAR'], first: 0 }, 'first must be between 1 and 1000; got 0', 'first'],
    ['first 1001', { groupBy: ['YEAR'], first: 1001 }, 'first must be between 1 and 1000; got 1001', 'first'],
    ['first -5', { groupBy: ['YEAR'], first: -5 }, 'first must be between 1 and 1000; got -5', 'first'],
    ['sumMin above sumMax', { groupBy: ['YEAR'], having: { sumMin: 10, sumMax: 5 } }, 'having.sumMin (10) must not be greater than having.sumMax (5)', 'having'],
  ];
  test.each(cases)('%s', async (_name, variables, message, argumentName) => {
    const res = await hub.gql<any, Record<string, unknown>>(`query Summary($groupBy: [BudgetGroupBy!]!, $having: BudgetHaving, $first: Int) {
  budgetSummary(groupBy: $groupBy, having: $having, first: $first) { year count } }`, variables);
    expect({ status: res.status, data: res.body.data, errors: res.body.errors, statements: res.body.extensions.cost.sqlStatements }).toEqual({
      status: 200, data: null, statements: 0,
      errors: [{ message, locations: [{ line: 2, column: 3 }], path: ['budgetSummary'], extensions: { code: 'BAD_USER_INPUT', argumentName } }],
    });
  });

  test('an unknown key is refused by validation (HTTP 400)', async () => {
    const res = await hub.gql<any, undefined>('{ budgetSummary(groupBy: [MONTH]) { count } }');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].message).toMatch(/Value "MONTH" does not exist in "BudgetGroupBy" enum/);
  });
});
