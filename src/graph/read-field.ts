// The resolver of every field below the root when graphql-js executes: the compiled SQL
// already built the field's value into its parent's JSON, under the field's response key.
import type { GraphQLResolveInfo } from 'graphql';
import type { HubContext } from './context';
import { ERROR_MARKER } from './sql/model';

export function readField(source: object | null, _args: unknown, context: HubContext, info: GraphQLResolveInfo): unknown {
  const value = (source as Record<string, unknown> | null)?.[info.path.key as string];
  if (value !== null && typeof value === 'object' && ERROR_MARKER in value) {
    throw context.readErrors[(value as Record<string, number>)[ERROR_MARKER]];
  }
  return value ?? null;
}
