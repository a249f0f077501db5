// One structured log line per operation, with what it cost: time, estimated cost, SQL statements.
// Apollo's requests log through the plugin; requests answered before Apollo (front-door.ts) call
// the same functions, so both write the same line and the same `extensions.cost`.
import type { ApolloServerPlugin } from '@apollo/server';
import { logger } from '../logger';
import type { HubContext } from './context';

/** The `cost` extension of every answer: the estimate the limit judged, and the statements run. */
export const costExtension = (context: HubContext) => ({ estimated: context.cost ?? null, sqlStatements: context.sqlStatements });

export function logRequest(context: HubContext, operationName: string | null, ms: number, errors: number): void {
  logger.info({
    reqId: context.reqId, operation: operationName, client: context.client, ms: Math.round(ms * 10) / 10, cost: context.cost ?? null,
    sqlStatements: context.sqlStatements, errors,
  }, 'graphql request');
}

export function requestLogPlugin(): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, errors }) {
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: costExtension(contextValue) };
          }
          logRequest(contextValue, request.operationName ?? null, performance.now() - started, errors?.length ?? 0);
        },
      };
    },
  };
}
