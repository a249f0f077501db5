// How each GraphQL field is read in SQL. A concept declares, once, for its GraphQL type: the
// columns of its scalar fields (checked at compile time against the GraphQL class and the
// table) and the relations of its object fields. The compiler (compile.ts) turns any selection
// of those fields into one SQL expression that builds the answer's JSON.
import type { FragmentDefinitionNode, GraphQLError } from 'graphql';
import type { ClassType } from 'type-graphql';
import { eq, table, type Expr, type From, type Row, type TableName, type TableRef } from './expr';
import type { ListOrders } from './order';

/** The value a field with bad arguments gets (graphql-js path); its resolver throws the error. */
export const ERROR_MARKER = '__hubError';
/** Type name carried by an object in an abstract position (not a GraphQL name, so never a response key). */
export const TYPE_KEY = '$type';

/** What one compilation (one operation, or one root field) shares. */
export interface Cx {
  readonly fragments: Record<string, FragmentDefinitionNode>;
  readonly variables: Record<string, unknown>;
  /** Errors of nested fields, each compiled to a marker that the field's resolver throws (fallback path). */
  readonly errors: GraphQLError[];
  aliases: number;
}

/** Where a relation's rows come from: a FROM item, conditions on its row, an order and a limit. */
export interface Select<R = any> {
  from: From;
  where?: (row: R) => Expr<boolean>[];
  orderBy?: (row: R) => Expr[];
  limit?: number;
}

export type FieldRead<R = any> =
  /** A scalar (or a list of scalars) computed from the row. */
  | { kind: 'value'; sql: (row: R, args: any, cx: Cx) => Expr }
  /** At most one related row (the first in orderBy); null when select is null. */
  | { kind: 'object'; select: (row: R, args: any, cx: Cx) => Select | null }
  /** Related rows, in orderBy. */
  | { kind: 'list'; select: (row: R, args: any, cx: Cx) => Select }
  /** A page of a list (filter, orderBy, first, after), within the rows `within` selects. */
  | { kind: 'connection'; list: ListDef<any, any>; within: (row: R, args: any, cx: Cx) => Select }
  /** A Node by an id known when compiling (`node(id)`): its type comes from the id; null when none. */
  | { kind: 'node'; id: (row: R, args: any) => string }
  /** A Node whose id and GraphQL type are data (a search hit's record): one branch per possible type. */
  | { kind: 'anyNode'; typeOf: (row: R) => Expr<string>; id: (row: R) => Expr<string> };

/** A list with paging: its filter and its orders, shared by the root list, nested lists and aggregates. */
export interface ListDef<R, F> {
  /** Names cursors (`Program:YEAR_ASC`), so a cursor is refused by another list or order. */
  name: string;
  filter: (row: R, filter: F, cx: Cx) => Expr<boolean>[];
  orders: ListOrders<R>;
}

export interface TypeRead {
  type: string;
  /** The table of a Node type's records, for `node(id)`. */
  table?: TableName;
  columns?: (row: any) => Record<string, Expr>;
  fields: Record<string, FieldRead>;
}

type Scalar = string | number | boolean | null | readonly (string | number)[];

/** The fields of a GraphQL class that are plain values: its columns. Relations are typed by their classes. */
export type ScalarKeys<T> = { [K in keyof T]-?: T[K] extends Scalar ? K : never }[keyof T] & string;

/** Every scalar field of the GraphQL class, from an expression of exactly its type (a nullable column cannot fill a non-null field). */
export type ColumnsOf<T, R> = (row: R) => { [K in ScalarKeys<T>]: Expr<T[K]> };

/**
 * The read model of a GraphQL type: `columns` for its scalar fields, typed against the class,
 * and `relations` for the rest. R is the row the fields read (a table's, or a derived row).
 */
export function readModel<T extends object, R extends Row<any>>(
  _type: ClassType<T>,
  name: string,
  definition: { table?: TableName; columns: ColumnsOf<T, R>; relations?: Record<string, FieldRead<R>> },
): TypeRead {
  return { type: name, table: definition.table, columns: definition.columns as TypeRead['columns'], fields: { ...definition.relations } };
}

/** Fields a concept adds to another concept's type (`Program.series`) or to Query (root fields). */
export function moreFields<R = any>(name: string, fields: Record<string, FieldRead<R>>): TypeRead {
  return { type: name, fields };
}

export const value = <R>(sql: (row: R, args: any, cx: Cx) => Expr): FieldRead<R> => ({ kind: 'value', sql });
export const one = <R>(select: (row: R, args: any, cx: Cx) => Select | null): FieldRead<R> => ({ kind: 'object', select });
export const many = <R>(select: (row: R, args: any, cx: Cx) => Select): FieldRead<R> => ({ kind: 'list', select });
export const page = <R>(list: ListDef<any, any>, within: (row: R, args: any, cx: Cx) => Select): FieldRead<R> => ({ kind: 'connection', list, within });

/** The rows of a table that pass `where`, in `orderBy`. */
export function rowsOf<T extends TableName>(name: T, where?: (row: TableRef<T>) => Expr<boolean>[], orderBy?: (row: TableRef<T>) => Expr[]): Select<TableRef<T>> {
  return { from: table(name), where, orderBy };
}

/** The row of a table with this id (none when the id is null). */
export function byId<T extends TableName>(name: T, id: Expr<string | null>): Select<TableRef<T>> {
  return rowsOf(name, (row) => [eq((row as unknown as { id: Expr<string> }).id, id as Expr<string>)]);
}
