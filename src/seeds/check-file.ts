// Validates one document seed file against the schema: `npm run seed -- --check FILE`.
import { validateDocumentFile } from './read-seed-files';

export function checkFile(path: string): number {
  const { seed, problems } = validateDocumentFile(path);
  if (problems.length) {
    console.error(problems.join('\n'));
    return 1;
  }
  const counts = Object.entries(seed!)
    .filter(([, v]) => Array.isArray(v))
    .map(([k, v]) => `${k} ${(v as unknown[]).length}`);
  console.log(`${path}: valid (${counts.join(', ')})`);
  return 0;
}

if (require.main === module) process.exitCode = checkFile(process.argv[2]);
