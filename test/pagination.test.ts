// paginateRows, the in-memory paging of nested lists, on small inline rows: the order SQL gives
// (keys, nulls last both ways, id tie-break, text by code point), cursors and errors.
import type { EntityManager } from '@mikro-orm/postgresql';
import { paginateRows } from '../src/graph/pagination';

interface Thing { id: string; title: string; amount: number | null }

// Just the metadata paginateRows reads: the class name (kept in cursors) and each key's type.
const meta = {
  className: 'Thing',
  properties: {
    id: { name: 'id', runtimeType: 'string', nullable: false },
    title: { name: 'title', runtimeType: 'string', nullable: false },
    amount: { name: 'amount', runtimeType: 'number', columnTypes: ['double precision'], nullable: true },
  },
};
const em = { getMetadata: () => ({ find: () => meta }) } as unknown as EntityManager;
const page = (rows: Thing[], order: { name: string; by: Record<string, 'asc' | 'desc'> }, args: { first?: number; after?: string } = {}) =>
  paginateRows(em, 'Thing', rows, order, args);

const AMOUNT_DESC = { name: 'AMOUNT_DESC', by: { amount: 'desc' as const } };
const AMOUNT_ASC = { name: 'AMOUNT_ASC', by: { amount: 'asc' as const } };
const rows: Thing[] = [
  { id: 'b', title: 'b', amount: 2 },
  { id: 'e', title: 'e', amount: null },
  { id: 'a', title: 'a', amount: 2 },
  { id: 'c', title: 'c', amount: null },
  { id: 'd', title: 'd', amount: 10.5 },
];
const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

test('keys in their direction, nulls last either way, then id', () => {
  expect(page(rows, AMOUNT_DESC).nodes.map((r) => r.id)).toEqual(['d', 'a', 'b', 'c', 'e']);
  expect(page(rows, AMOUNT_ASC).nodes.map((r) => r.id)).toEqual(['a', 'b', 'd', 'c', 'e']);
});

test('text sorts by code point, as the C.UTF-8 collation does (JS `<` puts 😀 before Ａ)', () => {
  const titles = ['😀', 'Ａ', 'z', '가'].map((title, i) => ({ id: String(i), title, amount: null }));
  expect(page(titles, { name: 'TITLE_ASC', by: { title: 'asc' } }).nodes.map((r) => r.title)).toEqual(['z', '가', 'Ａ', '😀']);
});

test('pages follow the cursor, through the nulls, with the root list\'s cursors, totalCount and pageInfo', () => {
  const first = page(rows, AMOUNT_DESC, { first: 3 });
  expect(first.edges.map((e) => e.cursor)).toEqual([cursor(['Thing:AMOUNT_DESC', 10.5, 'd']), cursor(['Thing:AMOUNT_DESC', 2, 'a']), cursor(['Thing:AMOUNT_DESC', 2, 'b'])]);
  expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: first.edges[2].cursor });
  expect(first.totalCount).toBe(5);
  const second = page(rows, AMOUNT_DESC, { first: 3, after: first.pageInfo.endCursor! });
  expect(second.nodes.map((r) => r.id)).toEqual(['c', 'e']);
  expect(second.pageInfo).toEqual({ hasNextPage: false, endCursor: cursor(['Thing:AMOUNT_DESC', null, 'e']) });
  // after a null only its ties follow
  expect(page(rows, AMOUNT_DESC, { after: cursor(['Thing:AMOUNT_DESC', null, 'c']) }).nodes.map((r) => r.id)).toEqual(['e']);
  expect(page(rows, AMOUNT_DESC, { first: 0 })).toEqual({ edges: [], nodes: [], pageInfo: { hasNextPage: true, endCursor: null }, totalCount: 5 });
  expect(page([], AMOUNT_DESC)).toEqual({ edges: [], nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });
});

test('the root list\'s errors: page size, a cursor of another order, not a cursor of this list', () => {
  expect(() => page(rows, AMOUNT_DESC, { first: 1001 })).toThrow('first must be between 0 and 1000; got 1001');
  expect(() => page(rows, AMOUNT_DESC, { first: -1 })).toThrow('first must be between 0 and 1000; got -1');
  const other = page(rows, AMOUNT_ASC, { first: 1 }).pageInfo.endCursor!;
  expect(() => page(rows, AMOUNT_DESC, { after: other })).toThrow('after is a cursor of orderBy AMOUNT_ASC, not AMOUNT_DESC: pass orderBy AMOUNT_ASC to read on, or drop after to start over in AMOUNT_DESC');
  for (const after of [cursor(['Other:AMOUNT_DESC', 2, 'a']), cursor(['Thing:AMOUNT_DESC', 'two', 'a']), cursor(['Thing:AMOUNT_DESC', 2]), 'bm90IGEgY3Vyc29y']) {
    expect(() => page(rows, AMOUNT_DESC, { after })).toThrow('after is not a cursor of this list');
  }
});
