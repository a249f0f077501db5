import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { ENTITIES } from './entities';

/** Per-request statement counter, carried in the forked entity manager's logger context. */
export interface SqlCounter { statements: number }

/** Counts every statement of a request (logQuery runs even when query logging is off). */
class StatementCountingLogger extends DefaultLogger {
  override logQuery(context: LogContext): void {
    const counter = (context as { sqlCounter?: SqlCounter }).sqlCounter;
    if (counter) counter.statements += 1;
    super.logQuery(context as LogContext & { query: string });
  }
}

export function ormOptions(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return {
    clientUrl,
    entities: [...ENTITIES],
    extensions: [Migrator],
    migrations: { path: __dirname + '/migrations', pathTs: __dirname + '/migrations', silent: true, transactional: true },
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
