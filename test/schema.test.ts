// The schema's promises that need no database: every type, field and argument is described,
// the committed SDL is what the code builds, and the committed typed documents are what
// codegen makes of it and schema/operations.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isInputObjectType, isInterfaceType, isObjectType, lexicographicSortSchema, printSchema } from 'graphql';
import { hubSchema } from '../src/graph/schema';

test('every type, field and argument has a description', async () => {
  const schema = await hubSchema();
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
  }
  expect(missing).toEqual([]);
});

test('schema/schema.graphql is the schema the code builds', async () => {
  const built = printSchema(lexicographicSortSchema(await hubSchema())) + '\n';
  expect(readFileSync(join(__dirname, '../schema/schema.graphql'), 'utf8')).toBe(built);
});

test('test/generated/graphql.ts is what `npm run codegen` makes of the schema and schema/operations', async () => {
  const root = join(__dirname, '..');
  const check = await new Promise<{ code: number | null; output: string }>((resolve) => {
    execFile(process.execPath, [join(root, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'codegen.yml', '--check'], { cwd: root },
      (err, stdout, stderr) => resolve({ code: err ? (err as { code?: number }).code ?? 1 : 0, output: stdout + stderr }));
  });
  expect({ code: check.code, stale: check.output.includes('stale files') }).toEqual({ code: 0, stale: false }); // else: npm run codegen, and commit it
});

test('the API names the issue fixed are all there', async () => {
  const schema = await hubSchema();
  expect(Object.keys(schema.getQueryType()!.getFields()).sort()).toEqual([
    'auditFindings', 'budgetFacts', 'budgetSummary', 'changes', 'civicOrganisations', 'committees', 'documents', 'indicatorObservations', 'indicatorSeries',
    'indicators', 'indicatorsAggregate', 'node', 'organisations', 'people', 'programSeries', 'programs', 'programsAggregate', 'search', 'strategies', 'year', 'years',
  ]);
  const fields = (name: string) => Object.keys((schema.getType(name) as any).getFields());
  expect(fields('Organisation')).toEqual(expect.arrayContaining(['id', 'name', 'kind', 'years', 'parent', 'children', 'staffing', 'budgets', 'strategies', 'programs', 'committees', 'auditFindings', 'people']));
  expect(fields('Program')).toEqual(expect.arrayContaining(['id', 'year', 'title', 'status', 'period', 'totalBudgetMillionKrw', 'nationalSupport', 'organisation', 'strategy', 'document', 'budgets', 'indicators', 'sourceLine']));
  expect(fields('BudgetLine')).toEqual(expect.arrayContaining(['fiscalYear', 'millionKrw', 'phase', 'quarter', 'category', 'unitAsPrinted', 'document', 'sourceLine']));
  expect(fields('Role')).toEqual(expect.arrayContaining(['title', 'organisation', 'asOf', 'document', 'sourceLine']));
  for (const record of ['Strategy', 'Program', 'Indicator', 'IndicatorValue', 'Committee', 'CivicOrganisation', 'AuditFinding', 'Staffing', 'BudgetLine', 'Role', 'SourceDocument']) {
    expect({ record, hasSourceLine: fields(record).includes('sourceLine') }).toEqual({ record, hasSourceLine: true });
  }
});
