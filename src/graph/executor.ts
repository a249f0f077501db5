// How an operation runs. A query whose fields all have reads (every data field) runs as one
// SQL statement per root field, all at once, and the rows become the answer directly: no
// resolver runs, nothing is walked twice. The compiled statements are kept per (query,
// operation, variables), so a repeated request only binds and runs them. Anything else
// (introspection, a bad argument, variables that do not coerce, a mutation) runs through
// graphql-js as usual; its root resolvers read through the same compiler (context.readRoot).
import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import {
  execute, GraphQLError, isNonNullType, Kind, type DocumentNode, type ExecutionResult, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { collectFields } from 'graphql/execution/collectFields';
import { getVariableValues } from 'graphql/execution/values';
import { LRUCache } from 'lru-cache';
import { readRows, statementOf, type Statement } from '../db/read-pool';
import type { HubContext } from './context';
import { MAX_SQL_STATEMENTS, tooManyStatements } from './request-limits';
import type { CachedAnswer, ResponseCache } from './response-cache';
import { newCx, type ReadCompiler, type RootPlan } from './sql/compile';

export function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

export interface CompiledRoot {
  key: string;
  /** Whether the root field may be null (a failed statement then nulls it alone). */
  nullable: boolean;
  plan: RootPlan;
  statement: Statement | null;
}

/**
 * A query as one statement per root field, or undefined when graphql-js must run it:
 * introspection, a mutation, variables that do not coerce. A bad argument (`first: 1001`, a
 * cursor of another list) comes back as `argumentErrors`: a request error for clients that
 * accept application/graphql-response+json, reported by graphql-js at its path for the others.
 */
export function compileOperation(
  schema: GraphQLSchema, compiler: ReadCompiler, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>,
): CompiledRoot[] | { argumentErrors: GraphQLError[] } | undefined {
  if (operation.operation !== 'query') return undefined;
  const query = schema.getQueryType()!;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
  if (coerced.errors) return undefined;
  const fragments = fragmentsOf(document);
  const fields = collectFields(schema, fragments, coerced.coerced, query, operation.selectionSet);
  const cx = newCx(fragments, coerced.coerced, []);
  const roots: CompiledRoot[] = [];
  for (const [key, nodes] of fields) {
    const name = nodes[0].name.value;
    if (name !== '__typename' && !compiler.canRead(query.name, name)) return undefined;
    let plan: RootPlan;
    try {
      plan = compiler.rootPlan(nodes, cx);
    } catch (err) {
      if (err instanceof GraphQLError) return isArgumentError(err) ? { argumentErrors: [err, ...cx.errors] } : undefined;
      throw err;
    }
    const nullable = name === '__typename' ? false : !isNonNullType(query.getFields()[name].type);
    roots.push({ key, nullable, plan, statement: plan.statement ? statementOf(plan.statement) : null });
  }
  if (cx.errors.length) return cx.errors.every(isArgumentError) ? { argumentErrors: cx.errors } : undefined;
  return roots;
}

const isArgumentError = (err: GraphQLError) => err.extensions.code === 'BAD_USER_INPUT';

/**
 * Whether the client prefers application/graphql-response+json (GraphQL over HTTP): then a
 * request that cannot run is a 4xx with no data; application/json clients keep the 200 they know.
 */
function wantsGraphqlResponse(rc: GatewayGraphQLRequestContext<HubContext>): boolean {
  const accept = rc.request.http?.headers.get('accept') ?? '';
  const quality = (type: string) => {
    const entry = accept.split(',').map((part) => part.trim().split(';')).find(([t]) => t.trim() === type);
    if (!entry) return -1;
    const q = entry.slice(1).map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q ? Number(q.slice(2)) : 1;
  };
  return quality('application/graphql-response+json') > 0 && quality('application/graphql-response+json') >= quality('application/json');
}

const asRequestError = (err: GraphQLError) => new GraphQLError(err.message, {
  nodes: err.nodes, path: err.path, extensions: { ...err.extensions, http: { status: 400 } },
});

/** What identifies a compiled operation: the query (Apollo's hash of its text), the operation and the variables. */
export const operationKey = (rc: { queryHash: string; operationName?: string | null; request: { variables?: Record<string, unknown> } }) =>
  `${rc.queryHash}\u0000${rc.operationName ?? ''}\u0000${JSON.stringify(rc.request.variables ?? {})}`;

/** A request compiled and costed before: what answering it again needs. */
export interface KnownRequest {
  /** The compiled operation's key (operationKey): what the response cache keys answers by. */
  key: string;
  roots: CompiledRoot[];
  /** Estimated cost, computed when the request first ran (cost-limit.ts). */
  cost: number;
  /** The operation that ran (named in the document even when the request names none). */
  operationName: string | null;
}

export interface SqlExecution {
  /** Apollo's executor hook: every operation Apollo runs. */
  executor: GatewayExecutor;
  /** A request (query text, operation name, variables) already compiled, costed and answered. */
  known(query: string, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): KnownRequest | undefined;
  /** The answer of a compiled operation, through the response cache when there is one. */
  answer(known: Pick<KnownRequest, 'key' | 'roots'>, context: HubContext): Promise<ExecutionResult>;
}

const requestKey = (query: string, operationName: string | null | undefined, variables: Record<string, unknown> | undefined) =>
  `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}\u0000${query}`;

/**
 * Requests are remembered by their text (hashing each request would cost what skipping Apollo
 * saves), so only requests of up to 16,000 characters are: every catalogue operation is under
 * 4,000, and 500 remembered requests then hold at most 16 MB of keys however large bodies are.
 */
const MAX_KNOWN_REQUEST_CHARS = 16_000;

export function sqlExecution(schema: GraphQLSchema, compiler: ReadCompiler, answers?: ResponseCache, planCacheSize = 500): SqlExecution {
  // false: graphql-js must run it (LRUCache holds no undefined)
  type Compiled = CompiledRoot[] | { argumentErrors: GraphQLError[] } | false;
  const plans = new LRUCache<string, Compiled>({ max: planCacheSize });
  const knownRequests = new LRUCache<string, KnownRequest>({ max: planCacheSize });

  function compiled(rc: GatewayGraphQLRequestContext<HubContext>): Compiled {
    const key = operationKey(rc);
    let plan = plans.get(key);
    if (plan === undefined) {
      plan = compileOperation(schema, compiler, rc.document, rc.operation, rc.request.variables ?? {}) ?? false;
      plans.set(key, plan);
    }
    return plan;
  }

  async function run(roots: CompiledRoot[], context: HubContext): Promise<ExecutionResult> {
    if (roots.filter((root) => root.statement).length > MAX_SQL_STATEMENTS) return { errors: [tooManyStatements()] };
    const settled = await Promise.allSettled(roots.map((root) => (root.statement ? readRows(context.pool, context, root.statement) : Promise.resolve([]))));
    const data: Record<string, unknown> = {};
    const errors: GraphQLError[] = [];
    let nulled = false;
    roots.forEach((root, i) => {
      const result = settled[i];
      if (result.status === 'fulfilled') {
        data[root.key] = root.plan.read(result.value, false);
        return;
      }
      // as graphql-js would: the root field fails at its own path (masked in formatError)
      const err = result.reason as Error;
      errors.push(new GraphQLError(err.message, { path: [root.key], originalError: err, extensions: err instanceof GraphQLError ? err.extensions : undefined }));
      data[root.key] = null;
      if (!root.nullable) nulled = true;
    });
    return errors.length ? { data: nulled ? null : data, errors } : { data };
  }

  async function answer({ key, roots }: Pick<KnownRequest, 'key' | 'roots'>, context: HubContext): Promise<ExecutionResult> {
    if (!answers) return run(roots, context);
    let version: string;
    try {
      version = await answers.version(context.pool, context);
    } catch (err) {
      if (err instanceof GraphQLError) return { errors: [err] }; // the database is away: its 503, not an internal error
      throw err;
    }
    const cached = answers.get(key, version);
    if (cached) return cached;
    const result = await run(roots, context);
    if (!result.errors) answers.set(key, version, result as CachedAnswer);
    return result;
  }

  const executor: GatewayExecutor = async (rc) => {
    const context = rc.context as HubContext;
    const plan = compiled(rc as GatewayGraphQLRequestContext<HubContext>);
    if (plan && 'argumentErrors' in plan && wantsGraphqlResponse(rc as GatewayGraphQLRequestContext<HubContext>)) {
      return { errors: plan.argumentErrors.map(asRequestError) };
    }
    if (!Array.isArray(plan)) {
      return execute({
        schema, document: rc.document, contextValue: context, variableValues: rc.request.variables, operationName: rc.request.operationName,
      });
    }
    const key = operationKey(rc);
    const result = await answer({ key, roots: plan }, context);
    // costed (the cost limit let it through) and answered: the next identical request may skip Apollo's pipeline (front-door.ts)
    if (!result.errors && rc.request.query !== undefined && context.cost !== undefined) {
      const text = requestKey(rc.request.query, rc.request.operationName, rc.request.variables);
      if (text.length <= MAX_KNOWN_REQUEST_CHARS) knownRequests.set(text, { key, roots: plan, cost: context.cost, operationName: rc.operationName ?? null });
    }
    return result;
  };

  return {
    executor,
    known: (query, operationName, variables) => (query.length > MAX_KNOWN_REQUEST_CHARS ? undefined : knownRequests.get(requestKey(query, operationName, variables))),
    answer,
  };
}
