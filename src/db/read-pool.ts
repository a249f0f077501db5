// The API's connection to PostgreSQL: a pg pool of the read-only role. Statements are named
// (prepared once per connection, then only bound and executed: PostgreSQL skips parsing and,
// once it settles on a generic plan, planning); connections are replaced after a while, which
// also drops the statements prepared on them.
import { MAX_SQL_STATEMENTS, tooManyStatements } from '../graph/request-limits';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { compile, type Expr } from '../graph/sql/expr';

export interface StatementCounter {
  sqlStatements: number;
}

export interface Statement {
  name: string;
  text: string;
  values: unknown[];
}

/** Dates stay the text PostgreSQL prints (`2019-12-31`): pg would make them local-time Date objects. */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    return oid === pg.types.builtins.DATE ? (value: string) => value : pg.types.getTypeParser(oid, format);
  },
};

export function openReadPool(url: string, max = 10): pg.Pool {
  return new pg.Pool({ connectionString: url, max, maxUses: 5000, idleTimeoutMillis: 30_000, types });
}

/** A statement ready to run; its name is its text's hash, so one text is prepared once per connection. */
export function statementOf(expr: Expr): Statement {
  const { sql, parameters } = compile(expr);
  return { name: `hub_${createHash('sha1').update(sql).digest('base64url').slice(0, 22)}`, text: sql, values: parameters as unknown[] };
}

/** Runs a statement for a request (counted in extensions.cost.sqlStatements); rows as arrays of column values. */
export async function readRows(pool: pg.Pool, counter: StatementCounter, statement: Statement): Promise<unknown[][]> {
  if (counter.sqlStatements >= MAX_SQL_STATEMENTS) throw tooManyStatements(); // the last line: never an unbounded number of statements
  counter.sqlStatements += 1;
  const result = await pool.query({ name: statement.name, text: statement.text, values: statement.values, rowMode: 'array' });
  return result.rows;
}
