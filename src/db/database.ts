// Where the data lives: DATABASE_URL when given, else an embedded PostgreSQL under .data/.
// Also makes sure the database is UTF-8 and that the read-only role the API uses exists.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { logger } from '../logger';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseHandle {
  /** Owner connection: migrations and the seed loader. */
  adminUrl: string;
  stop: () => Promise<void>;
}

export const DEFAULT_DATABASE = 'incheon_hub';

export async function openDatabase(env = process.env): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) {
    await assertUtf8(env.DATABASE_URL);
    return { adminUrl: env.DATABASE_URL, stop: async () => {} };
  }
  const dataDir = resolve(env.DATA_DIR ?? '.data');
  const server = await startEmbeddedPostgres(resolve(dataDir, 'postgres'), Number(env.PG_PORT ?? 54329));
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
      throw new Error(`database encoding is ${encoding}; the hub needs UTF8 (create it with: encoding 'UTF8' lc_ctype 'C.UTF-8' template template0)`);
    }
    if (datctype === 'C' || datctype === 'POSIX') {
      logger.warn({ datctype }, 'database ctype is not UTF-8 aware: Korean search and trigram matching degrade');
    }
  });
}

/**
 * The API connects as a role that can only read. Its password is new on every start, so
 * nothing secret is stored; statement_timeout and read-only transactions are role settings,
 * so every pooled connection has them whatever the client library does.
 */
export async function ensureReaderRole(adminUrl: string, role: string, statementTimeoutMs: number): Promise<string> {
  const password = randomBytes(18).toString('base64url');
  await withClient(adminUrl, async (client) => {
    const ident = quoteIdent(role);
    const { rowCount } = await client.query('select 1 from pg_roles where rolname = $1', [role]);
    if (!rowCount) await client.query(`create role ${ident} login`);
    await client.query(`alter role ${ident} with login nosuperuser nocreatedb nocreaterole password '${password}'`);
    await client.query(`alter role ${ident} set statement_timeout = ${Number(statementTimeoutMs)}`);
    await client.query(`alter role ${ident} set default_transaction_read_only = on`);
    const { rows } = await client.query('select current_database() as db');
    await client.query(`grant connect on database ${quoteIdent(rows[0].db)} to ${ident}`);
    await client.query(`grant usage on schema public to ${ident}`);
    await client.query(`revoke all on all tables in schema public from ${ident}`);
    await client.query(`grant select on all tables in schema public to ${ident}`);
  });
  const url = new URL(adminUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
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
