// Rejects a query whose estimated cost exceeds the budget before any resolver runs: list
// sizes multiply (a connection costs `first` × its selection), so nesting large pages is refused.
// It fails closed: a query whose cost cannot be computed does not run, introspection included.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import type { HubContext } from './context';
import { operationKey } from './executor';
import { badVariableText } from './request-limits';

export const MAX_QUERY_COST = 250_000;

const badRequest = (message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions, http: { status: 400 } } });

export function costLimitPlugin(schema: GraphQLSchema, maxCost = MAX_QUERY_COST): ApolloServerPlugin<HubContext & { cost?: number }> {
  // a repeated request (a dashboard's refresh) is costed once
  const costs = new LRUCache<string, number>({ max: 1000 });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, contextValue, queryHash, operationName }) {
          const key = operationKey({ queryHash, operationName, request });
          let cost = costs.get(key);
          if (cost === undefined) {
            const badText = badVariableText(request.variables ?? {});
            if (badText) throw badRequest(`${badText}: refused as bad input.`);
            // variables that do not coerce are reported as graphql-js words them, before anything runs
            const coerced = operation ? getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 10 }) : undefined;
            if (coerced?.errors) {
              const [first] = coerced.errors;
              throw new GraphQLError(first.message, { nodes: first.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
            }
            try {
              cost = getComplexity({
                schema, query: document, operationName: request.operationName ?? undefined, variables: request.variables ?? {},
                estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
              });
            } catch (err) {
              // never run what could not be costed
              throw badRequest(`The cost of this query could not be computed (${err instanceof Error ? err.message : String(err)}), so it does not run.`, { code: 'QUERY_COST_UNKNOWN' });
            }
            costs.set(key, cost);
          }
          contextValue.cost = cost;
          if (cost > maxCost) {
            throw new GraphQLError(`Query is too expensive: estimated cost ${cost} exceeds the limit of ${maxCost}. Ask for smaller pages (first) or fewer nested lists.`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
