// A real hub per test file: its own database on the test PostgreSQL, migrations, seeds,
// the read-only API role, and the HTTP server on a free port.
import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createDatabaseIfMissing, quoteIdent, withClient } from '../../src/db/database';
import { startHub, type RunningHub } from '../../src/hub';

let databasesMade = 0;

function serverUrl(): string {
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
      await withClient(serverUrl(), (c) => c.query(`create database ${quoteIdent(name)} template ${quoteIdent(template)}`));
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

export async function dropDatabase(adminUrl: string): Promise<void> {
  const name = new URL(adminUrl).pathname.slice(1);
  await withClient(serverUrl(), (c) => c.query(`drop database if exists ${quoteIdent(name)} with (force)`));
}

export interface GraphQLResponse<T = any> {
  status: number;
  body: { data?: T; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[]; extensions?: any };
}

export interface TestHub extends RunningHub {
  /** POSTs an operation (typed document or query text) and returns status and parsed body. */
  gql<TResult, TVariables>(doc: TypedDocumentNode<TResult, TVariables> | DocumentNode | string, variables?: TVariables): Promise<GraphQLResponse<TResult>>;
  post(body: string, contentType?: string): Promise<{ status: number; body: any }>;
  /** Runs a query that must succeed (HTTP 200, no errors) and returns its data. */
  data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

export async function startTestHub(label: string, options: { seedDir?: string; responseCacheMb?: number; rateLimitPerMinute?: number; env?: Record<string, string> } = {}): Promise<TestHub> {
  // A custom seed folder is loaded into an empty database; the real seeds come with the template.
  const adminUrl = options.seedDir ? await freshDatabase(label) : await seededDatabase(label);
  const role = `hub_reader_${new URL(adminUrl).pathname.slice(1)}`;
  // No response cache unless a test asks: tests count the SQL statements of each request.
  const hub = await startHub({
    port: 0, readerRole: role, seedDir: options.seedDir, responseCacheMb: options.responseCacheMb ?? 0, rateLimitPerMinute: options.rateLimitPerMinute ?? 0,
  }, { ...process.env, ...options.env, DATABASE_URL: adminUrl });
  const post = async (body: string, contentType = 'application/json') => {
    const res = await fetch(hub.url, { method: 'POST', headers: { 'content-type': contentType }, body });
    return { status: res.status, body: await res.json() };
  };
  const gql: TestHub['gql'] = (doc, variables) => post(JSON.stringify({ query: typeof doc === 'string' ? doc : print(doc), variables })) as any;
  return {
    ...hub,
    post,
    gql,
    data: async (query, variables) => {
      const res = await gql(query, variables);
      expect(res.body.errors).toBeUndefined();
      expect(res.status).toBe(200);
      return res.body.data as any;
    },
    close: async () => {
      await hub.stop();
      await dropDatabase(adminUrl);
      await withClient(serverUrl(), (c) => c.query(`drop role if exists ${quoteIdent(role)}`));
    },
  };
}
