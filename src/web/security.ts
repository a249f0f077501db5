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

export function securityHeaders(): express.RequestHandler {
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
