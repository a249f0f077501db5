// Secrets of a data folder (the embedded superuser's password, the reader role's): made once,
// kept in the folder with mode 0600, read again by every later start.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The data folder (DATA_DIR, `.data` by default): the embedded cluster and the secrets. */
export const dataFolder = (env = process.env) => resolve(env.DATA_DIR ?? '.data');

/**
 * A secret of this data folder, made once and kept in it (mode 0600): a second start reads the
 * same one, so it never changes what a running hub relies on.
 */
export function folderSecret(folder: string, name: string): string {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const file = join(folder, `${name}.secret`);
  try {
    writeFileSync(file, randomBytes(18).toString('base64url'), { mode: 0o600, flag: 'wx' }); // fails if it exists: first writer wins
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  chmodSync(file, 0o600);
  return readFileSync(file, 'utf8').trim();
}


/** Writes a secret the folder must hold (one another hub made first), mode 0600. */
export function keepFolderSecret(folder: string, name: string, value: string): void {
  if (folderSecret(folder, name) === value) return;
  writeFileSync(join(folder, `${name}.secret`), value, { mode: 0o600 });
  chmodSync(join(folder, `${name}.secret`), 0o600);
}
