// A list order on inline rows in real PostgreSQL: the ORDER BY, the keyset condition after a
// cursor and the cursor PostgreSQL builds, as every root and nested page uses them (nulls last
// both ways, id tie-break, text by code point whatever the collation), and the cursor errors.
import { withClient } from '../src/db/database';
import { compile, rowRef, sql, type Expr, type Row } from '../src/graph/sql/expr';
import { afterCondition, cursorOf, decodeCursor, key, listOrders, nullableKey, orderBy } from '../src/graph/sql/order';

type Thing = Row<{ id: string; title: string; amount: number | null }>;
const ThingOrder = listOrders<Thing, 'AMOUNT_DESC' | 'AMOUNT_ASC' | 'TITLE_ASC'>('ThingOrder', 'test order', 'AMOUNT_DESC', {
  AMOUNT_DESC: { keys: [nullableKey((t) => t.amount, 'number', 'desc')], description: 'amount, largest first' },
  AMOUNT_ASC: { keys: [nullableKey((t) => t.amount, 'number')], description: 'amount, smallest first' },
  TITLE_ASC: { keys: [key((t) => t.title, 'string')], description: 'title' },
});

const things = (rows: [string, string, number | null][]) =>
  sql`(values ${sql.join(rows.map(([id, title, amount]) => sql`(${id}::text, ${title}::text, ${amount}::float8)`))}) as t(id, title, amount)`;
const rows: [string, string, number | null][] = [['b', 'b', 2], ['e', 'e', null], ['a', 'a', 2], ['c', 'c', null], ['d', 'd', 10.5]];

/** Ids in the order, after a cursor, with each row's cursor. */
async function page(order: 'AMOUNT_DESC' | 'AMOUNT_ASC' | 'TITLE_ASC', data = rows, after?: string): Promise<{ id: string; title: string; cursor: string }[]> {
  const listOrder = ThingOrder.of(order);
  const t = rowRef<{ id: string; title: string; amount: number | null }>('t');
  const where: Expr<boolean> = after ? afterCondition(listOrder, decodeCursor(after, 'Thing', listOrder), t) : sql<boolean>`true`;
  const { sql: text, parameters } = compile(sql`select t.id, t.title, ${cursorOf(`Thing:${order}`, listOrder, t)} as cursor
    from ${things(data)} where ${where} order by ${sql.join(orderBy(listOrder, t))}`);
  return withClient(process.env.TEST_PG_SERVER_URL!, async (c) => (await c.query(text, parameters as unknown[])).rows);
}

const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

test('keys in their direction, nulls last either way, then id', async () => {
  expect((await page('AMOUNT_DESC')).map((r) => r.id)).toEqual(['d', 'a', 'b', 'c', 'e']);
  expect((await page('AMOUNT_ASC')).map((r) => r.id)).toEqual(['a', 'b', 'd', 'c', 'e']);
});

test('text sorts by code point whatever the database collation (JS `<` would put 😀 before Ａ)', async () => {
  const titles: [string, string, number | null][] = ['😀', 'Ａ', 'z', '가', 'Z', 'é'].map((title, i) => [String(i), title, null]);
  expect((await page('TITLE_ASC', titles)).map((r) => r.title)).toEqual(['Z', 'z', 'é', '가', 'Ａ', '😀']);
});

test('cursors name the list and order with the key values; reading on after one skips and repeats nothing, through the nulls', async () => {
  const all = await page('AMOUNT_DESC');
  expect(all.map((r) => JSON.parse(Buffer.from(r.cursor, 'base64url').toString('utf8')))).toEqual([
    ['Thing:AMOUNT_DESC', 10.5, 'd'], ['Thing:AMOUNT_DESC', 2, 'a'], ['Thing:AMOUNT_DESC', 2, 'b'], ['Thing:AMOUNT_DESC', null, 'c'], ['Thing:AMOUNT_DESC', null, 'e'],
  ]);
  for (let i = 0; i < all.length; i++) {
    expect((await page('AMOUNT_DESC', rows, all[i].cursor)).map((r) => r.id)).toEqual(all.slice(i + 1).map((r) => r.id));
  }
  // after a null only its ties follow
  expect((await page('AMOUNT_DESC', rows, cursor(['Thing:AMOUNT_DESC', null, 'c']))).map((r) => r.id)).toEqual(['e']);
});

test('a cursor of another order or list, or no cursor at all, is refused precisely', async () => {
  const other = (await page('AMOUNT_ASC'))[0].cursor;
  expect(() => decodeCursor(other, 'Thing', ThingOrder.of('AMOUNT_DESC'))).toThrow(
    'after is a cursor of orderBy AMOUNT_ASC, not AMOUNT_DESC: pass orderBy AMOUNT_ASC to read on, or drop after to start over in AMOUNT_DESC');
  const refused: [string, 'AMOUNT_DESC' | 'TITLE_ASC'][] = [
    [cursor(['Other:AMOUNT_DESC', 2, 'a']), 'AMOUNT_DESC'], // another list
    [cursor(['Thing:AMOUNT_DESC', 'two', 'a']), 'AMOUNT_DESC'], // text for a number
    [cursor(['Thing:AMOUNT_DESC', 2]), 'AMOUNT_DESC'], // a key missing
    [cursor(['Thing:TITLE_ASC', null, 'a']), 'TITLE_ASC'], // null for a key that is never null
    [cursor(['Thing:TITLE_ASC', 'a\u0000', 'a']), 'TITLE_ASC'], // a NUL PostgreSQL cannot hold
    ['bm90IGEgY3Vyc29y', 'AMOUNT_DESC'], // base64 of "not a cursor"
  ];
  for (const [after, order] of refused) {
    expect(() => decodeCursor(after, 'Thing', ThingOrder.of(order))).toThrow('after is not a cursor of this list');
  }
});
