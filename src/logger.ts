import pino from 'pino';

/**
 * Structured JSON logs; LOG_LEVEL=silent in tests keeps jest output readable. Written to stdout
 * asynchronously: one line per request written synchronously was a system call per request on
 * the hot path; lines logged while a write is under way go out together, and pino flushes what
 * is left when the process exits.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { service: 'incheon-plan-hub', pid: process.pid }, // pid: which process of WORKERS=n wrote it
  timestamp: pino.stdTimeFunctions.isoTime,
}, pino.destination({ dest: 1, sync: false }));
