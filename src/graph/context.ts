// Everything a request needs, built once per request: the reader pool and its statement count.
import { randomUUID } from 'node:crypto';
import type { GraphQLError, GraphQLResolveInfo } from 'graphql';
import type pg from 'pg';
import { readRows, statementOf } from '../db/read-pool';
import { newCx, type ReadCompiler } from './sql/compile';

export interface HubContext {
  reqId: string;
  /** The client's address, for the request log; null when not known. */
  client: string | null;
  pool: pg.Pool;
  sqlStatements: number;
  /** Ends when the request times out or its client goes away: no statement runs after, the running one is cancelled. */
  signal: AbortSignal;
  /** Estimated cost (cost-limit.ts). */
  cost?: number;
  /** Errors of nested fields; readField throws them at their paths. */
  readErrors: GraphQLError[];
  /** A root field read through graphql-js (see executor.ts): one statement, like every root field. */
  readRoot(info: GraphQLResolveInfo): Promise<unknown>;
}

export function createContext(pool: pg.Pool, compiler: ReadCompiler, client: string | null = null, signal = new AbortController().signal): HubContext {
  const context: HubContext = {
    reqId: randomUUID(),
    client,
    signal,
    pool,
    sqlStatements: 0,
    readErrors: [],
    async readRoot(info) {
      const cx = newCx(info.fragments, info.variableValues, context.readErrors);
      const plan = compiler.rootPlan(info.fieldNodes, cx); // throws the root field's own errors
      return plan.read(plan.statement ? await readRows(pool, context, statementOf(plan.statement)) : [], true);
    },
  };
  return context;
}
