import pino from 'pino';

/** Structured JSON logs; LOG_LEVEL=silent in tests keeps jest output readable. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { service: 'incheon-plan-hub', pid: process.pid }, // pid: which process of WORKERS=n wrote it
  timestamp: pino.stdTimeFunctions.isoTime,
});
