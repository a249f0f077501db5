// One structured log line per operation, with what it cost: time, estimated cost, SQL statements.
import type { ApolloServerPlugin } from '@apollo/server';
import { logger } from '../logger';
import type { HubContext } from './context';

export function requestLogPlugin(): ApolloServerPlugin<HubContext & { cost?: number }> {
  return {
    async requestDidStart({ request, contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, errors }) {
          const ms = Math.round((performance.now() - started) * 10) / 10;
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              cost: { estimated: contextValue.cost ?? null, sqlStatements: contextValue.sqlStatements },
            };
          }
          logger.info({
            reqId: contextValue.reqId, operation: request.operationName ?? null, client: contextValue.client, ms, cost: contextValue.cost ?? null,
            sqlStatements: contextValue.sqlStatements, errors: errors?.length ?? 0,
          }, 'graphql request');
        },
      };
    },
  };
}
