// Writes the rows in one transaction as a diff against what is loaded: unchanged rows are
// not touched, edited ones are updated, rows gone from the files are deleted. A failure
// anywhere rolls everything back.
import type { EntityManager } from '@mikro-orm/postgresql';
import { raiseDataVersion } from '../db/data-version';
import { ENTITIES } from '../db/entities';
import type { SeedRows } from './build-rows';

export interface TableChange { table: keyof SeedRows; rows: number; inserted: number; updated: number; deleted: number }

type Row = Record<string, unknown>;

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date) a = a.toISOString().slice(0, 10);
  if (b instanceof Date) b = b.toISOString().slice(0, 10);
  if (Array.isArray(a) || Array.isArray(b)) return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return (a ?? null) === (b ?? null);
}

/** The advisory lock key of seed loads ('seed' in ASCII): any number every load agrees on. */
export const SEED_LOAD_LOCK = 0x73656564;

export async function writeRows(
  em: EntityManager,
  rows: SeedRows,
  seedHash: string,
  onTable: (change: TableChange) => void = () => {},
): Promise<TableChange[]> {
  return em.transactional(async (tx) => {
    // One writer at a time: a second load waits here for the first to commit, then diffs against
    // what that one wrote. Two loads never interleave, whatever their files.
    await tx.execute(`select pg_advisory_xact_lock(${SEED_LOAD_LOCK})`);
    const changes: TableChange[] = [];
    const staleIds = new Map<(typeof ENTITIES)[number], string[]>();
    // Parents before children, so every foreign key points at a row already written.
    for (const entity of ENTITIES) {
      const table = entity.meta.className as keyof SeedRows;
      const wanted = rows[table];
      const existing = new Map(
        (await tx.find(entity as any, {}, { disableIdentityMap: true })).map((r: any) => [r.id as string, r as Row]),
      );
      const inserts: Row[] = [];
      const updates: Row[] = [];
      for (const row of wanted) {
        const current = existing.get(row.id as string);
        existing.delete(row.id as string);
        if (!current) inserts.push(row);
        else if (Object.keys(row).some((k) => !sameValue(row[k], current[k]))) updates.push(row);
      }
      for (let i = 0; i < inserts.length; i += 500) await tx.insertMany(entity as any, inserts.slice(i, i + 500));
      // Edited rows in batches of 500, one statement each (`insert … on conflict (id) do update`): every one exists
      if (updates.length) {
        await tx.upsertMany(entity as any, updates, { onConflictFields: ['id'], onConflictAction: 'merge', disableIdentityMap: true, batchSize: 500 });
      }
      staleIds.set(entity, [...existing.keys()]);
      const change = { table, rows: wanted.length, inserted: inserts.length, updated: updates.length, deleted: existing.size };
      changes.push(change);
      onTable(change);
    }
    // Children before parents.
    for (const entity of [...ENTITIES].reverse()) {
      const ids = staleIds.get(entity)!;
      for (let i = 0; i < ids.length; i += 500) await tx.nativeDelete(entity as any, { id: { $in: ids.slice(i, i + 500) } });
    }
    if (changes.some((c) => c.inserted || c.updated || c.deleted)) await raiseDataVersion(tx);
    await tx.execute('update data_version set seed_hash = ? where id = 1', [seedHash]);
    return changes;
  });
}
