// `npm run suggest-series`: candidate series links by title similarity on the real seeds,
// proposed and marked, never written.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { parse } from 'yaml';
import { ENTITIES } from '../src/db/entities';
import { openOrm } from '../src/db/orm';
import {
  candidatesYaml, suggestSeriesCandidates, type SeriesCandidate, type SuggestOptions,
} from '../src/domain/series/suggest-series';
import { loadSeeds } from '../src/seeds/load-seeds';
import { seriesFile } from '../src/seeds/seed-schema';
import { copyOfRealSeeds } from './support/seed-dirs';
import { dropDatabase, seededDatabase } from './support/databases';

let adminUrl: string;
let orm: MikroORM;

// seeds/series.yaml grows as people confirm links; the tests pin their own: the Smart GIS
// series as first curated, with the rest of the real seeds.
const SERIES_YAML = `
programSeries:
  - key: smart-gis-incheon
    title: Data 부자도시 스마트GIS인천
    members:
      - {id: 'program:plan-2018-administration:“스마트GIS인천”추진', reason: 2018 plan 001 l.95}
      - {id: "program:plan-2019-planning-coordination:Data부자도시'스마트GIS인천'", reason: 2019 plan 000 l.737}
indicatorSeries:
  - key: smart-gis-partner-departments
    name: 스마트GIS 협업부서 수
    unit: 부서
    members:
      - {id: 'indicator:plan-2018-administration:“스마트GIS인천”추진:협업부서확산', reason: 2018 plan 001 l.441}
      - {id: "indicator:plan-2019-planning-coordination:Data부자도시'스마트GIS인천':스마트GIS인천확대구축운영", reason: 2019 plan 000 l.829}
`;

beforeAll(async () => {
  adminUrl = await seededDatabase('suggest'); // the real seeds; the series of this test replace theirs below
  orm = await openOrm(adminUrl);
  const seeds = copyOfRealSeeds();
  writeFileSync(join(seeds, 'series.yaml'), SERIES_YAML);
  await loadSeeds(orm, seeds);
});
afterAll(async () => {
  await orm?.close();
  await dropDatabase(adminUrl);
});

const suggest = (options: SuggestOptions = {}) => suggestSeriesCandidates(orm.em.fork(), options);
const pairOf = (c: SeriesCandidate) => [c.earlier.id, c.later.id];

const GIS_2018 = 'program:plan-2018-administration:“스마트GIS인천”추진';
const GIS_2019 = "program:plan-2019-planning-coordination:Data부자도시'스마트GIS인천'";
const REGULATION_2019 = 'program:plan-2019-planning-coordination:불합리한규제발굴해소';
const REGULATION_2020 = 'program:council-report-2020-communication:불합리한규제발굴·해소';
const COMMUNITY_2018 = 'program:plan-2018-administration:지역주민이주도하는따뜻한마을공동체실현';
const COMMUNITY_2020 = 'program:council-report-2020-communication:지역주민이주도하는따뜻한마을공동체실현';

describe('candidates', () => {
  test('“스마트 GIS 인천” 추진 (2018) and Data 부자도시 \'스마트GIS인천\' (2019) score 0.43 on their titles; already linked, they show only with includeLinked, marked linked', async () => {
    const hidden = await suggest();
    expect(hidden.candidates.filter((c) => c.earlier.id === GIS_2018 && c.later.id === GIS_2019)).toEqual([]);
    expect(hidden.alreadyLinked).toEqual({ programs: 1, indicators: 0 });

    const shown = await suggest({ includeLinked: true });
    const pair = shown.candidates.find((c) => c.earlier.id === GIS_2018 && c.later.id === GIS_2019)!;
    // one record per initiative: the titles compared are the records' own (the 2018 core task 95, the 2019 총괄표 row 737),
    // each record's first mention is its line (2019: the strategy item 657)
    expect({ ...pair, score: +pair.score.toFixed(2) }).toEqual({
      kind: 'programs', score: 0.43, wordSimilarity: 0.75, link: 'linked',
      earlier: { id: GIS_2018, title: '“스마트 GIS 인천” 추진', unit: null, documentId: 'plan-2018-administration', planYear: 2018, sourceLine: 95, organisation: '토지정보과', seriesKey: 'smart-gis-incheon' },
      later: { id: GIS_2019, title: "Data 부자도시 '스마트GIS인천'", unit: null, documentId: 'plan-2019-planning-coordination', planYear: 2019, sourceLine: 657, organisation: '원도심스마트정보담당관', seriesKey: 'smart-gis-incheon' },
    });
    expect(shown.matched).toEqual({ programs: hidden.matched.programs + 1, indicators: hidden.matched.indicators });
    expect(shown.candidates.filter((c) => c.link === 'linked')).toHaveLength(1);
  });

  test('불합리한 규제 발굴 해소 (2019, one record for the row and the section) ↔ 불합리한 규제 발굴 · 해소 (2020) at 0.64, new', async () => {
    const { candidates } = await suggest({ kinds: ['programs'] });
    const regulation = candidates.filter((c) => c.later.id === REGULATION_2020);
    expect(regulation.map((c) => ({ ...c, score: +c.score.toFixed(2), wordSimilarity: +c.wordSimilarity.toFixed(2) }))).toEqual([
      { kind: 'programs', score: 0.64, wordSimilarity: 0.73, link: 'new',
        earlier: { id: REGULATION_2019, title: '불합리한 규제 발굴 해소', unit: null, documentId: 'plan-2019-planning-coordination', planYear: 2019, sourceLine: 622, organisation: '법무담당관', seriesKey: null },
        later: { id: REGULATION_2020, title: '불합리한 규제 발굴 · 해소', unit: null, documentId: 'council-report-2020-communication', planYear: 2020, sourceLine: 34, organisation: '혁신담당관', seriesKey: null } },
    ]);
  });

  test('records of one document are never paired', async () => {
    const { candidates, matched } = await suggest({ minScore: 0.2, limit: 10_000, includeLinked: true });
    expect(candidates.length).toBe(matched.programs + matched.indicators);
    expect(candidates.length).toBeGreaterThan(100);
    expect(candidates.filter((c) => c.earlier.documentId === c.later.documentId || c.earlier.planYear >= c.later.planYear)).toEqual([]);
  });

  test('--min-score keeps pairs at or above it, best first; --limit cuts the list, not the counts', async () => {
    const all = await suggest();
    expect(all.matched).toEqual({ programs: 6, indicators: 8 });
    expect(all.candidates).toHaveLength(14);
    expect(all.candidates.every((c) => c.score >= 0.4)).toBe(true);

    const strict = await suggest({ minScore: 0.7 });
    expect(strict.candidates.map((c) => [c.kind, c.score.toFixed(2), c.earlier.title, c.later.title])).toEqual([
      ['programs', '1.00', '지역주민이 주도하는 따뜻한 마을공동체 실현', '지역주민이 주도하는 따뜻한 마을공동체 실현'],
      ['programs', '1.00', '데이터 기반 일하는 방식 개선', '데이터 기반 일하는 방식 개선'],
      ['programs', '1.00', '제안활성화를 통한 시민의 정책혁신 참여 확대', '제안활성화를 통한 시민의 정책혁신 참여 확대'],
      ['indicators', '1.00', '인천광역시 스마트자가통신망 구축', '인천광역시 스마트자가통신망 구축'],
      ['indicators', '0.73', '정보소외계층 정보화교육', '정보소외계층 정보화교육 지원'],
      ['indicators', '0.73', '정보소외계층 정보화교육', '정보소외계층 정보화교육 지원'],
      ['indicators', '0.71', '정보통신보조기기 보급', '정보통신보조기기 보급지원'],
    ]);
    expect(strict.candidates.some((c) => c.later.id === REGULATION_2020)).toBe(false);
    expect(strict.alreadyLinked).toEqual({ programs: 0, indicators: 0 });

    const top3 = await suggest({ limit: 3 });
    expect(top3.candidates).toEqual(all.candidates.slice(0, 3));
    expect(top3.matched).toEqual(all.matched);

    const indicators = await suggest({ kinds: ['indicators'], minScore: 0.7 });
    expect(indicators.candidates).toEqual(strict.candidates.filter((c) => c.kind === 'indicators'));
    expect(indicators.matched).toEqual({ programs: 0, indicators: 4 });
  });

  test('bad options are refused with the option named', async () => {
    await expect(suggest({ minScore: 1.5 })).rejects.toThrow('min-score must be a number from 0 to 1; got 1.5');
    await expect(suggest({ limit: 0 })).rejects.toThrow('limit must be a whole number from 1 to 10000; got 0');
    await expect(suggest({ kinds: ['budgets' as never] })).rejects.toThrow('unknown kind budgets: use programs, indicators or all');
  });
});

/** Runs `work` in a transaction that is always rolled back: the seeded database stays as loaded. */
async function inRolledBackTransaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
  const rollback = new Error('rollback');
  let result: T | undefined;
  await orm.em.fork().transactional(async (em) => {
    result = await work(em);
    throw rollback;
  }).catch((err) => { if (err !== rollback) throw err; });
  return result!;
}

test('a pair with one record in a series is marked joins-series; with each in another series, across-series', async () => {
  const links = await inRolledBackTransaction(async (em) => {
    await em.execute(`delete from program_series_member where program_id = ?`, [GIS_2019]);
    const joins = await suggestSeriesCandidates(em, { kinds: ['programs'], minScore: 0.4 });
    await em.execute(`insert into program_series (id, key, title, search_text) values ('programSeries:other', 'other', 'other', 'other')`);
    await em.execute(`insert into program_series_member (id, series_id, program_id, position, reason) values ('m', 'programSeries:other', ?, 0, 'test')`, [GIS_2019]);
    const across = await suggestSeriesCandidates(em, { kinds: ['programs'], minScore: 0.4 });
    const gis = (r: typeof joins) => r.candidates.filter((c) => c.later.id === GIS_2019).map((c) => [...pairOf(c), c.link, c.earlier.seriesKey, c.later.seriesKey]);
    return { joins: gis(joins), across: gis(across) };
  });
  expect(links).toEqual({
    joins: [[GIS_2018, GIS_2019, 'joins-series', 'smart-gis-incheon', null]],
    across: [[GIS_2018, GIS_2019, 'across-series', 'smart-gis-incheon', 'other']],
  });
});

test('the yaml format gives series.yaml entries: the pair\'s ids as members, reasons naming both titles, documents and lines', async () => {
  const result = await suggest({ minScore: 0.7 });
  const text = candidatesYaml(result);
  const parsed = parse(text);
  expect(Object.keys(parsed)).toEqual(['programSeries', 'indicatorSeries']);
  expect(parsed.programSeries).toHaveLength(3);
  expect(parsed.indicatorSeries).toHaveLength(4);
  expect(parsed.programSeries[0]).toEqual({
    key: 'TODO-1',
    title: '지역주민이 주도하는 따뜻한 마을공동체 실현',
    members: [
      { id: COMMUNITY_2018, reason: 'TODO why the same: «지역주민이 주도하는 따뜻한 마을공동체 실현» (plan-2018-administration line 339) ~ «지역주민이 주도하는 따뜻한 마을공동체 실현» (council-report-2020-communication line 24), similarity 1.00' },
      { id: COMMUNITY_2020, reason: 'TODO why the same: «지역주민이 주도하는 따뜻한 마을공동체 실현» (council-report-2020-communication line 24) ~ «지역주민이 주도하는 따뜻한 마을공동체 실현» (plan-2018-administration line 339), similarity 1.00' },
    ],
  });
  const members = [...parsed.programSeries, ...parsed.indicatorSeries].map((s: any) => s.members.map((m: any) => m.id));
  expect(members).toEqual(result.candidates.map(pairOf));
  expect(parsed.indicatorSeries[1]).toMatchObject({ key: 'TODO-5', name: '정보소외계층 정보화교육 지원', unit: '명' });

  // The TODO keys fail the seed check on purpose; with keys chosen, the entries are valid series.yaml.
  expect(seriesFile.safeParse(parsed).success).toBe(false);
  for (const series of [...parsed.programSeries, ...parsed.indicatorSeries]) series.key = series.key.toLowerCase();
  expect(seriesFile.safeParse(parsed).error).toBeUndefined();
});

describe('the CLI (`npm run suggest-series`)', () => {
  const run = (args: string[]) => promisify(execFile)(process.execPath, ['dist/domain/series/suggest-series.cli.js', ...args], {
    cwd: join(__dirname, '..'), env: { ...process.env, DATABASE_URL: adminUrl, LOG_LEVEL: 'info' },
  });

  /** One md5 per table: equal checksums, nothing written. */
  async function tableChecksums(): Promise<string[]> {
    const conn = orm.em.fork().getConnection();
    return Promise.all(ENTITIES.map(async (entity) => {
      const [row] = await conn.execute(`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as sum from "${entity.meta.tableName}" t`);
      return `${entity.meta.tableName}:${row.sum}`;
    }));
  }

  test('prints the table and a summary on stdout, pino JSON on stderr, exits 0 and writes nothing', async () => {
    const before = await tableChecksums();
    const { stdout, stderr } = await run(['--kind', 'programs', '--min-score', '0.6']);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^#\s+score\s+word\s+years\s+kind\s+link\s+title\s+organisation\s+line\s+id$/);
    expect(lines[1]).toMatch(/^1\s+1\.00\s+1\.00\s+2018→2020\s+program\s+new\s+지역주민이 주도하는 따뜻한 마을공동체 실현\s+지역공동체과\s+339\s+program:plan-2018-administration:지역주민이주도하는따뜻한마을공동체실현$/);
    expect(lines[2]).toMatch(/^\s+지역주민이 주도하는 따뜻한 마을공동체 실현\s+공동체협치담당관\s+24\s+program:council-report-2020-communication:지역주민이주도하는따뜻한마을공동체실현$/);
    expect(lines[7]).toMatch(/^4\s+0\.64\s+0\.73\s+2019→2020\s+program\s+new\s+불합리한 규제 발굴 해소\s+법무담당관\s+622\s+program:plan-2019-planning-coordination:불합리한규제발굴해소$/);
    // Hangul counts two columns: the organisation column starts at one place on every line.
    const organisationColumn = (line: string) => [...line.slice(0, line.search(/(지역공동체과|공동체협치담당관|혁신담당관|법무담당관|데이터기반행정추진단|(?<= )-(?= ))/))]
      .reduce((w, ch) => w + (/[\uAC00-\uD7A3]/.test(ch) ? 2 : 1), 0);
    expect(new Set(lines.slice(1, 9).map(organisationColumn)).size).toBe(1);
    expect(lines.slice(9)).toEqual([
      '',
      '4 of 4 candidate pairs shown (programs 4) at similarity ≥ 0.60; 0 pairs already in one series hidden (--include-linked shows them). Proposals only: nothing was written; confirm each into seeds/series.yaml.',
      '',
    ]);
    const logs = stderr.trim().split('\n').map((line) => JSON.parse(line));
    expect(logs.at(-1)).toMatchObject({
      level: 30, service: 'incheon-plan-hub', cli: 'suggest-series', msg: 'series candidates proposed', shown: 4,
      matched: { programs: 4, indicators: 0 }, alreadyLinked: { programs: 0, indicators: 0 },
      options: { kinds: ['programs'], minScore: 0.6, limit: 50, includeLinked: false },
    });
    expect(await tableChecksums()).toEqual(before);
  });

  test('--format yaml prints entries that parse into members with the pairs\' ids', async () => {
    const { stdout } = await run(['--format', 'yaml', '--kind', 'indicators', '--min-score=0.7', '--limit', '2']);
    expect(parse(stdout)).toEqual({
      indicatorSeries: [
        expect.objectContaining({ key: 'TODO-1', name: '인천광역시 스마트자가통신망 구축', members: [
          { id: 'indicator:plan-2019-planning-coordination:스마트도시혁신모델기반조성:인천광역시스마트자가통신망구축', reason: expect.stringContaining('(plan-2019-planning-coordination line 827) ~ «인천광역시 스마트자가통신망 구축» (midterm-finance-2021-2025 line 169)') },
          { id: 'indicator:midterm-finance-2021-2025:인천광역시스마트자가통신망구축:인천광역시스마트자가통신망구축', reason: expect.stringContaining('(midterm-finance-2021-2025 line 169)') },
        ] }),
        expect.objectContaining({ key: 'TODO-2', members: [
          { id: 'indicator:plan-2019-planning-coordination:정보격차및정보화역기능해소:정보소외계층정보화교육', reason: expect.any(String) },
          { id: 'indicator:midterm-finance-2021-2025:정보소외계층정보격차해소지원:정보소외계층정보화교육지원', reason: expect.any(String) },
        ] }),
      ],
    });
    expect(stdout).toMatch(/^# 2 of 4 candidate pairs shown \(indicators 4\) at similarity ≥ 0\.70;/);
  });

  test('a bad option prints the problem and the usage, exit code 1', async () => {
    await expect(run(['--kind', 'budgets'])).rejects.toMatchObject({
      code: 1, stdout: '', stderr: expect.stringMatching(/^unknown kind budgets: use programs, indicators or all\nusage: npm run suggest-series -- \[options\]/),
    });
  });
});
