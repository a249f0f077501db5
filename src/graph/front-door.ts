// Requests the hub has answered before (the same query text, operation name and variables: a
// dashboard's refresh, a BI tool's next poll) are answered here, before Apollo's request pipeline.
// Parsing, validation, costing and compiling were done the first time; Apollo's per-request work
// (its hooks, header maps, result formatting) was about a third of the CPU of a small query.
// Only plain successes go out from here: a request with other media types, extensions or GET,
// and any answer with an error, take Apollo's way, which formats them as always (the statements
// of a failed attempt then run once more, which only errors pay for).
import type express from 'express';
import type { HubContext } from './context';
import type { SqlExecution } from './executor';
import { costExtension, logRequest } from './request-log';
import type { HubMetrics } from '../web/operators';

/** What Apollo answers a request without Accept, or accepting plain JSON or anything. */
const JSON_TYPE = 'application/json; charset=utf-8';
const PLAIN_ACCEPTS = new Set(['application/json', '*/*']);

interface FrontDoorOptions {
  execution: SqlExecution;
  contextOf: (req: express.Request, res: express.Response) => HubContext;
  metrics: Pick<HubMetrics, 'observe'>;
  /** Counts the request as running until its answer is out (shutdown waits for it). */
  track: <T>(work: Promise<T>) => Promise<T>;
}

export function frontDoor({ execution, contextOf, metrics, track }: FrontDoorOptions): express.RequestHandler {
  return (req, res, next) => {
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown; extensions?: unknown } | undefined;
    const accept = req.headers.accept;
    if (req.method !== 'POST' || typeof body?.query !== 'string' || body.extensions !== undefined
      || (accept !== undefined && !PLAIN_ACCEPTS.has(accept))
      || (body.operationName != null && typeof body.operationName !== 'string')
      || (body.variables != null && (typeof body.variables !== 'object' || Array.isArray(body.variables)))) return next();
    const known = execution.known(body.query, body.operationName as string | undefined, (body.variables ?? undefined) as Record<string, unknown> | undefined);
    if (!known) return next();
    const started = performance.now();
    const context = contextOf(req, res);
    context.cost = known.cost;
    track(execution.answer(known, context)).then((result) => {
      if (result.errors) return next(); // Apollo's way: its status, its error format
      const ms = performance.now() - started;
      res.setHeader('content-type', JSON_TYPE);
      res.send(JSON.stringify({ data: result.data, extensions: { cost: costExtension(context) } }) + '\n');
      logRequest(context, (body.operationName as string | undefined) ?? null, ms, 0);
      metrics.observe({ operationName: known.operationName, status: 200, errorCodes: [], seconds: ms / 1000, sqlStatements: context.sqlStatements, knownRequest: true });
    }, () => next()); // a failure too: Apollo's way answers it as it answers any other
  };
}
