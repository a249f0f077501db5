// `npm run schema`: writes schema/schema.graphql, the committed SDL reviewers diff. `--check` fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { hubSchema } from './schema';

export const SCHEMA_FILE = resolve(__dirname, '../../schema/schema.graphql');

async function main(check: boolean) {
  const sdl = printSchema(lexicographicSortSchema(await hubSchema())) + '\n';
  let current = '';
  try { current = readFileSync(SCHEMA_FILE, 'utf8'); } catch { /* first run */ }
  if (check) {
    if (current !== sdl) {
      console.error(`${SCHEMA_FILE} is stale: run \`npm run schema\` and commit it`);
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(SCHEMA_FILE, sdl);
  console.log(`${SCHEMA_FILE}: ${current === sdl ? 'unchanged' : 'written'}`);
}

main(process.argv.includes('--check')).catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
