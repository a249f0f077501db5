import { rmSync } from 'node:fs';
import { quoteIdent, withClient } from '../../src/db/database';

export default async function globalTeardown() {
  const run = globalThis as any;
  await run.__hubTestShared?.stop();
  const template = run.__hubTestTemplate;
  if (template) await withClient(template.serverUrl, (c) => c.query(`drop database if exists ${quoteIdent(template.template)} with (force)`));
  await run.__hubTestPostgres?.server.stop();
  // every temporary folder of the run is in this one (global-setup.ts): data folders, seed copies, secrets, the test server's
  if (run.__hubTestRun) rmSync(run.__hubTestRun, { recursive: true, force: true });
}
