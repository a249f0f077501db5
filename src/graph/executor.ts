// How an operation runs. A query whose fields all have reads (every data field) compiles to
// one SQL statement whose JSON is the answer's data: no resolver runs, nothing is re-walked in
// JavaScript. Anything else (introspection, a bad argument, variables that do not coerce, a
// mutation) runs through graphql-js as usual; its root resolvers read through the same compiler
// (context.readRoot), so both paths share every definition and answer alike.
import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import {
  execute, GraphQLError, isNonNullType, Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { collectFields } from 'graphql/execution/collectFields';
import { getVariableValues } from 'graphql/execution/values';
import { readJson } from '../db/read-pool';
import type { HubContext } from './context';
import { newCx, type ReadCompiler } from './sql/compile';
import { sql, type Expr } from './sql/expr';

export function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

export interface CompiledOperation {
  /** A statement selecting the operation's data as one JSON value `data`. */
  statement: Expr;
  /** Root response keys, and whether the root field may be null. */
  roots: { key: string; nullable: boolean }[];
}

/**
 * A query as one statement, or undefined when graphql-js must run it: introspection, a
 * mutation, variables that do not coerce, a bad argument (graphql-js reports it at its path).
 */
export function compileOperation(
  schema: GraphQLSchema, compiler: ReadCompiler, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>,
): CompiledOperation | undefined {
  if (operation.operation !== 'query') return undefined;
  const query = schema.getQueryType()!;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
  if (coerced.errors) return undefined;
  const fragments = fragmentsOf(document);
  const fields = collectFields(schema, fragments, coerced.coerced, query, operation.selectionSet);
  const roots: CompiledOperation['roots'] = [];
  for (const [key, nodes] of fields) {
    const name = nodes[0].name.value;
    if (name !== '__typename' && !compiler.canRead(query.name, name)) return undefined;
    roots.push({ key, nullable: name === '__typename' ? false : !isNonNullType(query.getFields()[name].type) });
  }
  const cx = newCx(fragments, coerced.coerced, [], false);
  let data: Expr;
  try {
    data = compiler.object(query, null, fields, cx);
  } catch (err) {
    if (err instanceof GraphQLError) return undefined;
    throw err;
  }
  if (cx.errors.length || cx.needsExecution) return undefined;
  return { statement: sql`select ${data} as data`, roots };
}

export function sqlExecutor(schema: GraphQLSchema, compiler: ReadCompiler): GatewayExecutor {
  /** The operation as one statement, or undefined when graphql-js must run it. */
  async function asOneStatement(rc: GatewayGraphQLRequestContext<HubContext>) {
    const compiled = compileOperation(schema, compiler, rc.document, rc.operation, rc.request.variables ?? {});
    if (!compiled) return undefined;
    const context = rc.context;
    try {
      return { data: (await readJson(context.pool, context, compiled.statement)) as Record<string, unknown> };
    } catch (err) {
      // as graphql-js would: every root field failed at its own path (masked in formatError)
      const errors = compiled.roots.map(({ key }) => new GraphQLError((err as Error).message, { path: [key], originalError: err as Error }));
      const data = compiled.roots.every((r) => r.nullable) ? Object.fromEntries(compiled.roots.map((r) => [r.key, null])) : null;
      return { data, errors };
    }
  }

  return async (rc) => {
    const context = rc.context as HubContext;
    const answered = await asOneStatement(rc as GatewayGraphQLRequestContext<HubContext>);
    if (answered) return answered;
    return execute({
      schema, document: rc.document, contextValue: context, variableValues: rc.request.variables, operationName: rc.request.operationName,
    });
  };
}
