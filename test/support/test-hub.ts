// A real hub per test file, in the test's process: its own database on the test PostgreSQL
// (databases.ts), migrations, seeds, the read-only API role, and the HTTP server on a free port.
import { startHub, type RunningHub } from '../../src/hub';
import { dropDatabase, freshDatabase, readerRoleOf, seededDatabase } from './databases';
import { hubClient, type HubClient } from './hub-client';

export type { GraphQLResponse } from './hub-client';

export interface TestHub extends RunningHub, HubClient {
  close(): Promise<void>;
}

export async function startTestHub(label: string, options: { seedDir?: string; responseCacheMb?: number; rateLimitPerMinute?: number; env?: Record<string, string> } = {}): Promise<TestHub> {
  // A custom seed folder is loaded into an empty database; the real seeds come with the template.
  const adminUrl = options.seedDir ? await freshDatabase(label) : await seededDatabase(label);
  // No response cache unless a test asks: tests count the SQL statements of each request.
  const hub = await startHub({
    port: 0, readerRole: readerRoleOf(adminUrl), seedDir: options.seedDir, responseCacheMb: options.responseCacheMb ?? 0, rateLimitPerMinute: options.rateLimitPerMinute ?? 0,
  }, { ...process.env, ...options.env, DATABASE_URL: adminUrl });
  return {
    ...hub,
    ...hubClient(hub.url),
    close: async () => {
      await hub.stop();
      await dropDatabase(adminUrl);
    },
  };
}
