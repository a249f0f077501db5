// Databases on the test PostgreSQL (global-setup.ts starts it): a copy of the migrated and seeded
// template per test file, or an empty one for a file that loads its own seeds.
import { createDatabaseIfMissing, quoteIdent, withClient } from '../../src/db/database';

let databasesMade = 0;

export function serverUrl(): string {
  const url = process.env.TEST_PG_SERVER_URL;
  if (!url) throw new Error('TEST_PG_SERVER_URL is not set: run the tests through jest (globalSetup starts PostgreSQL)');
  return url;
}

/** A fresh, empty UTF-8 database; returns its owner URL. */
export async function freshDatabase(label: string): Promise<string> {
  const name = databaseName(label);
  await withClient(serverUrl(), (c) => c.query(`drop database if exists ${quoteIdent(name)}`));
  await createDatabaseIfMissing(serverUrl(), name);
  return urlOf(name);
}

/** A copy of the migrated and seeded template (global-setup.ts); returns its owner URL. */
export async function seededDatabase(label: string): Promise<string> {
  const template = process.env.TEST_TEMPLATE_DATABASE;
  if (!template) throw new Error('TEST_TEMPLATE_DATABASE is not set: run the tests through jest (globalSetup makes it)');
  const name = databaseName(label);
  await withClient(serverUrl(), (c) => c.query(`drop database if exists ${quoteIdent(name)}`));
  // Two workers may copy at the same moment; PostgreSQL then refuses one while the other reads the template.
  for (let attempt = 1; ; attempt++) {
    try {
      // FILE_COPY copies the files instead of writing every page to the WAL (the default since PostgreSQL 15): faster for a small template
      await withClient(serverUrl(), (c) => c.query(`create database ${quoteIdent(name)} template ${quoteIdent(template)} strategy file_copy`));
      return urlOf(name);
    } catch (err) {
      if (attempt >= 20 || !/being accessed by other users/.test((err as Error).message)) throw err;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
}

const databaseName = (label: string) => `hub_test_${label}_${process.env.JEST_WORKER_ID ?? '0'}_${process.pid}_${++databasesMade}`.toLowerCase();

function urlOf(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = '/' + name;
  return url.toString();
}

/** The reader role a hub makes for a database: one per database, so hubs under test never share one. */
export const readerRoleOf = (adminUrl: string) => `hub_reader_${new URL(adminUrl).pathname.slice(1)}`;

/** Drops the database and its reader role. */
export async function dropDatabase(adminUrl: string): Promise<void> {
  const name = new URL(adminUrl).pathname.slice(1);
  await withClient(serverUrl(), async (c) => {
    await c.query(`drop database if exists ${quoteIdent(name)} with (force)`);
    await c.query(`drop role if exists ${quoteIdent(readerRoleOf(adminUrl))}`);
  });
}
