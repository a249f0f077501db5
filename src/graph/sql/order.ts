// A list's orders: each value of its orderBy enum is one definition of keys that sorts the
// rows (ORDER BY), builds their cursors and reads on after a cursor (the keyset condition), at
// the root and in every nested list alike. Keys end with the id, so the order is total; nulls
// come last in both directions; text sorts in code point order on any database collation.
import { GraphQLError } from 'graphql';
import { registerEnumType } from 'type-graphql';
import { enumObject } from '../enums';
import { and, codePointOrder, float, int, or, sql, text, type Expr } from './expr';

/** What a cursor value must be for its key: SQL would reject a fraction for an integer, or text with a NUL. */
export type KeyType = 'string' | 'number' | 'integer';

export interface OrderKey<R> {
  sql: (row: R) => Expr;
  type: KeyType;
  desc: boolean;
  nullable: boolean;
}

export interface ListOrder<R> {
  /** The enum value, kept in cursors. */
  name: string;
  keys: OrderKey<R>[];
}

/** A key of an order on a column or expression that is never null. */
export function key<R>(sqlOf: (row: R) => Expr<string | number>, type: KeyType, direction: 'asc' | 'desc' = 'asc'): OrderKey<R> {
  return { sql: sqlOf, type, desc: direction === 'desc', nullable: false };
}

/** A key that may be null: its rows come last in either direction, and a cursor may hold null for it. */
export function nullableKey<R>(sqlOf: (row: R) => Expr<string | number | null>, type: KeyType, direction: 'asc' | 'desc' = 'asc'): OrderKey<R> {
  return { sql: sqlOf, type, desc: direction === 'desc', nullable: true };
}

export interface OrderValue<R> {
  keys: OrderKey<R>[];
  description: string;
}

export interface ListOrders<R> {
  enum: Record<string, string>;
  defaultValue: string;
  of(value: string | null | undefined): ListOrder<R>;
}

/**
 * A list's `orderBy` enum (registered with its descriptions) and the keys of each value;
 * `of(value)` adds the id tie-break. `null` (an explicit null argument) is the default order.
 */
export function listOrders<R extends { id: Expr<string> }, const V extends string>(
  name: string, description: string, defaultValue: NoInfer<V>, values: Record<V, OrderValue<R>>,
): ListOrders<R> & { enum: { [K in V]: K } } {
  const orderEnum = enumObject(Object.keys(values) as V[]);
  registerEnumType(orderEnum, {
    name, description,
    valuesConfig: Object.fromEntries(Object.entries<OrderValue<R>>(values).map(([v, o]) => [v, { description: o.description }])) as any,
  });
  const byId = key<R>((row) => row.id, 'string');
  const orders = new Map(Object.entries<OrderValue<R>>(values).map(([v, o]) => [v, { name: v, keys: [...o.keys, byId] }]));
  return { enum: orderEnum, defaultValue, of: (value) => orders.get(value ?? defaultValue)! };
}

/** An order's keys on a row, for ORDER BY and for json_agg(… ORDER BY). */
export function orderBy<R>(order: ListOrder<R>, row: R): Expr[] {
  return order.keys.map((k) => sql`${sortable(k, row)} ${sql.raw(k.desc ? 'desc' : 'asc')} nulls last`);
}

const sortable = <R>(k: OrderKey<R>, row: R): Expr => (k.type === 'string' ? codePointOrder(k.sql(row) as Expr<string>) : k.sql(row));

const parameter = <R>(k: OrderKey<R>, value: string | number): Expr =>
  k.type === 'string' ? text(value as string) : k.type === 'integer' ? int(value as number) : float(value as number);

/**
 * Rows strictly after the cursor's row: for some key i, equal on the keys before it and past it
 * on key i. Past a value is greater (less when descending) or null, since nulls come last;
 * nothing but ties follows a null.
 */
export function afterCondition<R>(order: ListOrder<R>, values: unknown[], row: R): Expr<boolean> {
  const branches: Expr<boolean>[] = [];
  order.keys.forEach((k, i) => {
    const v = values[i] as string | number | null;
    if (v === null) return;
    const beyond = sql<boolean>`${sortable(k, row)} ${sql.raw(k.desc ? '<' : '>')} ${parameter(k, v)}`;
    const past = k.nullable ? or([beyond, sql<boolean>`${k.sql(row)} is null`]) : beyond;
    const ties = order.keys.slice(0, i).map((tie, j) => {
      const w = values[j] as string | number | null;
      return w === null ? sql<boolean>`${tie.sql(row)} is null` : sql<boolean>`${sortable(tie, row)} = ${parameter(tie, w)}`;
    });
    branches.push(and([...ties, past]));
  });
  return or(branches);
}

/** The cursor of a row, built by PostgreSQL: base64url of the JSON array [list:order, key values…]. */
export function cursorOf<R>(label: string, order: ListOrder<R>, row: R): Expr<string> {
  const values = sql.join([text(label), ...order.keys.map((k) => k.sql(row))]);
  return sql<string>`translate(encode(convert_to(json_build_array(${values})::text, 'UTF8'), 'base64'), E'+/=\\n', '-_')`;
}

const fits = <R>(value: unknown, k: OrderKey<R>) => {
  if (value === null) return k.nullable;
  if (k.type === 'string') return typeof value === 'string' && !value.includes('\u0000');
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  return k.type === 'number' || (Number.isInteger(value) && Math.abs(value) < 2 ** 31);
};

const cursorError = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' } });

/** The key values of a cursor issued by this list in this order; a precise error otherwise. */
export function decodeCursor<R>(after: string, listName: string, order: ListOrder<R>): unknown[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw cursorError('after is not a cursor of this list');
  }
  if (!Array.isArray(decoded) || typeof decoded[0] !== 'string') throw cursorError('after is not a cursor of this list');
  const [label, ...values] = decoded as [string, ...unknown[]];
  const separator = label.indexOf(':');
  if (separator < 0 || label.slice(0, separator) !== listName) throw cursorError('after is not a cursor of this list');
  const issuedFor = label.slice(separator + 1);
  if (issuedFor !== order.name) {
    throw cursorError(`after is a cursor of orderBy ${issuedFor}, not ${order.name}: pass orderBy ${issuedFor} to read on, or drop after to start over in ${order.name}`);
  }
  if (values.length !== order.keys.length || !order.keys.every((k, i) => fits(values[i], k))) {
    throw cursorError('after is not a cursor of this list');
  }
  return values;
}

/** The one order of a list without an orderBy argument (the flat BI tables). */
export function fixedOrder<R extends { id: Expr<string> }>(name: string, keys: OrderKey<R>[]): ListOrders<R> {
  const order = { name, keys: [...keys, key<R>((row) => row.id, 'string')] };
  return { enum: { [name]: name }, defaultValue: name, of: () => order };
}
