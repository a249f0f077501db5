// The read path is typed by the database: src/db/tables.ts is what kysely-codegen reads from
// the migrated schema, and a GraphQL class that reads a missing column, a nullable column for
// a non-null field, or leaves a field without a column, does not compile.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import ts from 'typescript';
import { dropDatabase, seededDatabase } from './support/databases';

const root = join(__dirname, '..');

test('a misread column is a compile error, not a silent null', () => {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const fixture = join(__dirname, 'fixtures/misread-columns.ts');
  // the project's options, without ambient types (node, jest) and the DOM, which the fixture does not use: twice as fast
  const program = ts.createProgram([fixture], { ...config.options, noEmit: true, types: [], lib: ['lib.es2022.d.ts'] });
  const errors = ts.getPreEmitDiagnostics(program, program.getSourceFile(fixture))
    .map((d) => `${program.getSourceFile(fixture)!.getLineAndCharacterOfPosition(d.start!).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
  expect(errors).toEqual([
    expect.stringMatching(/^16: .*The types of 'totalBudgetMillionKrw' are incompatible .*Type 'number \| null' is not assignable to type 'number'/),
    expect.stringMatching(/^18: Property 'titel' does not exist on type 'TableRef<"program">'\. Did you mean 'title'\?/),
    expect.stringMatching(/^31: .*Property 'section' is missing in type '\{ year: Expr<number>; \}'/),
  ]);
});

describe('src/db/tables.ts', () => {
  let adminUrl: string;
  beforeAll(async () => { adminUrl = await seededDatabase('tables'); });
  afterAll(async () => { await dropDatabase(adminUrl); });

  test('is what kysely-codegen reads from the migrated database (`npm run db:types` rewrites it)', () => {
    const bin = join(root, 'node_modules/.bin/kysely-codegen');
    const out = execFileSync(bin, ['--config-file', 'src/db/kysely-codegen.config.cjs', '--verify', '--url', adminUrl], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/up-to-date/i);
  });
});
