// Rejects a query whose estimated cost exceeds the budget before any resolver runs: list
// sizes multiply (a connection costs `first` × its selection), so nesting large pages is refused.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import type { HubContext } from './context';
import { operationKey } from './executor';

export const MAX_QUERY_COST = 250_000;

const onlyIntrospection = (fields: readonly string[]) => fields.every((f) => f === '__schema' || f === '__type' || f === '__typename');

export function costLimitPlugin(schema: GraphQLSchema, maxCost = MAX_QUERY_COST): ApolloServerPlugin<HubContext & { cost?: number }> {
  // a repeated request (a dashboard's refresh) is costed once
  const costs = new LRUCache<string, number>({ max: 1000 });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, contextValue, queryHash, operationName }) {
          const topFields = (operation?.selectionSet.selections ?? []).map((s) => (s.kind === 'Field' ? s.name.value : ''));
          if (onlyIntrospection(topFields)) return; // GraphiQL's schema query is large but harmless
          const key = operationKey({ queryHash, operationName, request });
          let cost = costs.get(key);
          if (cost === undefined) {
            try {
              cost = getComplexity({
                schema, query: document, operationName: request.operationName ?? undefined, variables: request.variables ?? {},
                estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
              });
            } catch {
              return; // variables that do not coerce: Apollo reports them precisely (HTTP 400) before execution
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
