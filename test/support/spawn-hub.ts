// The hub as users run it (`npm start`: dist/server.js) in a child process, for tests of
// processes: workers, replicas, restarts.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export const root = join(__dirname, '../..');

export interface SpawnedHub {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** SIGTERM, then the exit code. */
  stop: () => Promise<number | null>;
}

const running = new Set<ChildProcess>();
/** Whatever a failed test left running: call from afterAll. */
export function killSpawnedHubs(): void {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

export const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => {
  if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
  else child.once('exit', (code) => resolve(code));
});

/** Starts dist/server.js with `env` over the test's environment and waits for its ready line. */
export function spawnHub(env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<SpawnedHub> {
  const child = spawn(process.execPath, ['dist/server.js'], { cwd: root, env: { ...process.env, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = output.match(/Incheon Plan Hub ready: (\S+)/);
      if (ready) {
        clearTimeout(timer);
        resolve({
          child, url: ready[1], output: () => output,
          stop: async () => { const done = exited(child); child.kill('SIGTERM'); return done; },
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}:\n${output}`)); });
  });
}

/** The JSON log lines of a hub's output. */
export const logLines = (output: string): Record<string, any>[] =>
  output.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));

export async function query(url: string, text: string): Promise<{ status: number; body: any }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: text }) });
  return { status: res.status, body: await res.json() };
}

/** Polls `probe` until it returns true (every 100 ms, `ms` at most); returns whether it did. */
export async function eventually(probe: () => Promise<boolean>, ms = 10_000): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
    if (await probe().catch(() => false)) return true;
  }
  return probe().catch(() => false);
}
