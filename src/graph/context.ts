// Everything a request needs, built once per request: the reader pool, its statement count,
// and (for graphql-js execution) one batch that reads every root field in one statement.
import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import type { GraphQLError, GraphQLResolveInfo } from 'graphql';
import type pg from 'pg';
import { readJson } from '../db/read-pool';
import { newCx, type ReadCompiler } from './sql/compile';
import { sql, type Expr } from './sql/expr';

export interface HubContext {
  reqId: string;
  pool: pg.Pool;
  sqlStatements: number;
  /** Estimated cost (cost-limit.ts). */
  cost?: number;
  /** Errors of nested fields compiled to markers; readField throws them at their paths. */
  readErrors: GraphQLError[];
  /** A root field read through graphql-js: compiled alone, run with the other root fields in one statement. */
  readRoot(info: GraphQLResolveInfo): Promise<unknown>;
}

export function createContext(pool: pg.Pool, compiler: ReadCompiler): HubContext {
  let batch: DataLoader<Expr, unknown> | undefined;
  const context: HubContext = {
    reqId: randomUUID(),
    pool,
    sqlStatements: 0,
    readErrors: [],
    readRoot(info) {
      const cx = newCx(info.fragments, info.variableValues, context.readErrors, true);
      const expr = compiler.rootField(info.fieldNodes, cx); // throws the root field's own errors
      // graphql-js calls every root resolver before awaiting any: one statement for all of them
      batch ??= new DataLoader(async (exprs) => {
        const data = await readJson(pool, context, sql`select json_build_array(${sql.join(exprs)}) as data`);
        return data as unknown[];
      }, { cache: false });
      return batch.load(expr);
    },
  };
  return context;
}
