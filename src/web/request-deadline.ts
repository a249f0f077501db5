// The last line behind the cost limit: a request has REQUEST_TIMEOUT_MS to answer, and the work
// stops when the client goes away. Either ends the request's signal; the read path then cancels
// the statement running in PostgreSQL (db/read-pool.ts) and runs no further ones.
import type express from 'express';
import { GraphQLError } from 'graphql';

export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

export const requestTimedOut = (ms: number) => new GraphQLError(
  `The request took longer than ${ms / 1000} s and was stopped: ask for less (a smaller first, fewer fields), or retry later.`,
  { extensions: { code: 'REQUEST_TIMEOUT', timeoutMs: ms, http: { status: 504 } } },
);

/** No one will read the answer: nothing is sent, the work just stops. */
export const clientWentAway = () => new GraphQLError('The client closed the connection before the answer.', { extensions: { code: 'CLIENT_CLOSED_REQUEST' } });

/** The request's signal, set by requestDeadline (an AbortSignal that never ends when there is none). */
export const requestSignal = (res: express.Response): AbortSignal => (res.locals.signal as AbortSignal | undefined) ?? new AbortController().signal;

/** Gives each request a signal that ends after timeoutMs (0: never) or when the client hangs up first. */
export function requestDeadline(timeoutMs: number): express.RequestHandler {
  return (_req, res, next) => {
    const controller = new AbortController();
    res.locals.signal = controller.signal;
    const timer = timeoutMs > 0 ? setTimeout(() => controller.abort(requestTimedOut(timeoutMs)), timeoutMs) : undefined;
    timer?.unref();
    res.once('close', () => {
      clearTimeout(timer);
      if (!res.writableFinished) controller.abort(clientWentAway()); // closed before the whole answer went out
    });
    next();
  };
}
