// The two batch shapes every relation uses: rows by their ids, and rows grouped by a
// parent id. One SQL statement per batch, whatever the number of parents.
import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';

export function rowsById<T extends { id: string }>(em: EntityManager, entity: EntityName<T>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = (await em.find(entity, { id: { $in: [...ids] } } as any)) as T[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

export function rowsByParent<T extends object, K extends string | number = string>(
  em: EntityManager,
  entity: EntityName<T>,
  parentField: keyof T & string,
  orderBy: Record<string, 'asc' | 'desc'>,
): DataLoader<K, T[]> {
  return new DataLoader(async (parentIds) => {
    const rows = (await em.find(entity, { [parentField]: { $in: [...parentIds] } } as any, {
      orderBy: { ...orderBy, id: 'asc' } as any,
    })) as T[];
    return groupBy(parentIds, rows, (r) => r[parentField] as unknown as K);
  });
}

/** Raw SQL through the request's entity manager, so it is counted with the rest. */
export function sql<R = Record<string, unknown>>(em: EntityManager, query: string, params: unknown[] = []): Promise<R[]> {
  return em.execute(query, params as any[], 'all', em.getLoggerContext()) as Promise<R[]>;
}

export function groupBy<K, T>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

/**
 * loadMany that fails the field when a batch failed: DataLoader returns an Error in place of
 * each row of a failed batch, and dropping it would serve a database failure as missing data.
 */
export async function loadAll<K, V>(loader: DataLoader<K, V>, keys: readonly K[]): Promise<V[]> {
  const results = await loader.loadMany(keys);
  const failed = results.find((r): r is Error => r instanceof Error);
  if (failed) throw failed;
  return results as V[];
}

export const isPresent = <T>(row: T | null | undefined): row is T => row != null;
