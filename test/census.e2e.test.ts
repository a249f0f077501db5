// The census in seeds/README.md says how many records of each kind each document holds,
// counted from the documents; the loaded database must hold exactly that many.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { sharedHub } from './support/hub-client';

let db: Client;
beforeAll(async () => {
  db = new Client({ connectionString: sharedHub().adminUrl });
  await db.connect();
});
afterAll(async () => { await db?.end(); });

/** Census columns and the SQL that counts the loaded rows of one document ($1). */
const COUNTS: Record<string, string> = {
  units: 'select count(*) from organisation_snapshot where document_id = $1',
  staffing: 'select count(*) from staffing where document_id = $1',
  'budget lines (organisations)': 'select count(*) from budget_line where document_id = $1 and organisation_id is not null',
  strategies: 'select count(*) from strategy where document_id = $1',
  programs: 'select count(*) from program where document_id = $1',
  mentions: 'select count(*) from program_mention m join program p on p.id = m.program_id where p.document_id = $1',
  'budget lines (programs)': 'select count(*) from budget_line where document_id = $1 and program_id is not null',
  'project totals': 'select count(*) from project_total t join program p on p.id = t.program_id where p.document_id = $1',
  milestones: 'select count(*) from milestone m join program p on p.id = m.program_id where p.document_id = $1',
  'broken-down indicators': 'select count(*) from indicator where document_id = $1 and dimension_name is not null',
  committees: 'select count(*) from committee where document_id = $1',
  'civic organisations': 'select count(*) from civic_organisation where document_id = $1',
  'audit findings': 'select count(*) from audit_finding where document_id = $1',
  'planned actions': 'select count(*) from audit_action a join audit_finding f on f.id = a.finding_id where f.document_id = $1',
  people: 'select count(distinct person_id) from person_role where document_id = $1',
  'vacant posts': 'select count(*) from person_role where document_id = $1 and person_id is null',
  'printed totals': 'select count(*) from total_check where document_id = $1',
};

function readCensus(): { document: string; counts: Record<string, number> }[] {
  const readme = readFileSync(join(__dirname, '../seeds/README.md'), 'utf8');
  const block = readme.match(/<!-- census -->([\s\S]*?)<!-- \/census -->/);
  if (!block) throw new Error('seeds/README.md has no <!-- census --> table');
  const lines = block[1].trim().split('\n').filter((l) => l.startsWith('|'));
  const cells = (line: string) => line.split('|').slice(1, -1).map((c) => c.trim());
  const header = cells(lines[0]);
  return lines.slice(2).map((line) => {
    const row = cells(line);
    const document = row[0].match(/`([^`]+)`/)![1];
    return { document, counts: Object.fromEntries(header.slice(1).map((h, i) => [h, Number(row[i + 1])])) };
  });
}

test('the census covers every document and every counted kind', async () => {
  const census = readCensus();
  const { rows } = await db.query('select id from source_document order by id');
  expect(census.map((c) => c.document).sort()).toEqual(rows.map((r) => r.id));
  for (const c of census) expect(Object.keys(c.counts).sort()).toEqual(Object.keys(COUNTS).sort());
});

test.each(readCensus().map((c) => [c.document, c]))('%s: loaded records equal the census', async (document, census) => {
  const loaded: Record<string, number> = {};
  for (const [kind, query] of Object.entries(COUNTS)) {
    const { rows } = await db.query(query, [document]);
    loaded[kind] = Number(rows[0].count);
  }
  expect(loaded).toEqual((census as { counts: Record<string, number> }).counts);
});
