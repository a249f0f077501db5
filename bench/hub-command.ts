// The hub as `npm start` runs it (Node's flags and the script, from package.json), so a bench
// measures the process users run, with the young-generation size it is started with.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');

/** `node <flags> dist/server.js` of the start script, as arguments for spawn(process.execPath, …). */
export function hubStartArgs(): string[] {
  const start: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.start;
  const [command, ...args] = start.trim().split(/\s+/u);
  if (command !== 'node' || !args.at(-1)?.endsWith('.js')) throw new Error(`package.json's start script is not "node [flags] script.js": ${start}`);
  return args.map((arg) => (arg.endsWith('.js') ? join(root, arg) : arg));
}
