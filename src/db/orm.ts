import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { ENTITIES, VIEW_ENTITIES } from './entities';

/**
 * SQL statements per request id. MikroORM copies the logger context on fork and on every
 * find, so a counter object would not survive; the request id does.
 */
const statementsByRequest = new Map<string, number>();

export interface SqlCounter { readonly statements: number; release(): void }

export function countStatements(reqId: string): SqlCounter {
  statementsByRequest.set(reqId, 0);
  return {
    get statements() { return statementsByRequest.get(reqId) ?? 0; },
    release: () => { statementsByRequest.delete(reqId); },
  };
}

/** Counts every statement tagged with a tracked request id (logQuery runs even when query logging is off). */
class StatementCountingLogger extends DefaultLogger {
  override logQuery(context: LogContext): void {
    const reqId = (context as { reqId?: string }).reqId;
    const count = reqId === undefined ? undefined : statementsByRequest.get(reqId);
    if (count !== undefined) statementsByRequest.set(reqId!, count + 1);
    super.logQuery(context as LogContext & { query: string });
  }
}

export function ormOptions(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return {
    clientUrl,
    entities: [...ENTITIES, ...VIEW_ENTITIES],
    // Views are hand-written in migrations: the generator must neither create nor drop a table for them.
    schemaGenerator: { skipTables: VIEW_ENTITIES.map((entity) => entity.meta.tableName) },
    extensions: [Migrator],
    migrations: { path: __dirname + '/migrations', pathTs: __dirname + '/migrations', silent: true, transactional: true, snapshot: false },
    allowGlobalContext: false,
    debug: false,
    loggerFactory: (options: LoggerOptions) => new StatementCountingLogger(options),
    pool: { min: 0, max: 10 },
    ...overrides,
  };
}

export function openOrm(clientUrl: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(ormOptions(clientUrl, overrides));
}
