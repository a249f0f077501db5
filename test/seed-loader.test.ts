// The seed loader against a real PostgreSQL: precise validation errors, nothing written
// on failure (per-table checksums), idempotent reloads, edits and removals.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ENTITIES } from '../src/db/entities';
import { openOrm } from '../src/db/orm';
import { SeedReferenceError, buildRows, toMillionKrw } from '../src/seeds/build-rows';
import { loadSeeds } from '../src/seeds/load-seeds';
import { SeedError, readSeedFiles } from '../src/seeds/read-seed-files';
import { writeRows } from '../src/seeds/write-rows';
import { copyOfRealSeeds, editSeed } from './support/seed-dirs';
import { dropDatabase, seededDatabase } from './support/databases';

let adminUrl: string;
let orm: MikroORM;

beforeAll(async () => {
  adminUrl = await seededDatabase('seeds'); // migrated, the real seeds loaded
  orm = await openOrm(adminUrl);
});
afterAll(async () => {
  await orm?.close();
  await dropDatabase(adminUrl);
});

/** One md5 per table over every row in id order: equal checksums, equal contents. */
async function tableChecksums(): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  for (const entity of ENTITIES) {
    const table = entity.meta.tableName;
    const [row] = await orm.em.fork().getConnection().execute(`select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as sum from "${table}" t`);
    sums[table] = `${row.n}:${row.sum}`;
  }
  return sums;
}

async function expectFailureLeavesDatabaseAsItWas(dir: string, expected: RegExp) {
  const before = await tableChecksums();
  await expect(loadSeeds(orm, dir)).rejects.toThrow(expected);
  expect(await tableChecksums()).toEqual(before);
}

describe('validation names file, record and field, and writes nothing', () => {
  test('a wrong type in a nested field', async () => {
    const dir = copyOfRealSeeds('council-report-2020-communication.yaml');
    editSeed(dir, 'council-report-2020-communication.yaml', (seed) => { seed.programs[0].budgets[1].amount = 'a lot'; });
    const title = readSeedFiles(copyOfRealSeeds()).documents.find((d) => d.file === 'council-report-2020-communication.yaml')!.seed.programs[0].title;
    await expectFailureLeavesDatabaseAsItWas(dir, new RegExp(
      `council-report-2020-communication\\.yaml: programs\\[0\\] «${title.replace(/[()]/g, '.')}» › budgets\\[1\\] › amount \\(line \\d+\\): Invalid input: expected number, received string`));
  });

  test('a missing required field and an unknown field', async () => {
    const dir = copyOfRealSeeds('plan-2019-planning-coordination.yaml');
    editSeed(dir, 'plan-2019-planning-coordination.yaml', (seed) => {
      delete seed.committees[0].kind;
      seed.staffing[2].authorised = 3; // misspelt field name
    });
    const error = await loadSeeds(orm, dir).catch((e) => e);
    expect(error).toBeInstanceOf(SeedError);
    expect(error.problems).toEqual([
      expect.stringMatching(/^plan-2019-planning-coordination\.yaml: staffing\[2\] «.+» \(line \d+\): Unrecognized key: "authorised"$/),
      expect.stringMatching(/^plan-2019-planning-coordination\.yaml: committees\[0\] «.+» › kind \(line \d+\): Invalid option: expected one of "CITY_COMMITTEE"\|"COUNCIL_COMMITTEE"$/),
    ]);
  });

  test('a reference to an organisation the registry lacks', async () => {
    const dir = copyOfRealSeeds();
    editSeed(dir, 'council-report-2020-communication.yaml', (seed) => { seed.committees[3].org = '없는담당관'; });
    await expectFailureLeavesDatabaseAsItWas(dir,
      /council-report-2020-communication\.yaml: committees\[3\] «기부심사위원회» › org: unknown organisation 없는담당관 \(add it to organisations\.yaml\)/);
  });

  test('two records claiming one fact', async () => {
    const dir = copyOfRealSeeds();
    editSeed(dir, 'council-report-2020-communication.yaml', (seed) => { seed.civicOrganisations.push({ ...seed.civicOrganisations[0] }); });
    const error = await loadSeeds(orm, dir).catch((e) => e);
    expect(error).toBeInstanceOf(SeedReferenceError);
    expect(error.problems).toEqual([expect.stringMatching(/civicOrganisations\[5\] «인천광역시 새마을회»: duplicates .*civicOrganisations\[0\].*give one of them a distinct key/)]);
  });

  test('YAML that does not parse', async () => {
    const dir = copyOfRealSeeds('council-report-2020-communication.yaml');
    require('node:fs').writeFileSync(join(dir, 'council-report-2020-communication.yaml'), 'document: {slug: x\n  - broken');
    await expectFailureLeavesDatabaseAsItWas(dir, /council-report-2020-communication\.yaml: not valid YAML: /);
  });

  test('a failure inside the write transaction rolls every table back', async () => {
    const rows = buildRows(readSeedFiles(copyOfRealSeeds()));
    rows.Committee[0] = { ...rows.Committee[0], name: '바뀐 이름' }; // an update that would land…
    rows.TotalCheck.push({ ...rows.TotalCheck[0], id: 'total:x', document: 'no-such-document' }); // …before this FK violation
    const before = await tableChecksums();
    await expect(writeRows(orm.em.fork(), rows, 'a hash')).rejects.toThrow(/foreign key/);
    expect(await tableChecksums()).toEqual(before);
  });

  test('`npm run seed -- --check FILE` reports problems with exit code 1', async () => {
    const dir = copyOfRealSeeds();
    editSeed(dir, 'council-report-2020-communication.yaml', (seed) => { seed.document.kind = 'MAGAZINE'; });
    const run = promisify(execFile)(process.execPath, ['dist/seeds/cli.js', '--check', join(dir, 'council-report-2020-communication.yaml')], { cwd: join(__dirname, '..') });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('council-report-2020-communication.yaml: document › kind (line 3): Invalid option') });
  });
});

describe('loading is idempotent and follows the files', () => {
  test('loading the same files again changes nothing', async () => {
    const before = await tableChecksums();
    const summary = await loadSeeds(orm);
    expect(summary.changes.filter((c) => c.inserted || c.updated || c.deleted)).toEqual([]);
    expect(await tableChecksums()).toEqual(before);
  });

  test('an edited record is updated and a removed record is deleted; reloading the originals restores them', async () => {
    const original = await tableChecksums();
    const dir = copyOfRealSeeds();
    editSeed(dir, 'council-report-2020-communication.yaml', (seed) => {
      seed.civicOrganisations = seed.civicOrganisations.filter((c: any) => c.name !== '인천광역시 주민자치연합회');
      seed.committees.find((c: any) => c.name === '규제개혁위원회').memberCount = 19;
    });
    const summary = await loadSeeds(orm, dir);
    // Total checks over committees and civic members are re-computed, hence may change too.
    const changed = summary.changes.filter((c) => (c.inserted || c.updated || c.deleted) && c.table !== 'TotalCheck');
    expect(changed).toEqual([
      { table: 'Committee', rows: expect.any(Number), inserted: 0, updated: 1, deleted: 0 },
      { table: 'CivicOrganisation', rows: expect.any(Number), inserted: 0, updated: 0, deleted: 1 },
    ]);
    const [committee] = await orm.em.fork().getConnection().execute(`select member_count from committee where name = '규제개혁위원회'`);
    expect(committee.member_count).toBe(19);

    await loadSeeds(orm);
    expect(await tableChecksums()).toEqual(original);
  });

  test('ids come from content, so they survive a reload from scratch', async () => {
    const rowsA = buildRows(readSeedFiles(copyOfRealSeeds()));
    const rowsB = buildRows(readSeedFiles(copyOfRealSeeds()));
    expect(rowsA.Program.map((p) => p.id)).toEqual(rowsB.Program.map((p) => p.id));
    expect(rowsA.Program.find((p) => p.title === '시민과 함께하는 공감시정 구현')?.id).toBe('program:council-report-2020-communication:시민과함께하는공감시정구현');
  });
});

describe('text is NFC-normalised on load', () => {
  test('a file written with decomposed Hangul (NFD) loads as composed text', async () => {
    const dir = copyOfRealSeeds();
    const path = join(dir, 'council-report-2020-communication.yaml');
    const fs = require('node:fs');
    fs.writeFileSync(path, fs.readFileSync(path, 'utf8').normalize('NFD'));
    const rows = buildRows(readSeedFiles(dir));
    const civic = rows.CivicOrganisation.find((c) => c.id === 'civic:council-report-2020-communication:인천사랑운동시민협의회');
    expect(civic?.name).toBe('인천사랑운동 시민협의회'.normalize('NFC'));
    expect((civic?.name as string).length).toBe(12);
  });
});

describe('money units', () => {
  test('억원 ×100, 천원 ÷1000, 원 ÷1,000,000 into million KRW', () => {
    expect(toMillionKrw(6287, '억원')).toBe(628700);
    expect(toMillionKrw(528000, '천원')).toBe(528);
    expect(toMillionKrw(365400000, '원')).toBe(365.4);
    expect(toMillionKrw(9597, '백만원')).toBe(9597);
  });
});

describe('two loads at once', () => {
  test('they never interleave: the database ends as exactly one file set loaded, and the other load\'s diff ran after it', async () => {
    // two file sets that differ in many rows of several tables: B changes every budget figure of the 2020 report and drops its findings
    const a = copyOfRealSeeds();
    const b = copyOfRealSeeds();
    editSeed(b, 'council-report-2020-communication.yaml', (seed) => {
      for (const p of seed.programs) for (const line of p.budgets ?? []) line.amount += 1;
      seed.auditFindings = [];
    });
    const [ormA, ormB] = await Promise.all([openOrm(adminUrl), openOrm(adminUrl)]);
    try {
      const results = await Promise.allSettled([loadSeeds(ormA, a), loadSeeds(ormB, b)]);
      expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : r.status))).toEqual(['fulfilled', 'fulfilled']);
      // whichever committed last is the database's content, whole: never a mix of A and B
      const after = await tableChecksums();
      await loadSeeds(orm, a);
      const asA = await tableChecksums();
      await loadSeeds(orm, b);
      const asB = await tableChecksums();
      const strip = (sums: Record<string, string>) => { const { data_version: _v, ...rest } = sums; return rest; };
      expect([strip(asA), strip(asB)]).toContainEqual(strip(after));
    } finally {
      await Promise.all([ormA.close(), ormB.close()]);
      await loadSeeds(orm, copyOfRealSeeds()); // as the other tests expect
    }
  });
});

describe('hostile seed files are refused, naming file, record and field, and the database stays as it was', () => {
  const F = 'council-report-2020-communication.yaml';
  const append = (dir: string, text: string) => require('node:fs').appendFileSync(join(dir, F), text);
  const cases: [string, (dir: string) => void, RegExp][] = [
    ['negative staffing', (d) => editSeed(d, F, (s) => { s.staffing[0].authorized = -3; }),
      /council-report-2020-communication\.yaml: staffing\[0\] .*› authorized \(line 50\): Too small: expected number to be >=0/u],
    ['a negative amount without a printed reduction', (d) => editSeed(d, F, (s) => { s.programs[0].budgets[0].amount = -183; }),
      /programs\[0\] «시민과 함께하는 공감시정 구현» › budgets\[0\] › amount \(line 546\): a negative amount needs a printed reduction/u],
    ['an integer beyond 2^53', (d) => editSeed(d, F, (s) => { s.programs[0].budgets[0].amount = 9007199254740993; }),
      /programs\[0\] «시민과 함께하는 공감시정 구현» › budgets\[0\] › amount: 9007199254740992 is not a number held exactly/u],
    ['a line beyond PostgreSQL\'s integer', (d) => editSeed(d, F, (s) => { s.programs[0].line = 3_000_000_000; }),
      /programs\[0\] «시민과 함께하는 공감시정 구현» › line .*a line number is at most 2147483647/u],
    ['a NUL character', (d) => editSeed(d, F, (s) => { s.programs[0].title = 'a\u0000b'; }),
      /programs\[0\] «a\u0000b» › title: contains a NUL character/u],
    ['a 20,000-character field', (d) => editSeed(d, F, (s) => { s.programs[0].period = 'x'.repeat(20_000); }),
      /programs\[0\] «시민과 함께하는 공감시정 구현» › period: 20000 characters; a text field may have at most 10000/u],
    ['invalid UTF-8', (d) => require('node:fs').writeFileSync(join(d, F), Buffer.concat([require('node:fs').readFileSync(join(d, F)), Buffer.from([0xff, 0xfe, 0x0a])])),
      /council-report-2020-communication\.yaml: not valid UTF-8/u],
    ['an unknown YAML tag', (d) => append(d, 'extra: !python/object nope\n'), /council-report-2020-communication\.yaml: not valid YAML: .*tag/iu],
    ['a duplicate key', (d) => append(d, 'units: []\n'), /council-report-2020-communication\.yaml: not valid YAML: duplicated mapping key \(file line \d+\)$/mu],
    ['an alias bomb', (d) => append(d, `bomb0: &b0 [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 8 }, (_, i) => `bomb${i + 1}: &b${i + 1} [${Array(10).fill(`*b${i}`).join(', ')}]`).join('\n')}\n`),
      /council-report-2020-communication\.yaml: not valid YAML: excessive alias count \(over 100 uses of aliases when expanded\)/u],
    ['a file over 5 MB', (d) => append(d, `# ${'x'.repeat(6 * 1024 * 1024)}\n`), /council-report-2020-communication\.yaml: \d+ bytes; a seed file may have at most 5242880/u],
    ['a symbolic link where a file belongs', (d) => {
      const fs = require('node:fs');
      fs.renameSync(join(d, F), join(d, 'elsewhere.txt'));
      fs.symlinkSync(join(d, 'elsewhere.txt'), join(d, F));
    }, /council-report-2020-communication\.yaml: not a plain file \(a symbolic link\)/u],
    ['a folder where a file belongs', (d) => {
      const fs = require('node:fs');
      fs.rmSync(join(d, F));
      fs.mkdirSync(join(d, F));
    }, /council-report-2020-communication\.yaml: not a plain file \(a folder\)/u],
  ];
  test.each(cases)('%s', async (_name, mutate, expected) => {
    const dir = copyOfRealSeeds(F);
    mutate(dir);
    await expectFailureLeavesDatabaseAsItWas(dir, expected);
  });

  test('aliases within the limit read as the values they stand for', () => {
    const fs = require('node:fs');
    const write = (dir: string, edit: (lines: string[]) => void) => {
      const lines = fs.readFileSync(join(dir, F), 'utf8').split('\n');
      edit(lines);
      fs.writeFileSync(join(dir, F), lines.join('\n'));
    };
    const budgetLine = (lines: string[]) => lines.findIndex((l) => l.startsWith('  - {amount: 324, unit: 백만원'));
    const spelledOut = copyOfRealSeeds();
    write(spelledOut, (lines) => { const i = budgetLine(lines); lines.splice(i + 1, 0, lines[i]); });
    const aliased = copyOfRealSeeds();
    write(aliased, (lines) => { const i = budgetLine(lines); lines.splice(i, 1, lines[i].replace('- {', '- &line {'), '  - *line'); });
    const report = (dir: string) => readSeedFiles(dir).documents.find((d) => d.file === F)!.seed;
    expect(report(aliased)).toEqual(report(spelledOut));
  });

  test('a reduction printed as such is kept as printed', () => {
    const dir = copyOfRealSeeds(F);
    editSeed(dir, F, (s) => { s.programs[0].budgets[0].amount = -183; s.programs[0].budgets[0].raw = '△183'; });
    expect(() => readSeedFiles(dir)).not.toThrow();
  });

  test('a load killed midway leaves the database as it was', async () => {
    const before = await tableChecksums();
    const dir = copyOfRealSeeds();
    editSeed(dir, F, (s) => { for (const p of s.programs) for (const b of p.budgets ?? []) b.amount += 1; });
    const child = require('node:child_process').spawn(process.execPath, ['dist/seeds/cli.js', '--dir', dir], {
      cwd: join(__dirname, '..'), env: { ...process.env, DATABASE_URL: adminUrl, LOG_LEVEL: 'debug' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    // kill it once it is writing (its per-table progress), before it commits
    await new Promise<void>((resolve) => {
      const onData = (chunk: Buffer) => { if (/budget_line|Staffing|writing|"table"/u.test(chunk.toString())) { child.kill('SIGKILL'); resolve(); } };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', () => resolve());
    });
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve)));
    expect(await tableChecksums()).toEqual(before);
  });
});
