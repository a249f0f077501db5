// Everything a request needs, built once per request: a forked entity manager (its own
// identity map, tagged for SQL counting) and a fresh set of DataLoaders.
import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { countStatements, type SqlCounter } from '../db/orm';
import { createLoaders, type Loaders } from './loaders';

export interface HubContext {
  reqId: string;
  em: EntityManager;
  loaders: Loaders;
  sql: SqlCounter;
}

export function createContext(orm: MikroORM): HubContext {
  const reqId = randomUUID();
  const em = orm.em.fork({ loggerContext: { reqId } }) as EntityManager;
  const sql = countStatements(reqId);
  return { reqId, em, sql, loaders: createLoaders(em) };
}

/**
 * Types a resolver's @Root() as a database row. Entity names are values too (EntitySchema),
 * and decorator metadata would hand that value to type-graphql, which then tries to
 * instantiate it; through this alias the metadata says Object.
 */
export type Row<T> = T;
