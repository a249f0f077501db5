// SQL fragments for the read path, built with Kysely's `sql` tag (values become $n parameters)
// and typed by the tables kysely-codegen reads from the migrated database (src/db/tables.ts):
// `row.total_budget_million_krw` exists only while the column does, with the column's type.
import {
  DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql, type CompiledQuery, type RawBuilder,
  type Selectable,
} from 'kysely';
import type { DB } from '../../db/tables';

/** An SQL expression whose value has type T. */
export type Expr<T = unknown> = RawBuilder<T>;

export type TableName = keyof DB & string;
export type TableRow<T extends TableName> = Selectable<DB[T]>;

/**
 * A row in scope under an alias: each column as an expression (`row.year` is `"t3"."year"`),
 * and `$` for the alias itself (`${row.$}.*`).
 */
export type Row<Columns> = { readonly [K in keyof Columns]-?: Expr<Columns[K]> } & { readonly $: Expr<never> };
export type TableRef<T extends TableName> = Row<TableRow<T>>;

/** A row under `alias`; columns are made on first use and kept, so a definition may read one many times. */
export function rowRef<Columns>(alias: string): Row<Columns> {
  const made = new Map<string | symbol, Expr>();
  return new Proxy({} as Row<Columns>, {
    get(_target, column) {
      let expr = made.get(column);
      if (!expr) {
        if (typeof column !== 'string') throw new Error(`no column ${String(column)}`);
        expr = column === '$' ? sql.id(alias) : sql.ref(`${alias}.${column}`);
        made.set(column, expr);
      }
      return expr;
    },
  });
}

/** A FROM item: a table, or a parenthesised subquery; the compiler adds the alias. */
export type From = Expr<never>;
export const table = (name: TableName): From => sql.table(name) as From;
export const subquery = (query: Expr): From => sql`(${query})` as From;

export const TRUE = sql<boolean>`true`;
export const NULL = sql<null>`null`;

export function and(conditions: readonly Expr<boolean>[]): Expr<boolean> {
  if (conditions.length === 0) return TRUE;
  if (conditions.length === 1) return conditions[0];
  return sql<boolean>`(${sql.join(conditions, sql` and `)})`;
}

export function or(conditions: readonly Expr<boolean>[]): Expr<boolean> {
  if (conditions.length === 0) return sql<boolean>`false`;
  return sql<boolean>`(${sql.join(conditions, sql` or `)})`;
}

export const eq = <T>(a: Expr<T>, b: Expr<T>): Expr<boolean> => sql<boolean>`${a} = ${b}`;

/** A value as a typed parameter: PostgreSQL cannot infer the type of a bare $n in every position. */
export const text = (value: string): Expr<string> => sql<string>`${value}::text`;
export const int = (value: number): Expr<number> => sql<number>`${value}::int`;
export const float = (value: number): Expr<number> => sql<number>`${value}::float8`;
export const texts = (values: readonly string[]): Expr<string[]> => sql<string[]>`${values}::text[]`;

/** Text in code point order whatever the database's collation (ICU ko-KR, en_US, C.UTF-8 …). */
export const codePointOrder = (expr: Expr<string | null>): Expr<string | null> => sql`${expr} collate "C"`;

/** A JSON object literal key (a GraphQL response key: [_A-Za-z][_0-9A-Za-z]*, so a plain literal). */
export const key = (name: string): Expr<string> => sql.lit(name);

/** Only Kysely's SQL compiler: statements run on the reader pool (src/db/read-pool.ts), not through Kysely. */
const compiler = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

export function compile(statement: Expr): CompiledQuery {
  return statement.compile(compiler);
}

export { sql };
