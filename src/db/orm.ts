// MikroORM: the write model. It owns the entities, the migrations and the seed writer; the API
// reads through its own pool and SQL (db/read-pool.ts, graph/sql/), never through the ORM.
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { DataVersion } from './data-version';
import { ENTITIES } from './entities';

export function ormOptions(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return {
    clientUrl,
    entities: [...ENTITIES, DataVersion],
    extensions: [Migrator],
    migrations: { path: __dirname + '/migrations', pathTs: __dirname + '/migrations', silent: true, transactional: true, snapshot: false },
    allowGlobalContext: false,
    debug: false,
    pool: { min: 0, max: 4 },
    ...overrides,
  };
}

export function openOrm(clientUrl: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(ormOptions(clientUrl, overrides));
}
