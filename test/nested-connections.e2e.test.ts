// Nested lists are connections paged in memory (paginateRows) from one batched statement for all
// parents. They must agree with the root lists, which filter and page in SQL: for a filter and an
// order, a parent's nested list is the root list restricted to that parent, and cursors, errors,
// totalCount and pageInfo behave the same.
import { sharedHub } from './support/hub-client';

const hub = sharedHub();

const data = <T = any>(query: string, variables?: Record<string, unknown>) => hub.data<T>(query, variables);

interface NestedList {
  root: string;
  filterType: string;
  orderType: string;
  /** The parents' list with `inner` selected on each parent, aliased `key` (its id) and `list` (the nested connection). */
  parents: (inner: string) => string;
  rowsOfParents: (data: any) => { key: string | number; list: { totalCount: number; nodes: { id: string }[] } }[];
  /** What the root list selects to tell a row's parent, aliased `parent`. */
  parentOfRow: string;
  keyOf: (parent: any) => string | number | null;
}

const byOrganisation = { parents: (inner: string) => `organisations(first: 100) { totalCount nodes { key: id ${inner} } }`, rowsOfParents: (d: any) => { expect(d.organisations.totalCount).toBeLessThanOrEqual(100); return d.organisations.nodes; }, parentOfRow: 'parent: organisation { id }', keyOf: (p: any) => p?.id ?? null };
const byYear = { parents: (inner: string) => `years { key: year ${inner} }`, rowsOfParents: (d: any) => d.years, parentOfRow: 'parent: year', keyOf: (p: any) => p };
const byStrategy = { parents: (inner: string) => `strategies(first: 100) { totalCount nodes { key: id ${inner} } }`, rowsOfParents: (d: any) => { expect(d.strategies.totalCount).toBeLessThanOrEqual(100); return d.strategies.nodes; }, parentOfRow: 'parent: strategy { id }', keyOf: (p: any) => p?.id ?? null };
const programs = { root: 'programs', filterType: 'ProgramFilter', orderType: 'ProgramOrder' };
const strategies = { root: 'strategies', filterType: 'StrategyFilter', orderType: 'StrategyOrder' };

const NESTED: Record<string, NestedList> = {
  'Organisation.programs': { ...programs, ...byOrganisation },
  'Strategy.programs': { ...programs, ...byStrategy },
  'Year.programs': { ...programs, ...byYear },
  'Organisation.strategies': { ...strategies, ...byOrganisation },
  'Year.strategies': { ...strategies, ...byYear },
  'Organisation.committees': { root: 'committees', filterType: 'CommitteeFilter', orderType: 'CommitteeOrder', ...byOrganisation },
  'Organisation.auditFindings': { root: 'auditFindings', filterType: 'AuditFindingFilter', orderType: 'AuditFindingOrder', ...byOrganisation },
};

/** Every parent's whole nested list, and the root list cut into the same parents, for one filter and order. */
async function nestedAndRestrictedRoot(name: string, filter: Record<string, unknown>, orderBy: string) {
  const nested = NESTED[name];
  const field = name.split('.')[1];
  const vars = `($filter: ${nested.filterType}, $orderBy: ${nested.orderType})`;
  const parents = nested.rowsOfParents(await data(`query${vars} { ${nested.parents(`list: ${field}(first: 200, filter: $filter, orderBy: $orderBy) { totalCount nodes { id } }`)} }`, { filter, orderBy }));
  const root = (await data(`query${vars} { list: ${nested.root}(first: 1000, filter: $filter, orderBy: $orderBy) { totalCount nodes { id ${nested.parentOfRow} } } }`, { filter, orderBy })).list;
  expect(root.nodes).toHaveLength(root.totalCount);
  return {
    nested: parents.map((p) => ({ parent: p.key, totalCount: p.list.totalCount, ids: p.list.nodes.map((n) => n.id) })),
    restricted: parents.map((p) => {
      const ids = root.nodes.filter((n: any) => nested.keyOf(n.parent) === p.key).map((n: any) => n.id);
      return { parent: p.key, totalCount: ids.length, ids };
    }),
    rowsWithAParent: root.nodes.filter((n: any) => nested.keyOf(n.parent) !== null).length,
  };
}

const CASES: [string, Record<string, unknown>, string][] = [
  ...['Organisation.programs', 'Strategy.programs', 'Year.programs'].flatMap((name): [string, Record<string, unknown>, string][] => [
    [name, {}, 'YEAR_ASC'],
    [name, { search: '정보' }, 'TITLE_ASC'],
    [name, { yearTo: 2018, budgetMin: 100 }, 'BUDGET_DESC'],
    [name, { hasIndicators: true }, 'BUDGET_ASC'],
    [name, { hasIndicators: true, status: 'CONTINUING' }, 'TITLE_DESC'],
    [name, { hasIndicators: false, yearFrom: 2019 }, 'YEAR_ASC'],
    [name, { budgetMax: 500, yearTo: 2019, hasIndicators: true }, 'YEAR_DESC'],
    [name, { documentId: 'plan-2019-planning-coordination', status: 'NEW' }, 'BUDGET_DESC'],
    [name, { organisationId: 'org:자치행정과' }, 'TITLE_ASC'],
  ]),
  ...['Organisation.strategies', 'Year.strategies'].flatMap((name): [string, Record<string, unknown>, string][] => [
    [name, {}, 'YEAR_DESC'],
    [name, { search: '시민' }, 'TITLE_ASC'],
    [name, { yearFrom: 2019, yearTo: 2020 }, 'TITLE_DESC'],
    [name, { documentId: 'plan-2018-administration' }, 'YEAR_ASC'],
  ]),
  ['Organisation.committees', {}, 'YEAR_ASC'],
  ['Organisation.committees', { kind: 'CITY_COMMITTEE' }, 'MEMBERS_DESC'],
  ['Organisation.committees', { yearFrom: 2020, search: '위원회' }, 'NAME_ASC'],
  ['Organisation.auditFindings', {}, 'CODE_ASC'],
  ['Organisation.auditFindings', { kind: 'RECOMMENDATION' }, 'CODE_DESC'],
  ['Organisation.auditFindings', { auditYear: 2021, status: '진행 중' }, 'YEAR_DESC'],
];

describe('a nested list is the root list restricted to its parent', () => {
  test.each(CASES)('%s with filter %j in %s', async (name, filter, orderBy) => {
    const { nested, restricted, rowsWithAParent } = await nestedAndRestrictedRoot(name, filter, orderBy);
    expect(nested).toEqual(restricted);
    // every row of the root list that has a parent shows up under it: the comparison is not vacuous
    expect(nested.reduce((sum, p) => sum + p.totalCount, 0)).toBe(rowsWithAParent);
    expect(rowsWithAParent).toBeGreaterThan(0);
  });

  test('includePredecessors and year combine with filter and orderBy', async () => {
    const { node } = await data(`{ node(id: "org:원도심스마트정보담당관") { ... on Organisation {
      all: programs(includePredecessors: true, first: 1000) { nodes { id } }
      paged: programs(includePredecessors: true, year: 2018, filter: { search: "GIS" }, orderBy: TITLE_ASC, first: 1000) { totalCount nodes { id } } } } }`);
    const lineage = new Set(node.all.nodes.map((n: any) => n.id));
    const { root } = await data(`{ root: programs(filter: { year: 2018, search: "GIS" }, orderBy: TITLE_ASC, first: 1000) { nodes { id } } }`);
    const expected = root.nodes.map((n: any) => n.id).filter((id: string) => lineage.has(id));
    expect(expected.length).toBeGreaterThan(0); // 토지정보과's Smart GIS programs of the 2018 plan
    expect(node.paged).toEqual({ totalCount: expected.length, nodes: expected.map((id: string) => ({ id })) });
  });
});

describe('paging a nested list', () => {
  const yearPrograms = `query($after: String, $first: Int, $orderBy: ProgramOrder) {
    year(year: 2019) { programs(first: $first, after: $after, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }`;

  test('7 rows a page through the null boundary of BUDGET_ASC: every row once, in order, the same totalCount', async () => {
    const { year: { programs: whole } } = await data(yearPrograms, { first: 1000, orderBy: 'BUDGET_ASC' });
    expect(whole.totalCount).toBe(58); // the 2019 plan's initiatives
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await data(yearPrograms, { first: 7, after, orderBy: 'BUDGET_ASC' })).year.programs;
      expect(page.totalCount).toBe(58);
      seen.push(...page.edges.map((e: any) => e.node.id));
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(7);
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(whole.edges.map((e: any) => e.node.id));
  });

  test('cursors are the root list\'s: a root cursor reads on in the nested list, and a nested one in the root list', async () => {
    const root = `query($after: String) { programs(first: 3, after: $after, orderBy: TITLE_ASC, filter: { year: 2019 }) { pageInfo { endCursor } edges { cursor node { id } } } }`;
    const nested = `query($after: String) { year(year: 2019) { programs(first: 3, after: $after, orderBy: TITLE_ASC) { pageInfo { endCursor } edges { cursor node { id } } } } }`;
    const rootFirst = (await data(root)).programs;
    const nestedFirst = (await data(nested)).year.programs;
    expect(nestedFirst).toEqual(rootFirst); // the same rows with the same cursors
    const nestedNext = (await data(nested, { after: rootFirst.pageInfo.endCursor })).year.programs;
    const rootNext = (await data(root, { after: nestedFirst.pageInfo.endCursor })).programs;
    expect(nestedNext).toEqual(rootNext);
    expect(nestedNext.edges).toHaveLength(3);
  });

  test('first: 0 counts without rows, like the root list', async () => {
    const res = await data(`{ root: programs(first: 0, filter: { year: 2019 }) { totalCount pageInfo { hasNextPage endCursor } nodes { id } }
      year(year: 2019) { programs(first: 0) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }`);
    expect(res.year.programs).toEqual({ totalCount: 58, pageInfo: { hasNextPage: true, endCursor: null }, nodes: [] });
    expect(res.year.programs).toEqual(res.root);
  });
});

describe('nested lists refuse what the root lists refuse, with the same errors', () => {
  const query = (list: string, args: string) => `query($after: String) { year(year: 2019) { ${list}(${args}, after: $after) { pageInfo { endCursor } nodes { id } } } }`;

  test('first above 1000', async () => {
    const res = await hub.gql(`{ year(year: 2019) { programs(first: 1001) { totalCount } } }`);
    expect(res.body.errors).toEqual([expect.objectContaining({
      message: 'first must be between 0 and 1000; got 1001', path: ['year', 'programs'], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName: 'first' }),
    })]);
  });

  test('a cursor of another order', async () => {
    const first = await data(query('programs', 'first: 3, orderBy: BUDGET_DESC'));
    const res = await hub.gql(query('programs', 'first: 3, orderBy: TITLE_ASC'), { after: first.year.programs.pageInfo.endCursor });
    expect(res.body.errors).toEqual([{
      message: 'after is a cursor of orderBy BUDGET_DESC, not TITLE_ASC: pass orderBy BUDGET_DESC to read on, or drop after to start over in TITLE_ASC',
      path: ['year', 'programs'], locations: expect.any(Array), extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' },
    }]);
  });

  test('a cursor of another list, or not a cursor at all', async () => {
    const strategiesPage = await data(query('strategies', 'first: 3, orderBy: YEAR_ASC'));
    for (const after of [strategiesPage.year.strategies.pageInfo.endCursor, 'bm90IGEgY3Vyc29y']) {
      const res = await hub.gql(query('programs', 'first: 3, orderBy: YEAR_ASC'), { after });
      expect(res.body.errors).toEqual([{
        message: 'after is not a cursor of this list', path: ['year', 'programs'], locations: expect.any(Array), extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' },
      }]);
    }
  });
});
