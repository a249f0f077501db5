// Security headers on every answer (helmet), and the switches a production deployment turns
// off: introspection, GraphiQL and field suggestions (`Did you mean …?` names the schema).
import type express from 'express';
import helmet from 'helmet';

export interface Exposure {
  introspection: boolean;
  graphiql: boolean;
}

/** NODE_ENV=production turns introspection and GraphiQL off; INTROSPECTION / GRAPHIQL (true|false) decide each. */
export function exposure(env = process.env): Exposure {
  const production = env.NODE_ENV === 'production';
  const flag = (value: string | undefined) => (value === undefined || value === '' ? !production : value !== 'false' && value !== '0');
  return { introspection: flag(env.INTROSPECTION), graphiql: flag(env.GRAPHIQL) };
}

/**
 * Helmet's headers, computed once: with a fixed policy they depend on nothing in the request, and
 * setting a list of ready pairs costs a fraction of running helmet's twelve middlewares per answer.
 */
export function securityHeaders(): express.RequestHandler {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader: (name: string, value: string) => { headers.push([name, value]); },
    removeHeader: () => {}, // X-Powered-By: express's own is off (app.disable)
  };
  helmetPolicy()({} as express.Request, recorder as unknown as express.Response, () => {});
  if (headers.length === 0) throw new Error('helmet set no header: its API changed');
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

function helmetPolicy() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'script-src': ["'self'"], // GraphiQL and the dashboard load scripts from the hub only, none inline
        'style-src': ["'self'", "'unsafe-inline'"], // the charts and GraphiQL set style attributes
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'upgrade-insecure-requests': null, // the hub serves plain HTTP on 127.0.0.1 by default
      },
    },
    crossOriginResourcePolicy: { policy: 'cross-origin' }, // public data: other origins may embed exports
  });
}
