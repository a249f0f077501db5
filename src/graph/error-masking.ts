// What a client may see of an error: our own GraphQL errors (validation, bad input, limits)
// as they are; anything else (SQL, ORM, bugs) as a bare "Internal server error", logged here.
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { logger } from '../logger';

export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // Parse, validation and variable errors, and the GraphQLErrors our resolvers throw on
  // purpose, are meant for the client; a resolver's other errors are unwrapped to what was thrown.
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError) return formatted;
  if ((original as { code?: string })?.code === '57014') {
    return { message: 'The query took too long and was cancelled', path: formatted.path, extensions: { code: 'TIMEOUT' } };
  }
  logger.error({ err: original, path: formatted.path }, 'internal error while resolving');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
