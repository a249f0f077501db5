// The API's connection to PostgreSQL: a pg pool of the read-only role. Every read statement
// goes through `readJson`, which counts it for the request (extensions.cost.sqlStatements).
import pg from 'pg';
import { compile, type Expr } from '../graph/sql/expr';

export interface StatementCounter {
  sqlStatements: number;
}

export function openReadPool(url: string, max = 10): pg.Pool {
  return new pg.Pool({ connectionString: url, max });
}

/** Runs one statement that selects one JSON value `data`, and returns it parsed. */
export async function readJson(pool: pg.Pool, counter: StatementCounter, statement: Expr): Promise<unknown> {
  const { sql, parameters } = compile(statement);
  counter.sqlStatements += 1;
  const result = await pool.query(sql, parameters as unknown[]);
  return result.rows[0]?.data ?? null;
}
