// Where the data lives: DATABASE_URL when given, else an embedded PostgreSQL under .data/.
// Also makes sure the database is UTF-8 and that the read-only role the API uses exists.
import { resolve } from 'node:path';
import { Client } from 'pg';
import { logger } from '../logger';
import { startEmbeddedPostgres } from './embedded-postgres';
import { dataFolder, folderSecret, keepFolderSecret } from './secrets';

export { dataFolder } from './secrets';

export interface DatabaseHandle {
  /** Owner connection: migrations and the seed loader. */
  adminUrl: string;
  stop: () => Promise<void>;
}

export const DEFAULT_DATABASE = 'incheon_hub';
export const DEFAULT_PG_PORT = 54329;

/** The database cannot be used as configured: the message says what to change. */
export class DatabaseSetupError extends Error {
  override name = 'DatabaseSetupError';
}

export async function openDatabase(env = process.env): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) {
    await assertUtf8(env.DATABASE_URL).catch((err) => {
      if ((err as { code?: string }).code && !(err instanceof DatabaseSetupError)) {
        const { host, pathname } = new URL(env.DATABASE_URL!);
        throw new DatabaseSetupError(`cannot use DATABASE_URL (${host}${pathname}): ${(err as Error).message}; check that the server runs and the URL's user, password and database, or unset DATABASE_URL for the embedded PostgreSQL`);
      }
      throw err;
    });
    return { adminUrl: env.DATABASE_URL, stop: async () => {} };
  }
  const dataDir = dataFolder(env);
  // PG_PORT unset: the default port, or a free one when something else holds it (logged)
  const server = await startEmbeddedPostgres(resolve(dataDir, 'postgres'), Number(env.PG_PORT || DEFAULT_PG_PORT), { portMayMove: !env.PG_PORT });
  await createDatabaseIfMissing(server.url('postgres'), DEFAULT_DATABASE);
  return { adminUrl: server.url(DEFAULT_DATABASE), stop: server.stop };
}

/** UTF-8 with a UTF-8 ctype: Korean text compares, sorts and trigram-indexes correctly. */
export async function createDatabaseIfMissing(maintenanceUrl: string, name: string): Promise<void> {
  await withClient(maintenanceUrl, async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount) return;
    await client.query(
      `create database ${quoteIdent(name)} encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0`,
    );
    logger.info({ database: name }, 'database created');
  });
}

async function assertUtf8(url: string): Promise<void> {
  await withClient(url, async (client) => {
    const { rows } = await client.query(
      `select pg_encoding_to_char(encoding) as encoding, datctype from pg_database where datname = current_database()`,
    );
    const { encoding, datctype } = rows[0];
    if (encoding !== 'UTF8') {
      throw new DatabaseSetupError(`database encoding is ${encoding}; the hub needs UTF8 (create it with: encoding 'UTF8' lc_ctype 'C.UTF-8' template template0)`);
    }
    if (datctype === 'C' || datctype === 'POSIX') {
      logger.warn({ datctype }, 'database ctype is not UTF-8 aware: Korean search and trigram matching degrade');
    }
  });
}

/**
 * The API connects as a role that can only read: SELECT on the served tables and views, no
 * temporary tables. Its password never changes under a running hub: it is kept in the database
 * (schema hub_private, which the reader cannot see), so every hub on this database, on any
 * machine, uses the one the first made; the data folder keeps a copy (mode 0600) for operators.
 * A database from before hub_private takes the folder's. statement_timeout and read-only
 * transactions are role settings, so every pooled connection has them whatever the client does.
 */
export async function ensureReaderRole(adminUrl: string, role: string, statementTimeoutMs: number, secretsFolder = dataFolder()): Promise<string> {
  const password = await withClient(adminUrl, async (client) => {
    const ident = quoteIdent(role);
    await client.query('create schema if not exists hub_private');
    await client.query('create table if not exists hub_private.role_password (role text primary key, password text not null)');
    await client.query('insert into hub_private.role_password (role, password) values ($1, $2) on conflict (role) do nothing', [role, folderSecret(secretsFolder, `reader-${role}`)]);
    const { rows: [{ password }] } = await client.query<{ password: string }>('select password from hub_private.role_password where role = $1', [role]);
    keepFolderSecret(secretsFolder, `reader-${role}`, password);
    const { rowCount } = await client.query('select 1 from pg_roles where rolname = $1', [role]);
    if (!rowCount) await client.query(`create role ${ident} login`);
    await client.query(`alter role ${ident} with login nosuperuser nocreatedb nocreaterole password '${password.replace(/'/g, "''")}'`);
    await client.query(`alter role ${ident} set statement_timeout = ${Number(statementTimeoutMs)}`);
    await client.query(`alter role ${ident} set default_transaction_read_only = on`);
    const { rows } = await client.query('select current_database() as db');
    await client.query(`grant connect on database ${quoteIdent(rows[0].db)} to ${ident}`);
    // PUBLIC may create temporary tables by default: not the reader (the owner keeps its own rights)
    await client.query(`revoke temporary on database ${quoteIdent(rows[0].db)} from public`);
    await client.query(`revoke temporary on database ${quoteIdent(rows[0].db)} from ${ident}`);
    await client.query(`grant usage on schema public to ${ident}`);
    await client.query(`revoke all on all tables in schema public from ${ident}`);
    await client.query(`grant select on all tables in schema public to ${ident}`);
    await client.query(`revoke all on schema hub_private from public`);
    return password;
  });
  const url = new URL(adminUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  client.on('error', () => {}); // a connection lost between two queries fails the next one, not the process
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function quoteIdent(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"';
}
