// Relay-style connections over keyset cursors: a total order (the list's keys, then id),
// nulls last in both directions, so a cursor never skips or repeats a row while paging.
// MikroORM's em.findByCursor cannot do this: it drops NULLS LAST from the order and
// refuses null cursor values, so the keyset condition is built here.
import { enumObject } from './enums';
import { QueryOrder, raw, ReferenceKind, type EntityMetadata, type EntityName, type EntityProperty, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { ArgsType, type ClassType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;

@ObjectType({ description: 'Paging state of a connection. 페이지 정보.' })
export class PageInfo {
  @Field({ description: 'True when rows follow the last one returned. 다음 페이지 여부.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to read the next page. 다음 페이지 커서.' })
  endCursor!: string | null;
}

/** Paging arguments of every list; each list's args class adds its `filter`. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 50 by default, at most 1000. 페이지 크기.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last row already read. 커서.' })
  after?: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** `ProgramConnection` and `ProgramEdge` for a node type. */
export function connectionType<T extends object>(node: ClassType<T>, name: string, koreanName: string) {
  @ObjectType(`${name}Edge`, { description: `A ${name} with its cursor. ${koreanName} 항목.` })
  class Edge {
    @Field({ description: 'Opaque position of this row, for `after`. 커서.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name}. 행.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} rows with the total count. ${koreanName} 목록.` })
  class Connection {
    @Field(() => [Edge], { description: 'The rows of the page with their cursors. 커서와 행.' })
    edges!: Edge[];

    @Field(() => [node], { description: 'The rows of the page, without cursors. 행 목록.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Whether more rows follow, and the cursor to read them. 페이지 정보.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Rows matching the filter, over all pages. 전체 건수.' })
    totalCount!: number;
  }
  return Connection;
}

export function pageSize(first: number | null | undefined): number {
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new GraphQLError(`first must be between 0 and ${MAX_PAGE_SIZE}; got ${first}`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
    });
  }
  return first;
}

export type OrderBy = Record<string, 'asc' | 'desc'>;

/** An order key computed in SQL (a column expression), with the same value computed from a row for the cursor. */
export interface ComputedKey {
  sql: string;
  of: (row: any) => string | number | null;
  type: KeyType;
}

/** What a cursor value must be for its key: SQL would reject a fraction for an integer, or text with a NUL. */
type KeyType = 'string' | 'number' | 'integer';

/** One value of a list's orderBy enum: its name (kept in cursors) and its keys, before the id tie-break. */
export interface ListOrder {
  name: string;
  by: OrderBy;
  /** Keys of `by` that are not properties but SQL expressions. */
  computed?: Record<string, ComputedKey>;
}

export interface OrderValue {
  by: OrderBy;
  computed?: Record<string, ComputedKey>;
  description: string;
}

/**
 * A list's `orderBy` enum (registered with its descriptions) and what each value sorts by.
 * `of(value)` gives the ListOrder for paginate; `null` (an explicit null argument) is the default.
 */
export function listOrders<const V extends string>(name: string, description: string, defaultValue: NoInfer<V>, values: Record<V, OrderValue>) {
  const orderEnum = enumObject(Object.keys(values) as V[]);
  registerEnumType(orderEnum, {
    name, description,
    valuesConfig: Object.fromEntries(Object.entries<OrderValue>(values).map(([v, o]) => [v, { description: o.description }])) as any,
  });
  return {
    enum: orderEnum,
    defaultValue,
    of(value: V | null | undefined): ListOrder {
      const chosen = value ?? defaultValue;
      return { name: chosen, by: values[chosen].by, computed: values[chosen].computed };
    },
  };
}

interface Key {
  field: string;
  desc: boolean;
  nullable: boolean;
  type: KeyType;
  computed?: ComputedKey;
}

function keyType(prop: EntityProperty): KeyType {
  if (prop.runtimeType === 'string') return 'string';
  if (prop.runtimeType === 'number') return /int/i.test(prop.columnTypes?.[0] ?? prop.type) ? 'integer' : 'number';
  throw new Error(`${prop.name} (${prop.runtimeType}) cannot be a key of a cursor`);
}

const fits = (value: unknown, key: Key) => {
  if (value === null) return key.nullable;
  if (key.type === 'string') return typeof value === 'string' && !value.includes('\u0000');
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  return key.type === 'number' || (Number.isInteger(value) && Math.abs(value) < 2 ** 31);
};

function keysOf(meta: EntityMetadata, order: ListOrder): Key[] {
  return [...Object.entries(order.by), ['id', 'asc'] as const].map(([field, direction]) => {
    const computed = order.computed?.[field];
    if (computed) return { field, desc: direction === 'desc', nullable: true, type: computed.type, computed };
    const prop = meta.properties[field];
    if (!prop) throw new Error(`${meta.className} has no property ${field} to order by`);
    // A reference mapped to its key (document) compares as that key.
    const type = keyType(prop.kind === ReferenceKind.MANY_TO_ONE ? prop.targetMeta!.getPrimaryProps()[0] : prop);
    return { field, desc: direction === 'desc', nullable: !!prop.nullable, type };
  });
}

/** The column of a key in a where or orderBy object; an expression is a fresh raw fragment each time (MikroORM uses one up). */
const column = (key: Key): string => (key.computed ? raw(key.computed.sql).toString() : key.field);

const valueOf = (row: any, key: Key) => (key.computed ? key.computed.of(row) : row[key.field] ?? null);

const cursorError = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' } });

/** A cursor is `[list:order, ...key values]` as base64url JSON: it names the order it was issued for. */
function encodeCursor(label: string, values: unknown[]): string {
  return Buffer.from(JSON.stringify([label, ...values])).toString('base64url');
}

function decodeCursor(after: string, meta: EntityMetadata, order: ListOrder, keys: Key[]): unknown[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw cursorError('after is not a cursor of this list');
  }
  if (!Array.isArray(decoded) || typeof decoded[0] !== 'string') throw cursorError('after is not a cursor of this list');
  const [label, ...values] = decoded as [string, ...unknown[]];
  const separator = label.indexOf(':');
  if (separator < 0 || label.slice(0, separator) !== meta.className) throw cursorError('after is not a cursor of this list');
  const issuedFor = label.slice(separator + 1);
  if (issuedFor !== order.name) {
    throw cursorError(`after is a cursor of orderBy ${issuedFor}, not ${order.name}: pass orderBy ${issuedFor} to read on, or drop after to start over in ${order.name}`);
  }
  if (values.length !== keys.length || !keys.every((key, i) => fits(values[i], key))) throw cursorError('after is not a cursor of this list');
  return values;
}

/**
 * Rows strictly after the cursor's row in the order: for some key i, equal on the keys before it and past it on key i.
 * "Past" a value is greater (less when descending) or null, since nulls come last; nothing but ties follows a null.
 */
function afterCondition(keys: Key[], values: unknown[]): Record<string, unknown> {
  const branches: Record<string, unknown>[] = [];
  keys.forEach((key, i) => {
    if (values[i] === null) return;
    const beyond = { [column(key)]: { [key.desc ? '$lt' : '$gt']: values[i] } };
    const past = key.nullable ? { $or: [beyond, { [column(key)]: null }] } : beyond;
    const ties = keys.slice(0, i).map((tie, j) => ({ [column(tie)]: values[j] }));
    branches.push({ $and: [...ties, past] });
  });
  return { $or: branches };
}

/** A ListOrder for a plain OrderBy: its name is its keys, so it still tells cursors of two orders apart. */
const namedOrder = (order: OrderBy | ListOrder): ListOrder =>
  typeof order.name === 'string' && typeof order.by === 'object'
    ? (order as ListOrder)
    : { name: Object.entries(order as OrderBy).map(([k, d]) => `${k}_${d}`).join(','), by: order as OrderBy };

/** The page shape both paginations share: `rows` are the page plus at most one row, which tells that more follow. */
function pageOf<T>(rows: T[], first: number, label: string, keys: Key[], totalCount: number): ConnectionShape<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(label, keys.map((key) => valueOf(node, key))), node }));
  return { edges, nodes, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}

/** `first: 0` reads no row: the count, and whether a page would have one. */
const emptyPage = <T>(totalCount: number, after: string | null | undefined): ConnectionShape<T> =>
  ({ edges: [], nodes: [], pageInfo: { hasNextPage: totalCount > 0 && !after, endCursor: after ?? null }, totalCount });

/** One page of `entity` rows matching `where`, in `order` then id, after the `after` cursor: two statements (rows and count). */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy: OrderBy | ListOrder,
  args: { first?: number | null; after?: string | null },
): Promise<ConnectionShape<T>> {
  const first = pageSize(args.first);
  const meta = em.getMetadata().find(entity)!;
  const order = namedOrder(orderBy);
  const keys = keysOf(meta, order);
  const afterValues = args.after ? decodeCursor(args.after, meta, order, keys) : undefined;
  if (first === 0) return emptyPage(await em.count(entity, where), args.after);
  const pageWhere = afterValues ? { $and: [where, afterCondition(keys, afterValues)] } : where;
  const rows = await em.find(entity, pageWhere as FilterQuery<T>, {
    orderBy: keys.map((key) => ({ [column(key)]: key.desc ? QueryOrder.DESC_NULLS_LAST : QueryOrder.ASC_NULLS_LAST })) as any,
    limit: first + 1,
  });
  const totalCount = await em.count(entity, where);
  return pageOf(rows as T[], first, `${meta.className}:${order.name}`, keys, totalCount);
}

/**
 * Text in code point order, as the database's C.UTF-8 collation sorts it. JS `<` compares UTF-16
 * units, which puts a character past U+FFFF (a surrogate pair) before U+E000–U+FFFF.
 */
function compareText(a: string, b: string): number {
  const unit = (c: number) => (c >= 0xe000 ? c - 0x800 : c >= 0xd800 ? c + 0x2000 : c);
  for (let i = 0; i < a.length && i < b.length; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) return unit(a.charCodeAt(i)) - unit(b.charCodeAt(i));
  }
  return a.length - b.length;
}

/** The SQL order of paginate on key values: each key in its direction with nulls last either way, then the next key. */
function compareKeys(keys: Key[], a: unknown[], b: unknown[]): number {
  for (let i = 0; i < keys.length; i++) {
    const [x, y] = [a[i], b[i]];
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    const c = typeof x === 'string' ? compareText(x, y as string) : (x as number) - (y as number);
    if (c !== 0) return keys[i].desc ? -c : c;
  }
  return 0;
}

/**
 * paginate over rows already loaded (a parent's share of one batched statement), filtered by the
 * caller: the same order, page size errors, cursors (a root cursor reads on here and back) and
 * totalCount, computed in memory so a nested list costs no statement per parent.
 */
export function paginateRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  rows: readonly T[],
  orderBy: OrderBy | ListOrder,
  args: { first?: number | null; after?: string | null },
): ConnectionShape<T> {
  const first = pageSize(args.first);
  const meta = em.getMetadata().find(entity)!;
  const order = namedOrder(orderBy);
  const keys = keysOf(meta, order);
  const afterValues = args.after ? decodeCursor(args.after, meta, order, keys) : undefined;
  if (first === 0) return emptyPage(rows.length, args.after);
  const keyed = rows.map((row) => ({ row, values: keys.map((key) => valueOf(row, key)) })).sort((a, b) => compareKeys(keys, a.values, b.values));
  const following = afterValues ? keyed.filter((r) => compareKeys(keys, r.values, afterValues) > 0) : keyed;
  return pageOf(following.slice(0, first + 1).map((r) => r.row), first, `${meta.className}:${order.name}`, keys, rows.length);
}
