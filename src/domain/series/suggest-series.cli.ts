// `npm run suggest-series`: candidate series links by title similarity, for a person to confirm
// into seeds/series.yaml (see suggest-series.ts). Reads only: no migrations, one read-only
// transaction. The table or YAML goes to stdout, pino logs to stderr.
import { warnIfBuildIsStale } from '../../build-freshness';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { DEFAULT_DATABASE, openDatabase, type DatabaseHandle } from '../../db/database';
import { openOrm } from '../../db/orm';
import { folderSecret } from '../../db/secrets';
import { logger } from '../../logger';
import {
  DEFAULT_LIMIT, DEFAULT_MIN_SCORE, SERIES_KINDS, SuggestOptionsError, candidatesTable, candidatesYaml,
  resolveSuggestOptions, suggestSeriesCandidates, type SeriesKind, type SuggestOptions,
} from './suggest-series';

// stdout carries the result (`--format yaml > candidates.yaml`), so every log line, the shared
// logger's included (embedded PostgreSQL start and stop), goes to stderr. pino offers no public
// way to redirect an existing logger; its documented symbols name the stream it writes to.
(logger as unknown as Record<symbol, unknown>)[pino.symbols.streamSym] = pino.destination({ dest: 2, sync: true });
const log = logger.child({ cli: 'suggest-series' });

const USAGE = `usage: npm run suggest-series -- [options]
  --kind programs|indicators|all   which records to pair (default all)
  --min-score N                    lowest pg_trgm similarity, 0–1 (default ${DEFAULT_MIN_SCORE})
  --limit N                        at most N pairs, best first (default ${DEFAULT_LIMIT})
  --format table|yaml              a table, or series.yaml entries to confirm and paste (default table)
  --include-linked                 also show pairs already in one series, marked linked`;

interface CliOptions { suggest: Required<SuggestOptions>; format: 'table' | 'yaml'; help: boolean }

function parseCli(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      kind: { type: 'string', default: 'all' },
      'min-score': { type: 'string' },
      limit: { type: 'string' },
      format: { type: 'string', default: 'table' },
      'include-linked': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const number = (text: string | undefined) => (text === undefined ? undefined : text.trim() === '' ? NaN : Number(text));
  if (values.format !== 'table' && values.format !== 'yaml') throw new SuggestOptionsError(`unknown format ${values.format}: use table or yaml`);
  const kinds = values.kind === 'all' ? SERIES_KINDS : [values.kind as SeriesKind];
  return {
    suggest: resolveSuggestOptions({ kinds, minScore: number(values['min-score']), limit: number(values.limit), includeLinked: values['include-linked'] }),
    format: values.format,
    help: values.help,
  };
}

/**
 * With the hub running on the embedded PostgreSQL (`npm start`), openDatabase would take that
 * server for an orphan and stop it; read from it as it runs instead (URL as embedded-postgres.ts builds it).
 */
function runningEmbeddedServer(env = process.env): DatabaseHandle | undefined {
  if (env.DATABASE_URL) return undefined;
  const lockFile = resolve(env.DATA_DIR ?? '.data', 'postgres', 'postmaster.pid');
  if (!existsSync(lockFile)) return undefined;
  const [pid, , , port] = readFileSync(lockFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch {
    return undefined; // a stale lock file: openDatabase starts the server
  }
  log.info({ pid: Number(pid), port: Number(port) }, 'reading from the embedded PostgreSQL already running');
  const password = folderSecret(resolve(env.DATA_DIR ?? '.data'), 'superuser'); // the running server's, kept in the data folder
  return { adminUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${Number(port)}/${DEFAULT_DATABASE}`, stop: async () => {} };
}

async function main(argv: string[]): Promise<number> {
  warnIfBuildIsStale();
  let cli: CliOptions;
  try {
    cli = parseCli(argv);
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 1;
  }
  if (cli.help) {
    console.log(USAGE);
    return 0;
  }
  const started = Date.now();
  const db = runningEmbeddedServer() ?? (await openDatabase());
  const orm = await openOrm(db.adminUrl, { pool: { min: 0, max: 1 } });
  try {
    const result = await orm.em.fork().transactional((em) => suggestSeriesCandidates(em, cli.suggest), { readOnly: true });
    process.stdout.write(cli.format === 'yaml' ? candidatesYaml(result) : candidatesTable(result));
    log.info({ options: result.options, shown: result.candidates.length, matched: result.matched, alreadyLinked: result.alreadyLinked, ms: Date.now() - started },
      'series candidates proposed');
    return 0;
  } catch (err) {
    // 42P01 undefined table, 42703 undefined column: a database the hub has not migrated (yet).
    if (['42P01', '42703'].includes((err as { code?: string }).code ?? '')) {
      const message = (err as Error).message; // MikroORM prefixes PostgreSQL's message with the statement
      console.error(`the database has no hub schema, or an old one (${message.slice(message.lastIndexOf(' - ') + 3)}): run \`npm run seed\` first`);
      return 1;
    }
    throw err;
  } finally {
    await orm.close();
    await db.stop();
  }
}

// An explicit exit: embedded-postgres's exit hook ends the process on beforeExit with code 0,
// whatever process.exitCode says. stdout and the stderr log stream are synchronous here.
main(process.argv.slice(2)).then((code) => process.exit(code), (err) => {
  log.error({ err }, 'suggest-series failed');
  process.exit(1);
});
