import { rmSync } from 'node:fs';
import { quoteIdent, withClient } from '../../src/db/database';

export default async function globalTeardown() {
  await (globalThis as any).__hubTestShared?.stop();
  const secrets = (globalThis as any).__hubTestSecrets;
  if (secrets) rmSync(secrets, { recursive: true, force: true });
  const template = (globalThis as any).__hubTestTemplate;
  if (template) await withClient(template.serverUrl, (c) => c.query(`drop database if exists ${quoteIdent(template.template)} with (force)`));
  const running = (globalThis as any).__hubTestPostgres;
  if (!running) return;
  await running.server.stop();
  rmSync(running.dir, { recursive: true, force: true });
}
