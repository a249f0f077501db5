// Series and vintages: one initiative or measure across documents, every printing of a
// year's value kept; curated links validated like every seed.
import { buildRows } from '../src/seeds/build-rows';
import { readSeedFiles } from '../src/seeds/read-seed-files';
import { copyOfRealSeeds, editSeed } from './support/seed-dirs';
import { sharedHub } from './support/hub-client';

const hub = sharedHub();

const data = <T = any>(query: string, variables?: Record<string, unknown>) => hub.data<T>(query, variables);

test('Smart GIS partner departments: 2018 printed as a target of 60 (2018 plan) and 61 (2019 plan); 2019 is 70 in both', async () => {
  const { node } = await data(`{ node(id: "indicatorSeries:smart-gis-partner-departments") { ... on IndicatorSeries {
    name unit indicators { name document { id } }
    timeline { year value rawValue kind document { id } vintages { year value rawValue kind document { id } indicator { name } sourceLine } }
  } } }`);
  expect(node.indicators.map((i: any) => [i.name, i.document.id])).toEqual(expect.arrayContaining([
    ['협업부서 확산', 'plan-2018-administration'], ['스마트GIS인천 확대 구축 운영', 'plan-2019-planning-coordination'],
  ]));
  const byYear = Object.fromEntries(node.timeline.map((p: any) => [p.year, p]));
  // 000 line 829 (2019 plan): 61 | 70 | 80 for 2018 | 2019 | 2020; 001 line 441 (2018 plan): 43 | 60 | 70 for 2017 | 2018 | 2019
  expect(byYear[2018]).toMatchObject({ year: 2018, value: 61, rawValue: '61', kind: 'ACTUAL', document: { id: 'plan-2019-planning-coordination' } });
  // the latest document first, both printings kept: 61 as a 2019-plan result, 60 as a 2018-plan target
  expect(byYear[2018].vintages[0]).toEqual({ year: 2018, value: 61, rawValue: '61', kind: 'ACTUAL', document: { id: 'plan-2019-planning-coordination' }, indicator: { name: '스마트GIS인천 확대 구축 운영' }, sourceLine: 829 });
  expect(byYear[2018].vintages).toContainEqual({ year: 2018, value: 60, rawValue: '60', kind: 'TARGET', document: { id: 'plan-2018-administration' }, indicator: { name: '협업부서 확산' }, sourceLine: 441 });
  expect(new Set(byYear[2018].vintages.map((v: any) => `${v.value} ${v.kind} ${v.document.id}`))).toEqual(new Set([
    '61 ACTUAL plan-2019-planning-coordination', '60 TARGET plan-2018-administration',
  ]));
  expect(new Set(byYear[2019].vintages.map((v: any) => `${v.value} ${v.document.id}`))).toEqual(new Set([
    '70 plan-2019-planning-coordination', '70 plan-2018-administration',
  ]));
  expect(node.timeline.map((p: any) => [p.year, p.value])).toEqual([[2017, 43], [2018, 61], [2019, 70], [2020, 80]]);
});

test('the Smart GIS program series spans both plans and both offices, and programs point back to it', async () => {
  const { programSeries } = await data(`{ programSeries(filter: { search: "스마트 GIS" }) { totalCount nodes { id title years organisations { name } programs { year series { id } } } } }`);
  expect(programSeries.totalCount).toBe(1);
  const [series] = programSeries.nodes;
  expect(series).toMatchObject({ id: 'programSeries:smart-gis-incheon', years: [2018, 2019], organisations: [{ name: '토지정보과' }, { name: '원도심스마트정보담당관' }] });
  expect(new Set(series.programs.map((p: any) => p.series.id))).toEqual(new Set(['programSeries:smart-gis-incheon']));
  const { filtered } = await data(`{ filtered: programSeries(filter: { organisationId: "org:원도심스마트정보담당관" }) { nodes { id } } }`);
  expect(filtered.nodes).toContainEqual({ id: 'programSeries:smart-gis-incheon' });
});

test('a series link to a missing id, or a record twice in one series, fails the load naming file, record and field', () => {
  const dir = copyOfRealSeeds();
  editSeed(dir, 'series.yaml', (file) => {
    file.indicatorSeries[0].members[1].id = 'indicator:plan-2019-planning-coordination:-:없는지표';
    file.programSeries[0].members.push({ ...file.programSeries[0].members[0] });
  });
  expect(() => buildRows(readSeedFiles(dir))).toThrow(/series\.yaml: indicatorSeries\[0\] «smart-gis-partner-departments» › members\[1\] › id: no indicator with id indicator:plan-2019-planning-coordination:-:없는지표/);
  const copied = readSeedFiles(dir).series.programSeries[0].members.length - 1;
  expect(() => buildRows(readSeedFiles(dir))).toThrow(new RegExp(`series\\.yaml: programSeries\\[0\\] «smart-gis-incheon» › members\\[${copied}\\] › id: duplicates .*members\\[0\\]`));
});

test('an item merging two initiatives belongs to both series (003 line 79: 행정심판 및 납세자 구제)', async () => {
  const { node } = await data(`{ node(id: "program:council-transcript-2022-planning-coordination:시민중심행정심판및납세자구제업무운영") { ... on Program { series { id } allSeries { id } } } }`);
  expect(node.allSeries.map((s: any) => s.id).sort()).toEqual(['programSeries:administrative-appeals', 'programSeries:taxpayer-rights']);
  expect(node.allSeries.map((s: any) => s.id)).toContain(node.series.id);
});

test('lineage: 원도심스마트정보담당관 with its predecessors has the 2018 Smart GIS programs of 토지정보과; 혁신담당관 the 2019 regulation work of 법무담당관', async () => {
  const { gis, innovation } = await data(`{
    gis: node(id: "org:원도심스마트정보담당관") { ... on Organisation { own: programs { nodes { year } } all: programs(includePredecessors: true) { nodes { year title organisation { name } } } } }
    innovation: node(id: "org:혁신담당관") { ... on Organisation { programs(includePredecessors: true, year: 2019) { nodes { title organisation { name } } } } }
  }`);
  expect(new Set(gis.own.nodes.map((p: any) => p.year))).toEqual(new Set([2019]));
  expect(gis.all.nodes.filter((p: any) => p.year === 2018 && p.organisation.name === '토지정보과').map((p: any) => p.title)).toEqual(
    expect.arrayContaining(['“스마트 GIS 인천” 추진']));
  // 000 line 1416: 불합리한 규제 발굴 해소 under 법무담당관 in 2019; its work moved to 혁신담당관 by 2020 (002 line 1318)
  expect(innovation.programs.nodes).toContainEqual({ title: '불합리한 규제 발굴 해소', organisation: { name: '법무담당관' } });
});
