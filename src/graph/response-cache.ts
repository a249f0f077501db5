// Whole answers of repeated queries, kept per (query, operation, variables, data version) in a
// bounded LRU. The data changes only when seeds load, and each load raises the data version in
// the database (db/data-version.ts): a request reads the current version first (one small
// statement), so an answer computed before a load is never served after it.
import type { ExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import type pg from 'pg';
import { readRows, type StatementCounter } from '../db/read-pool';

export type CachedAnswer = ExecutionResult<Record<string, unknown>>;

export interface ResponseCache {
  version(pool: pg.Pool, counter: StatementCounter): Promise<string>;
  get(key: string, version: string): CachedAnswer | undefined;
  set(key: string, version: string, answer: CachedAnswer): void;
  readonly stats: { hits: number; misses: number };
}

const VERSION = { name: 'hub_data_version', text: 'select version::text from data_version where id = 1', values: [] };

/** A cache of at most `megabytes` of answers (sized by their JSON), or none for 0. */
export function responseCache(megabytes: number): ResponseCache | undefined {
  if (!(megabytes > 0)) return undefined;
  const answers = new LRUCache<string, { answer: CachedAnswer; size: number }>({
    maxSize: megabytes * 1024 * 1024,
    sizeCalculation: (entry) => entry.size,
  });
  const stats = { hits: 0, misses: 0 };
  return {
    stats,
    async version(pool, counter) {
      const [[version]] = await readRows(pool, counter, VERSION);
      return version as string;
    },
    get(key, version) {
      const entry = answers.get(`${version}\u0000${key}`);
      if (entry) stats.hits += 1; else stats.misses += 1;
      return entry?.answer;
    },
    set(key, version, answer) {
      const size = JSON.stringify(answer.data).length * 2; // UTF-16 code units, 2 bytes each
      if (size <= answers.maxSize) answers.set(`${version}\u0000${key}`, { answer, size });
    },
  };
}
