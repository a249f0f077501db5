// A hub as its clients see it: POST an operation over HTTP, read the status and the body.
import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

export interface GraphQLResponse<T = any> {
  status: number;
  body: { data?: T; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[]; extensions?: any };
}

export interface HubClient {
  url: string;
  /** POSTs an operation (typed document or query text) and returns status and parsed body. */
  gql<TResult, TVariables>(doc: TypedDocumentNode<TResult, TVariables> | DocumentNode | string, variables?: TVariables): Promise<GraphQLResponse<TResult>>;
  post(body: string, contentType?: string): Promise<{ status: number; body: any }>;
  /** Runs a query that must succeed (HTTP 200, no errors) and returns its data. */
  data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export function hubClient(url: string): HubClient {
  const post = async (body: string, contentType = 'application/json') => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });
    return { status: res.status, body: await res.json() };
  };
  const gql: HubClient['gql'] = (doc, variables) => post(JSON.stringify({ query: typeof doc === 'string' ? doc : print(doc), variables })) as any;
  return {
    url,
    post,
    gql,
    data: async (query, variables) => {
      const res = await gql(query, variables);
      expect(res.body.errors).toBeUndefined();
      expect(res.status).toBe(200);
      return res.body.data as any;
    },
  };
}

/**
 * The hub the read-only test files share: `npm start`'s server in its own process over a copy of
 * the seeded template, started once by global-setup.ts (no response cache, no rate limit, as
 * every test hub). Files that only query use it instead of starting a hub of their own; a file
 * that counts metrics or log lines, changes data or needs other settings starts its own.
 */
export function sharedHub(): HubClient & { adminUrl: string } {
  const url = process.env.TEST_SHARED_HUB_URL;
  const adminUrl = process.env.TEST_SHARED_HUB_DATABASE;
  if (!url || !adminUrl) throw new Error('TEST_SHARED_HUB_URL is not set: run the tests through jest (globalSetup starts the shared hub)');
  return { ...hubClient(url), adminUrl };
}
