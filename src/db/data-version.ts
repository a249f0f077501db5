// The data version: one number that every seed load that changes anything raises, in the same
// transaction. Whatever keeps answers (the response cache, HTTP validators) keys them by it, and
// reads it from the database, so every instance sees a load the moment it commits.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

export const DataVersion = defineEntity({
  name: 'DataVersion',
  tableName: 'data_version',
  properties: {
    id: p.integer().primary().autoincrement(false),
    version: p.bigint('number'),
    loadedAt: p.datetime().nullable(),
    /** Hash of the seed files last loaded: a start with other files loads them (hub.ts). */
    seedHash: p.text().nullable(),
  },
});
export type DataVersion = InferEntity<typeof DataVersion>;

/** Raises the version; called inside the seed transaction when the load changed any row. */
export async function raiseDataVersion(tx: EntityManager): Promise<void> {
  await tx.execute('update data_version set version = version + 1, loaded_at = now() where id = 1');
}
