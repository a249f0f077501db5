// List filters (year ranges, program status, indicators, budget ranges, finding and committee
// kinds) and orderBy on every list, over real HTTP against the seeded database. Expected rows
// are computed here from the seed files themselves (read with js-yaml, ids as seeds/README.md
// documents them), never from the hub's code; paging checks every order with a page boundary
// inside every run of rows its keys tie on (only the id parts them) and at least every 40 rows.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isEnumType } from 'graphql';
import { hubSchema } from '../src/graph/schema';
import { parseSeedYaml } from './support/seed-dirs';
import { sharedHub } from './support/hub-client';

const hub = sharedHub();

const data = <T = any>(query: string, variables?: Record<string, unknown>) => hub.data<T>(query, variables);

// ---------------------------------------------------------------------------------------------
// The seed files, read independently: strings as the loader keeps them (NFC, trimmed).

const SEEDS = join(__dirname, '../seeds');
const key = (text: string) => text.normalize('NFC').replace(/\s+/gu, '');
const clean = (value: any): any =>
  typeof value === 'string' ? value.normalize('NFC').trim()
    : Array.isArray(value) ? value.map(clean)
      : value && typeof value === 'object' && !(value instanceof Date) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)])) : value;
const read = (file: string) => clean(parseSeedYaml(readFileSync(join(SEEDS, file), 'utf8')));

const registry = read('organisations.yaml');
const orgIdByKey = new Map<string, string>();
for (const org of registry.organisations) for (const written of [org.name, ...(org.aliases ?? [])]) orgIdByKey.set(key(written), `org:${key(org.name)}`);
const orgId = (name: string | undefined | null) => (name ? orgIdByKey.get(key(name))! : null);

const docs = readdirSync(SEEDS).filter((f) => f.endsWith('.yaml') && f !== 'organisations.yaml' && f !== 'series.yaml').map(read);
const MILLION_KRW: Record<string, (amount: number) => number> = { 백만원: (a) => a, 천원: (a) => a / 1000, 억원: (a) => a * 100, 원: (a) => a / 1_000_000 };

interface Program { id: string; year: number; document: string; line: number; title: string; budget: number | null; status: string | null; org: string | null; strategy: string | null; hasIndicators: boolean }
interface Indicator { id: string; name: string; document: string; line: number; years: number[]; org: string | null }
interface Dated { id: string; year: number; document: string; line: number; name: string; org: string | null }

const programs: Program[] = [];
const indicators: Indicator[] = [];
const strategies: (Dated & { title: string })[] = [];
const committees: (Dated & { kind: string; members: number | null })[] = [];
const civics: (Dated & { members: number | null })[] = [];
const findings: (Dated & { code: string; auditYear: number; kind: string; status: string | null; title: string })[] = [];
const roles: { person: string | null; year: number; document: string; org: string | null }[] = [];
const orgYears: { org: string; year: number; document: string }[] = [];

for (const seed of docs) {
  const slug: string = seed.document.slug;
  const year: number = seed.document.planYear;
  const named = (org: string | null, y = year) => { if (org) orgYears.push({ org, year: y, document: slug }); };
  named(orgId(seed.document.issuer));
  for (const u of seed.units ?? []) { named(orgId(u.org), u.year); named(orgId(u.parent), u.year); }
  for (const s of seed.staffing ?? []) named(orgId(s.org), s.year);
  for (const b of seed.budgets ?? []) named(orgId(b.org), b.fiscalYear);
  for (const s of seed.strategies ?? []) {
    strategies.push({ id: `strategy:${slug}:${key(s.number)}`, year, document: slug, line: s.line, name: s.title, title: s.title, org: orgId(s.org) });
    named(orgId(s.org));
  }
  const programKeys = new Map<string, Program>();
  const byTitle = new Map<string, Program[]>();
  const addIndicator = (ind: any, program: Program | null, programKey: string, ownerOrg: string | null) => {
    const org = orgId(ind.org) ?? ownerOrg;
    indicators.push({
      id: `indicator:${slug}:${programKey}:${key(ind.key ?? ind.name)}`, name: ind.name, document: slug, line: ind.line,
      years: (ind.values ?? []).map((v: any) => v.year), org,
    });
    named(org);
    if (program) program.hasIndicators = true;
  };
  for (const p of seed.programs ?? []) {
    const programKey = key(p.key ?? p.title);
    const total = p.totalBudget;
    const program: Program = {
      id: `program:${slug}:${programKey}`, year, document: slug, line: p.line, title: p.title,
      budget: total?.amount != null ? MILLION_KRW[total.unit](total.amount) : null, status: p.status ?? null,
      org: orgId(p.org), strategy: p.strategy ? `strategy:${slug}:${key(p.strategy)}` : null, hasIndicators: false,
    };
    programs.push(program);
    named(program.org);
    programKeys.set(programKey, program);
    byTitle.set(key(p.title), [...(byTitle.get(key(p.title)) ?? []), program]);
    for (const ind of p.indicators ?? []) addIndicator(ind, program, programKey, program.org);
  }
  for (const ind of seed.indicators ?? []) {
    // `program:` names a program of the file by key, else by a title only one program has.
    const program = ind.program ? programKeys.get(key(ind.program)) ?? byTitle.get(key(ind.program))![0] : null;
    addIndicator(ind, program, program ? program.id.slice(`program:${slug}:`.length) : '-', program?.org ?? null);
  }
  for (const c of seed.committees ?? []) {
    committees.push({ id: `committee:${slug}:${key(c.name)}`, year, document: slug, line: c.line, name: c.name, kind: c.kind, members: c.memberCount ?? null, org: orgId(c.org) });
    named(orgId(c.org));
    // chairs are people with a role in the committee's organisation
    for (const chair of c.chairs ?? []) roles.push({ person: `person:${key(chair)}`, year, document: slug, org: orgId(c.org) });
  }
  for (const c of seed.civicOrganisations ?? []) {
    civics.push({ id: `civic:${slug}:${key(c.name)}`, year, document: slug, line: c.line, name: c.name, members: c.memberCount ?? null, org: null });
  }
  for (const f of seed.auditFindings ?? []) {
    findings.push({
      id: `finding:${slug}:${key(f.code)}`, year, document: slug, line: f.line, name: f.title, title: f.title, code: f.code,
      auditYear: f.auditYear, kind: f.kind, status: f.status ?? null, org: orgId(f.org),
    });
    named(orgId(f.org));
  }
  for (const person of seed.people ?? []) for (const r of person.roles) roles.push({ person: `person:${key(person.name)}`, year, document: slug, org: orgId(r.org) });
  for (const r of seed.vacantPosts ?? []) roles.push({ person: null, year, document: slug, org: orgId(r.org) });
}
for (const r of roles) if (r.org) orgYears.push({ org: r.org, year: r.year, document: r.document });
const organisations: { id: string; name: string }[] = registry.organisations.map((o: any) => ({ id: `org:${key(o.name)}`, name: key(o.name) }));
const people = [...new Set(roles.map((r) => r.person).filter((p): p is string => !!p))].map((id) => ({ id, name: id.slice('person:'.length) }));
const series = read('series.yaml');
const programSeries = series.programSeries.map((s: any) => ({ id: `programSeries:${s.key}`, title: s.title, members: s.members.map((m: any) => m.id) }));
const indicatorSeries = series.indicatorSeries.map((s: any) => ({ id: `indicatorSeries:${s.key}`, name: s.name, members: s.members.map((m: any) => m.id) }));

// ---------------------------------------------------------------------------------------------
// Orders as the API promises them: keys in turn, nulls last both ways, then id; text by code point.

type Key<T> = [(row: T) => string | number | null, 'asc' | 'desc'];
/** Ids in the order of `keys`, then id; `ties` are the positions whose row ties with the one before on every key. */
type Ordered = string[] & { ties: number[] };
function sorted<T extends { id: string }>(rows: T[], ...keys: Key<T>[]): Ordered {
  const compare = (a: string | number | null, b: string | number | null, dir: 'asc' | 'desc') => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    return (a < b ? -1 : 1) * (dir === 'desc' ? -1 : 1);
  };
  const byKeys = (a: T, b: T) => keys.reduce((c, [of, dir]) => c || compare(of(a), of(b), dir), 0);
  const ordered = [...rows].sort((a, b) => byKeys(a, b) || compare(a.id, b.id, 'asc'));
  const ties = ordered.flatMap((row, i) => (i > 0 && byKeys(ordered[i - 1], row) === 0 ? [i] : []));
  return Object.defineProperty(ordered.map((r) => r.id), 'ties', { value: ties, enumerable: false }) as Ordered; // not compared by toEqual
}
const inDocumentOrder = <T extends { year: number; document: string; line: number }>(dir: 'asc' | 'desc'): Key<T>[] =>
  [[(r) => r.year, dir], [(r) => r.document, 'asc'], [(r) => r.line, 'asc']];
const codeNumber = (code: string) => { const m = /(\d+)$/.exec(code); return m ? Number(m[1]) : null; };

const EXPECTED_ORDERS: Record<string, Record<string, Ordered>> = {
  programs: {
    YEAR_ASC: sorted(programs, ...inDocumentOrder<Program>('asc')),
    YEAR_DESC: sorted(programs, ...inDocumentOrder<Program>('desc')),
    TITLE_ASC: sorted(programs, [(p) => p.title, 'asc']),
    TITLE_DESC: sorted(programs, [(p) => p.title, 'desc']),
    BUDGET_DESC: sorted(programs, [(p) => p.budget, 'desc']),
    BUDGET_ASC: sorted(programs, [(p) => p.budget, 'asc']),
  },
  organisations: { NAME_ASC: sorted(organisations, [(o) => o.name, 'asc']), NAME_DESC: sorted(organisations, [(o) => o.name, 'desc']) },
  strategies: {
    YEAR_ASC: sorted(strategies, ...inDocumentOrder('asc')), YEAR_DESC: sorted(strategies, ...inDocumentOrder('desc')),
    TITLE_ASC: sorted(strategies, [(s) => s.title, 'asc']), TITLE_DESC: sorted(strategies, [(s) => s.title, 'desc']),
  },
  indicators: {
    DOCUMENT_ORDER: sorted(indicators, [(i) => i.document, 'asc'], [(i) => i.line, 'asc']),
    NAME_ASC: sorted(indicators, [(i) => i.name, 'asc']), NAME_DESC: sorted(indicators, [(i) => i.name, 'desc']),
  },
  committees: {
    YEAR_ASC: sorted(committees, ...inDocumentOrder('asc')), YEAR_DESC: sorted(committees, ...inDocumentOrder('desc')),
    NAME_ASC: sorted(committees, [(c) => c.name, 'asc']), NAME_DESC: sorted(committees, [(c) => c.name, 'desc']),
    MEMBERS_DESC: sorted(committees, [(c) => c.members, 'desc']), MEMBERS_ASC: sorted(committees, [(c) => c.members, 'asc']),
  },
  civicOrganisations: {
    YEAR_ASC: sorted(civics, ...inDocumentOrder('asc')), YEAR_DESC: sorted(civics, ...inDocumentOrder('desc')),
    NAME_ASC: sorted(civics, [(c) => c.name, 'asc']), NAME_DESC: sorted(civics, [(c) => c.name, 'desc']),
    MEMBERS_DESC: sorted(civics, [(c) => c.members, 'desc']), MEMBERS_ASC: sorted(civics, [(c) => c.members, 'asc']),
  },
  auditFindings: {
    YEAR_ASC: sorted(findings, ...inDocumentOrder('asc')), YEAR_DESC: sorted(findings, ...inDocumentOrder('desc')),
    CODE_ASC: sorted(findings, [(f) => f.auditYear, 'asc'], [(f) => codeNumber(f.code), 'asc'], [(f) => f.code, 'asc']),
    CODE_DESC: sorted(findings, [(f) => f.auditYear, 'desc'], [(f) => codeNumber(f.code), 'desc'], [(f) => f.code, 'desc']),
  },
  people: { NAME_ASC: sorted(people, [(p) => p.name, 'asc']), NAME_DESC: sorted(people, [(p) => p.name, 'desc']) },
  programSeries: { TITLE_ASC: sorted(programSeries, [(s: any) => s.title, 'asc']), TITLE_DESC: sorted(programSeries, [(s: any) => s.title, 'desc']) },
  indicatorSeries: { NAME_ASC: sorted(indicatorSeries, [(s: any) => s.name, 'asc']), NAME_DESC: sorted(indicatorSeries, [(s: any) => s.name, 'desc']) },
};
const DEFAULT_ORDER: Record<string, string> = {
  programs: 'YEAR_ASC', organisations: 'NAME_ASC', strategies: 'YEAR_ASC', indicators: 'DOCUMENT_ORDER', committees: 'YEAR_ASC',
  civicOrganisations: 'YEAR_ASC', auditFindings: 'YEAR_ASC', people: 'NAME_ASC', programSeries: 'TITLE_ASC', indicatorSeries: 'NAME_ASC',
};
const ORDER_ENUM: Record<string, string> = {
  programs: 'ProgramOrder', organisations: 'OrganisationOrder', strategies: 'StrategyOrder', indicators: 'IndicatorOrder', committees: 'CommitteeOrder',
  civicOrganisations: 'CivicOrganisationOrder', auditFindings: 'AuditFindingOrder', people: 'PersonOrder', programSeries: 'ProgramSeriesOrder', indicatorSeries: 'IndicatorSeriesOrder',
};

/** ids of one list in one request (every list here is below 1000 rows). */
async function ids(list: string, args: { filter?: Record<string, unknown>; orderBy?: string | null } = {}): Promise<{ totalCount: number; ids: string[] }> {
  // An absent $orderBy leaves the argument out (its default applies); a null one passes null.
  const res = await data(`query($filter: ${filterType(list)}, $orderBy: ${ORDER_ENUM[list]}) {
    list: ${list}(first: 1000, filter: $filter, orderBy: $orderBy) { totalCount nodes { id } } }`, args);
  expect(res.list.nodes.length).toBe(res.list.totalCount);
  return { totalCount: res.list.totalCount, ids: res.list.nodes.map((n: any) => n.id) };
}
function filterType(list: string) {
  return ({ programSeries: 'SeriesFilter', indicatorSeries: 'SeriesFilter', programs: 'ProgramFilter', organisations: 'OrganisationFilter', strategies: 'StrategyFilter', indicators: 'IndicatorFilter', committees: 'CommitteeFilter',
    civicOrganisations: 'CivicOrganisationFilter', auditFindings: 'AuditFindingFilter', people: 'PersonFilter' } as Record<string, string>)[list];
}

/**
 * Page sizes that end a page inside every tie (where only the id orders two rows, a keyset
 * cursor is most easily wrong) and at least every `most` rows.
 */
function pagesSplittingTies(count: number, ties: number[], most = 40): number[] {
  const ends = [...new Set([...ties, ...Array.from({ length: Math.ceil(count / most) }, (_, k) => Math.min(count, (k + 1) * most))])].sort((a, b) => a - b);
  return ends.map((end, k) => end - (k ? ends[k - 1] : 0)).filter((size) => size > 0);
}

/** Every row of a list in one order, following endCursor, with the page sizes given (7 a page unless told). */
async function pageThrough(list: string, orderBy: string, filter?: Record<string, unknown>, sizes?: number[]) {
  const seen: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const first = sizes?.[pages] ?? 7;
    const page: any = (await data(`query($first: Int, $after: String, $orderBy: ${ORDER_ENUM[list]}, $filter: ${filterType(list)}) {
      list: ${list}(first: $first, after: $after, orderBy: $orderBy, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`,
    { first, after, orderBy, filter })).list;
    pages += 1;
    totals.add(page.totalCount);
    seen.push(...page.edges.map((e: any) => e.node.id));
    if (page.edges.length) expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
    if (!page.pageInfo.hasNextPage) break;
    expect(page.edges).toHaveLength(first);
    after = page.pageInfo.endCursor;
  }
  return { seen, totals: [...totals], pages };
}

const between = (y: number, from?: number, to?: number) => (from == null || y >= from) && (to == null || y <= to);

// ---------------------------------------------------------------------------------------------

describe('the seed model this file checks against', () => {
  test('holds the census counts of seeds/README.md and the programs without an amount', () => {
    expect([programs.length, strategies.length, committees.length, civics.length, findings.length]).toEqual([27 + 58 + 19 + 50 + 27, 7 + 12 + 57, 5 + 22 + 9, 4 + 5, 13 + 20]);
    // 비예산 and unprinted 총사업비 cells: 5 of the 2018 plan's 27 initiatives, 14 of the 2019 plan's 58, and every program of the other three documents
    expect(programs.filter((p) => p.budget === null)).toHaveLength(5 + 14 + 19 + 50 + 27);
  });
});

describe('year ranges on every list', () => {
  test('programs: yearFrom and yearTo are inclusive, alone, together and with year', async () => {
    const inRange = (from?: number, to?: number) => sorted(programs.filter((p) => between(p.year, from, to)), ...inDocumentOrder<Program>('asc'));
    expect(await ids('programs', { filter: { yearFrom: 2019, yearTo: 2021 } })).toEqual({ totalCount: 58 + 19 + 50, ids: inRange(2019, 2021) });
    expect(await ids('programs', { filter: { yearFrom: 2020 } })).toEqual({ totalCount: 19 + 50 + 27, ids: inRange(2020) });
    expect(await ids('programs', { filter: { yearTo: 2018 } })).toEqual({ totalCount: 27, ids: inRange(undefined, 2018) });
    expect(await ids('programs', { filter: { yearFrom: 2022, yearTo: 2022 } })).toEqual({ totalCount: 27, ids: inRange(2022, 2022) });
    // year and a range must both hold
    expect(await ids('programs', { filter: { year: 2019, yearFrom: 2018, yearTo: 2020 } })).toEqual({ totalCount: 58, ids: inRange(2019, 2019) });
    expect(await ids('programs', { filter: { year: 2019, yearFrom: 2020 } })).toEqual({ totalCount: 0, ids: [] });
    expect(await ids('programs', { filter: { yearFrom: 2021, yearTo: 2019 } })).toEqual({ totalCount: 0, ids: [] });
  });

  test('strategies, committees, civic organisations and audit findings filter on their year', async () => {
    expect(await ids('strategies', { filter: { yearFrom: 2019 } }))
      .toEqual({ totalCount: 12 + 57, ids: sorted(strategies.filter((s) => s.year >= 2019), ...inDocumentOrder('asc')) });
    expect(await ids('committees', { filter: { yearFrom: 2019, yearTo: 2020 } }))
      .toEqual({ totalCount: 22 + 9, ids: sorted(committees.filter((c) => between(c.year, 2019, 2020)), ...inDocumentOrder('asc')) });
    expect(await ids('civicOrganisations', { filter: { yearTo: 2019 } }))
      .toEqual({ totalCount: 4, ids: sorted(civics.filter((c) => c.year <= 2019), ...inDocumentOrder('asc')) });
    // `year` of a finding is its report's year (2020, 2022), not the audit year (2019, 2021)
    expect(await ids('auditFindings', { filter: { yearFrom: 2021 } }))
      .toEqual({ totalCount: 20, ids: sorted(findings.filter((f) => f.year >= 2021), ...inDocumentOrder('asc')) });
    expect(await ids('auditFindings', { filter: { yearFrom: 2019, yearTo: 2019 } })).toEqual({ totalCount: 0, ids: [] });
  });

  test('indicators keep those with a value in the range, as `year` keeps those with a value that year', async () => {
    const expected = sorted(indicators.filter((i) => i.years.some((y) => between(y, 2023, 2025))), [(i) => i.document, 'asc'], [(i) => i.line, 'asc']);
    expect(expected.length).toBeGreaterThan(0);
    expect(await ids('indicators', { filter: { yearFrom: 2023, yearTo: 2025 } })).toEqual({ totalCount: expected.length, ids: expected });
    const inDocument = (rows: Indicator[]) => sorted(rows, [(i) => i.document, 'asc'], [(i) => i.line, 'asc']);
    const upTo2017 = inDocument(indicators.filter((i) => i.years.some((y) => y <= 2017)));
    const only2017 = inDocument(indicators.filter((i) => i.years.includes(2017)));
    expect(upTo2017.length).toBeGreaterThan(only2017.length); // values of 2016 and before
    expect(await ids('indicators', { filter: { yearTo: 2017 } })).toEqual({ totalCount: upTo2017.length, ids: upTo2017 });
    expect(await ids('indicators', { filter: { year: 2017 } })).toEqual({ totalCount: only2017.length, ids: only2017 });
    expect(await ids('indicators', { filter: { yearFrom: 2017, yearTo: 2017 } })).toEqual({ totalCount: only2017.length, ids: only2017 });
  });

  test('organisations: a range matches units any record of those years names, the union of the years', async () => {
    const named = (from: number, to: number) =>
      sorted(organisations.filter((o: any) => orgYears.some((r) => r.org === o.id && between(r.year, from, to))), [(o: any) => o.name, 'asc']);
    const range = await ids('organisations', { filter: { yearFrom: 2020, yearTo: 2022 } });
    expect(range).toEqual({ totalCount: named(2020, 2022).length, ids: named(2020, 2022) });
    const perYear = await Promise.all([2020, 2021, 2022].map((year) => ids('organisations', { filter: { year } })));
    expect(new Set(range.ids)).toEqual(new Set(perYear.flatMap((r) => r.ids)));
    const withDocument = await ids('organisations', { filter: { yearFrom: 2018, documentId: 'council-report-2020-communication' } });
    const expected = sorted(organisations.filter((o: any) => orgYears.some((r) => r.org === o.id && r.year >= 2018 && r.document === 'council-report-2020-communication')), [(o: any) => o.name, 'asc']);
    expect(withDocument).toEqual({ totalCount: expected.length, ids: expected });
  });

  test('people: a range matches people with a role reported in those years', async () => {
    const expected = sorted(people.filter((p) => roles.some((r) => r.person === p.id && between(r.year, 2020, 2022))), [(p) => p.name, 'asc']);
    expect(expected.length).toBe(12 + 8);
    expect(await ids('people', { filter: { yearFrom: 2020, yearTo: 2022 } })).toEqual({ totalCount: expected.length, ids: expected });
    const y2019 = sorted(people.filter((p) => roles.some((r) => r.person === p.id && r.year <= 2019)), [(p) => p.name, 'asc']);
    expect(await ids('people', { filter: { yearTo: 2019 } })).toEqual({ totalCount: y2019.length, ids: y2019 });
  });

  test('series match a member of the range: a program of those years, an indicator with a value then', async () => {
    const programYear = new Map(programs.map((p) => [p.id, p.year]));
    const indicatorYears = new Map(indicators.map((i) => [i.id, i.years]));
    // seeds/series.yaml is curated and grows: the expected rows are computed from whatever it holds
    expect([...programSeries.flatMap((x: any) => x.members), ...indicatorSeries.flatMap((x: any) => x.members)]
      .filter((m: string) => !programYear.has(m) && !indicatorYears.has(m))).toEqual([]);
    const programSeriesIn = (from: number, to: number) =>
      sorted(programSeries.filter((x: any) => x.members.some((m: string) => between(programYear.get(m)!, from, to))), [(x: any) => x.title, 'asc']);
    const indicatorSeriesIn = (from: number, to: number) =>
      sorted(indicatorSeries.filter((x: any) => x.members.some((m: string) => indicatorYears.get(m)!.some((y) => between(y, from, to)))), [(x: any) => x.name, 'asc']);
    expect(programSeriesIn(2019, 2019)).toContain('programSeries:smart-gis-incheon');
    expect((await ids('programSeries', { filter: { yearFrom: 2019, yearTo: 2019 } })).ids).toEqual(programSeriesIn(2019, 2019));
    expect((await ids('programSeries', { filter: { yearFrom: 2020 } })).ids).toEqual(programSeriesIn(2020, 9999));
    expect((await ids('programSeries', { filter: { yearTo: 2018 } })).ids).toEqual(programSeriesIn(0, 2018));
    expect(indicatorSeriesIn(2017, 2017)).toContain('indicatorSeries:smart-gis-partner-departments');
    expect((await ids('indicatorSeries', { filter: { yearTo: 2017 } })).ids).toEqual(indicatorSeriesIn(0, 2017));
    expect((await ids('indicatorSeries', { filter: { yearFrom: 2021 } })).ids).toEqual(indicatorSeriesIn(2021, 9999));
  });
});

describe('program filters', () => {
  const inOrder = (rows: Program[]) => sorted(rows, ...inDocumentOrder<Program>('asc'));

  test('hasIndicators splits the programs in two', async () => {
    const measured = programs.filter((p) => p.hasIndicators);
    // programs with indicators nested under them: 15 + 23 + 34 + 24; the 2019 plan's standalone indicators name others
    expect(measured.length).toBeGreaterThanOrEqual(15 + 23 + 34 + 24);
    expect(await ids('programs', { filter: { hasIndicators: true } })).toEqual({ totalCount: measured.length, ids: inOrder(measured) });
    const unmeasured = programs.filter((p) => !p.hasIndicators);
    expect(await ids('programs', { filter: { hasIndicators: false } })).toEqual({ totalCount: unmeasured.length, ids: inOrder(unmeasured) });
    expect(measured.length + unmeasured.length).toBe(programs.length);
  });

  test('budgetMin and budgetMax are inclusive, in million KRW, and 비예산 never matches', async () => {
    // 90,000 천원 is 90 million KRW; two programs print exactly 200
    const range = (min?: number, max?: number) => inOrder(programs.filter((p) => p.budget !== null && between(p.budget, min, max)));
    expect(programs.filter((p) => p.budget === 200)).toHaveLength(2);
    expect(await ids('programs', { filter: { budgetMin: 200, budgetMax: 1000 } })).toEqual({ totalCount: range(200, 1000).length, ids: range(200, 1000) });
    expect(range(200, 200)).toHaveLength(2);
    expect(await ids('programs', { filter: { budgetMin: 200, budgetMax: 200 } })).toEqual({ totalCount: 2, ids: range(200, 200) });
    expect(await ids('programs', { filter: { budgetMax: 90 } })).toEqual({ totalCount: range(undefined, 90).length, ids: range(undefined, 90) });
    expect(range(undefined, 90)).toContain(programs.find((p) => p.budget === 90)!.id);
    // every printed amount is at least 0; the programs without one stay out
    expect(await ids('programs', { filter: { budgetMin: 0 } })).toEqual({ totalCount: 22 + 44, ids: range(0) });
    expect(await ids('programs', { filter: { budgetMin: 1000.5, budgetMax: 1000.4 } })).toEqual({ totalCount: 0, ids: [] });
  });

  test('status, strategy, organisation, years, budget and indicators combine', async () => {
    const continuing = programs.filter((p) => p.status === 'CONTINUING' && p.year >= 2019 && p.budget !== null && p.budget >= 100 && p.hasIndicators);
    expect(continuing.length).toBeGreaterThan(0);
    expect(await ids('programs', { filter: { status: 'CONTINUING', yearFrom: 2019, budgetMin: 100, hasIndicators: true } }))
      .toEqual({ totalCount: continuing.length, ids: inOrder(continuing) });
    const newOnes = programs.filter((p) => p.status === 'NEW' && p.year <= 2019 && !p.hasIndicators);
    expect(await ids('programs', { filter: { status: 'NEW', yearTo: 2019, hasIndicators: false }, orderBy: 'TITLE_DESC' }))
      .toEqual({ totalCount: newOnes.length, ids: sorted(newOnes, [(p) => p.title, 'desc']) });
    const strategy1 = programs.filter((p) => p.strategy === 'strategy:plan-2019-planning-coordination:1' && p.budget !== null && p.budget <= 500);
    expect(strategy1.length).toBeGreaterThan(0);
    expect(await ids('programs', { filter: { strategyId: 'strategy:plan-2019-planning-coordination:1', budgetMax: 500 }, orderBy: 'BUDGET_DESC' }))
      .toEqual({ totalCount: strategy1.length, ids: sorted(strategy1, [(p) => p.budget, 'desc']) });
    const owner = 'org:정책기획관';
    const owned = programs.filter((p) => p.org === owner && between(p.year, 2018, 2019) && p.budget !== null);
    expect(owned.length).toBeGreaterThan(0);
    expect(await ids('programs', { filter: { organisationId: owner, yearFrom: 2018, yearTo: 2019, budgetMin: 0, search: '' }, orderBy: 'BUDGET_ASC' }))
      .toEqual({ totalCount: owned.length, ids: sorted(owned, [(p) => p.budget, 'asc']) });
  });
});

describe('the other lists\' own filters still combine with the new ones', () => {
  test('audit findings by kind, status and audit year, with a year range', async () => {
    const recommendations = findings.filter((f) => f.kind === 'RECOMMENDATION' && f.status === '진행 중' && f.auditYear === 2021);
    expect(recommendations).toHaveLength(10);
    expect(await ids('auditFindings', { filter: { kind: 'RECOMMENDATION', status: '진행 중', auditYear: 2021, yearFrom: 2022 }, orderBy: 'CODE_DESC' }))
      .toEqual({ totalCount: 10, ids: sorted(recommendations, [(f) => codeNumber(f.code), 'desc']) });
    expect(await ids('auditFindings', { filter: { kind: 'ACTION_REQUEST', yearTo: 2020 }, orderBy: 'CODE_ASC' }))
      .toEqual({ totalCount: 8, ids: ['19-1', '19-2', '19-3', '19-4', '19-5', '19-6', '19-7', '19-8'].map((c) => `finding:council-report-2020-communication:${c}`) });
  });

  test('committees by kind with a year range and members order', async () => {
    const city = committees.filter((c) => c.kind === 'CITY_COMMITTEE' && c.year >= 2019);
    expect(await ids('committees', { filter: { kind: 'CITY_COMMITTEE', yearFrom: 2019 }, orderBy: 'MEMBERS_DESC' }))
      .toEqual({ totalCount: city.length, ids: sorted(city, [(c) => c.members, 'desc']) });
    // 002 lines 77–90: 인천민관동행위원회 38 is the largest committee of 2020
    expect((await ids('committees', { filter: { kind: 'CITY_COMMITTEE', year: 2020 }, orderBy: 'MEMBERS_DESC' })).ids[0]).toBe('committee:council-report-2020-communication:인천민관동행위원회');
    expect(await ids('committees', { filter: { kind: 'COUNCIL_COMMITTEE', yearTo: 2019 } }))
      .toEqual({ totalCount: 8, ids: sorted(committees.filter((c) => c.kind === 'COUNCIL_COMMITTEE' && c.year <= 2019), ...inDocumentOrder('asc')) });
  });
});

describe('orderBy on every list', () => {
  const cases = Object.entries(EXPECTED_ORDERS).flatMap(([list, orders]) => Object.keys(orders).map((order) => [list, order] as const));

  test('every order enum value is described in English and Korean', async () => {
    const schema = await hubSchema();
    for (const [list, name] of Object.entries(ORDER_ENUM)) {
      const type = schema.getType(name);
      if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
      expect(type.getValues().map((v) => v.name).sort()).toEqual(Object.keys(EXPECTED_ORDERS[list]).sort());
      for (const value of type.getValues()) expect({ value: `${name}.${value.name}`, described: /[A-Za-z]/.test(value.description ?? '') && /[가-힣]/.test(value.description ?? '') })
        .toEqual({ value: `${name}.${value.name}`, described: true });
    }
  });

  test.each(cases)('%s %s: the whole list in order, and the same page by page, a page ending inside every tie', async (list, order) => {
    const expected = EXPECTED_ORDERS[list][order];
    expect(await ids(list, { orderBy: order })).toEqual({ totalCount: expected.length, ids: expected });
    const sizes = pagesSplittingTies(expected.length, expected.ties);
    const { seen, totals, pages } = await pageThrough(list, order, undefined, sizes);
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(seen.length);
    expect(totals).toEqual([expected.length]);
    expect(pages).toBe(Math.max(1, sizes.length));
  });

  test('no orderBy, or orderBy null, is the default order of each list', async () => {
    for (const [list, order] of Object.entries(DEFAULT_ORDER)) {
      expect({ list, ids: (await ids(list)).ids }).toEqual({ list, ids: EXPECTED_ORDERS[list][order] });
      expect({ list, ids: (await ids(list, { orderBy: null })).ids }).toEqual({ list, ids: EXPECTED_ORDERS[list][order] });
    }
  });

  test('BUDGET_DESC puts the largest first and every program without an amount last', async () => {
    const res = await data(`{ programs(orderBy: BUDGET_DESC, first: 1000) { nodes { totalBudgetMillionKrw } } }`);
    const amounts = res.programs.nodes.map((n: any) => n.totalBudgetMillionKrw);
    const printed = programs.filter((p) => p.budget !== null).map((p) => p.budget!).sort((a, b) => b - a);
    expect(amounts).toEqual([...printed, ...Array(programs.length - printed.length).fill(null)]);
    expect(amounts[0]).toBe(667569);
  });

  test('paging a filtered order through the null boundary: BUDGET_ASC of the 2018 plan', async () => {
    const plan2018 = programs.filter((p) => p.year === 2018);
    const { seen, totals } = await pageThrough('programs', 'BUDGET_ASC', { year: 2018 });
    expect(seen).toEqual(sorted(plan2018, [(p) => p.budget, 'asc']));
    expect(totals).toEqual([27]);
  });
});

describe('cursors belong to one order', () => {
  const page = async (list: string, orderBy: string, after?: string) => hub.gql(
    `query($after: String) { ${list}(first: 3, after: $after, orderBy: ${orderBy}) { pageInfo { endCursor } nodes { id } } }`, { after });

  test.each([
    ['programs', 'TITLE_ASC', 'TITLE_DESC'],
    ['programs', 'YEAR_ASC', 'YEAR_DESC'],
    ['programs', 'BUDGET_DESC', 'BUDGET_ASC'],
    ['programs', 'BUDGET_DESC', 'TITLE_ASC'],
    ['organisations', 'NAME_ASC', 'NAME_DESC'],
    ['committees', 'MEMBERS_DESC', 'MEMBERS_ASC'],
    ['auditFindings', 'CODE_ASC', 'YEAR_ASC'],
  ])('%s: a cursor of %s used with %s is a precise error', async (list, from, to) => {
    const first = await page(list, from);
    const cursor = (first.body.data as any)[list].pageInfo.endCursor;
    const res = await page(list, to, cursor);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: null,
      errors: [{
        message: `after is a cursor of orderBy ${from}, not ${to}: pass orderBy ${from} to read on, or drop after to start over in ${to}`,
        path: [list], locations: expect.any(Array), extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' },
      }],
      extensions: expect.any(Object),
    });
    // the same cursor with its own order reads on
    const next = await page(list, from, cursor);
    expect(next.body.errors).toBeUndefined();
    expect((next.body.data as any)[list].nodes[0].id).toBe(EXPECTED_ORDERS[list][from][3]);
  });

  test('a cursor of another list, or one with the wrong values, is not a cursor of this list', async () => {
    const orgs = await page('organisations', 'NAME_ASC');
    const orgCursor = (orgs.body.data as any).organisations.pageInfo.endCursor;
    const notThisList = (list: string) => [expect.objectContaining({
      message: 'after is not a cursor of this list', path: [list], extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' },
    })];
    // same order name and shape ([name, id]), another list
    expect((await page('people', 'NAME_ASC', orgCursor)).body.errors).toEqual(notThisList('people'));
    const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    for (const after of [
      orgCursor,
      cursor(['Program:BUDGET_DESC', 'a lot', 'program:x']), // text where the amount goes
      cursor(['Program:BUDGET_DESC', 1]), // too few values
      cursor(['Program:BUDGET_DESC', 1, null]), // a null id
      cursor([1, 'program:x']), // no label
    ]) {
      expect((await page('programs', 'BUDGET_DESC', after)).body.errors).toEqual(notThisList('programs'));
    }
    // values SQL would reject never reach it: a fraction or an out-of-range number for an integer, text with a NUL
    for (const [orderBy, after] of [
      ['YEAR_ASC', cursor(['Program:YEAR_ASC', 2019.5, 'plan-2019-planning-coordination', 1, 'program:x'])],
      ['YEAR_ASC', cursor(['Program:YEAR_ASC', 2019, 'plan-2019-planning-coordination', 2 ** 40, 'program:x'])],
      ['TITLE_ASC', cursor(['Program:TITLE_ASC', 'a\u0000b', 'program:x'])],
    ]) {
      expect((await page('programs', orderBy, after)).body.errors).toEqual(notThisList('programs'));
    }
    // a hand-made cursor of the right shape works like one the API issued: after the 3rd largest budget
    const third = programs.find((p) => p.id === EXPECTED_ORDERS.programs.BUDGET_DESC[2])!;
    const res = await page('programs', 'BUDGET_DESC', cursor(['Program:BUDGET_DESC', third.budget, third.id]));
    expect((res.body.data as any).programs.nodes.map((n: any) => n.id)).toEqual(EXPECTED_ORDERS.programs.BUDGET_DESC.slice(3, 6));
  });
});
