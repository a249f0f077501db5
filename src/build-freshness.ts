// `npm start` and the CLIs run the JavaScript built at install (`npm run build`, run by npm's
// `prepare`), not TypeScript compiled at each start. In a checkout whose src/ changed since,
// say so: otherwise the old code would run without a word.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { logger } from './logger';

function newestFile(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // only TypeScript is built; the dashboard's static files are served from src/ as they are
    newest = Math.max(newest, entry.isDirectory() ? newestFile(path) : entry.name.endsWith('.ts') ? statSync(path).mtimeMs : 0);
  }
  return newest;
}

export function warnIfBuildIsStale(): void {
  if (!__filename.endsWith('.js')) return; // running the TypeScript itself (npm run dev, tests)
  try {
    const source = join(__dirname, '..', 'src');
    // dist/.built is touched by every build (an incremental build rewrites only the files that changed)
    if (newestFile(source) > statSync(join(__dirname, '.built')).mtimeMs) {
      logger.warn({ dist: __dirname, src: source }, 'the built JavaScript is older than src/: run `npm run build` (or `npm run dev` to run the TypeScript)');
    }
  } catch {
    // no src/ beside dist/ (an installed build): nothing to compare
  }
}
