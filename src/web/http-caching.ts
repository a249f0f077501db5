// HTTP caching of reads by GET. The data changes only when seeds load, and each load raises the
// data version (db/data-version.ts), so an answer is identified by (data version, request): the
// strong ETag is derived from both, and a conditional GET whose ETag still matches is answered
// 304 before anything runs. Browsers and proxies may reuse an answer for CACHE_MAX_AGE seconds
// and must revalidate after; a seed load is visible to a revalidating client at once.
import { createHash } from 'node:crypto';
import type express from 'express';
import onHeaders from 'on-headers';
import type pg from 'pg';
import { isDatabaseUnavailable, noteDown } from '../db/read-pool';

const VERSION = { name: 'hub_data_version', text: 'select version::text from data_version where id = 1', values: [] };

export interface HttpCachingOptions {
  /** Seconds a cache may reuse an answer without asking (Cache-Control max-age). */
  maxAgeSeconds: number;
}

/** The headers whose value changes the answer's bytes: what the ETag and Vary cover. */
const VARIES = ['accept', 'accept-encoding'] as const;

/** poolOf: the pool this request reads from (the version must come from the server the answer comes from). */
export function httpCaching(poolOf: (res: express.Response) => pg.Pool, { maxAgeSeconds }: HttpCachingOptions): express.RequestHandler {
  return async (req, res, next) => {
    const pool = poolOf(res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Cache-Control', 'no-store'); // POST answers are not cacheable by HTTP caches anyway
      return next();
    }
    let version: string;
    try {
      const { rows } = await pool.query<{ version: string }>(VERSION);
      version = rows[0].version;
    } catch (err) {
      if (isDatabaseUnavailable(err)) noteDown(pool);
      return next(err);
    }
    const request = [req.originalUrl, ...VARIES.map((h) => req.headers[h] ?? '')].join('\n');
    const etag = `"v${version}-${createHash('sha256').update(request).digest('base64url').slice(0, 27)}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', `public, max-age=${maxAgeSeconds}, must-revalidate`);
    res.vary('Accept');
    res.vary('Accept-Encoding'); // a 304 carries the Vary of the 200 it stands for
    if (matches(req.headers['if-none-match'], etag)) {
      res.status(304).end();
      return;
    }
    // an error is not a representation to revalidate against
    onHeaders(res, () => {
      if (res.statusCode !== 200) {
        res.removeHeader('ETag');
        res.setHeader('Cache-Control', 'no-store');
      }
    });
    next();
  };
}

/** If-None-Match: `*` or a list of entity tags (weak ones compare weakly, RFC 9110 13.1.2). */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').map((t) => t.trim().replace(/^W\//u, '')).includes(etag);
}
