// changes(fromYear, toYear): what continued, what was added, dropped or renamed between the
// programs of two plan years, through the curated series. Exact values from the documents.
import { sharedHub } from './support/hub-client';

const hub = sharedHub();

const CHANGES = `query($from: Int!, $to: Int!) { changes(fromYear: $from, toYear: $to) {
  fromYear toYear
  continued { series { key } from { id sourceLine organisation { name } } to { id sourceLine organisation { name } }
    budgetFromMillionKrw budgetToMillionKrw budgetChangeMillionKrw ownerChanged titleChanged }
  renamed { series { key } }
  added { id } dropped { id }
} }`;

const idsOfYear = async (year: number): Promise<string[]> =>
  (await hub.data(`{ programs(filter: { year: ${year} }, first: 1000) { nodes { id } } }`)).programs.nodes.map((p: any) => p.id);

test('2018 → 2019: Smart GIS continues under a new office, 391 → 1,256; everything else of the two plans is dropped or added', async () => {
  const { changes } = await hub.data(CHANGES, { from: 2018, to: 2019 });
  const from = 'program:plan-2018-administration:“스마트GIS인천”추진';
  const to = "program:plan-2019-planning-coordination:Data부자도시'스마트GIS인천'";
  expect(changes.continued).toEqual([{
    series: { key: 'smart-gis-incheon' },
    // 001 line 95 (core task ⑥; 391백만원 at 296), 토지정보과 (heading 1042); 000 line 657 (strategy item; 1,256 at 737), 원도심스마트정보담당관 (1819)
    from: { id: from, sourceLine: 95, organisation: { name: '토지정보과' } },
    to: { id: to, sourceLine: 657, organisation: { name: '원도심스마트정보담당관' } },
    budgetFromMillionKrw: 391, budgetToMillionKrw: 1256, budgetChangeMillionKrw: 865, ownerChanged: true, titleChanged: true,
  }]);
  expect(changes.renamed).toEqual([{ series: { key: 'smart-gis-incheon' } }]);
  // the two plans are of different bureaus: only Smart GIS is carried across
  expect(changes.dropped.map((p: any) => p.id).sort()).toEqual((await idsOfYear(2018)).filter((id) => id !== from).sort());
  expect(changes.added.map((p: any) => p.id).sort()).toEqual((await idsOfYear(2019)).filter((id) => id !== to).sort());
  expect([changes.fromYear, changes.toYear, changes.dropped.length, changes.added.length]).toEqual([2018, 2019, 26, 57]);
});

test('2019 → 2020: the regulation work moves from 법무담당관 to 혁신담당관; 비예산 then 25백만원, so no budget change is computed', async () => {
  const { changes } = await hub.data(CHANGES, { from: 2019, to: 2020 });
  const from = 'program:plan-2019-planning-coordination:불합리한규제발굴해소';
  const to = 'program:council-report-2020-communication:불합리한규제발굴·해소';
  expect(changes.continued).toEqual([{
    series: { key: 'unreasonable-regulation-reform' },
    // 000 line 622 (strategy item; 총괄표 716: 비예산; 법무담당관 item 1416); 002 line 34 (contents; heading 1318, 혁신담당관 1320; 계 '20년 25 at 1355)
    from: { id: from, sourceLine: 622, organisation: { name: '법무담당관' } },
    to: { id: to, sourceLine: 34, organisation: { name: '혁신담당관' } },
    budgetFromMillionKrw: null, budgetToMillionKrw: 25, budgetChangeMillionKrw: null, ownerChanged: true, titleChanged: true,
  }]);
  expect(changes.renamed).toEqual([{ series: { key: 'unreasonable-regulation-reform' } }]);
  expect(changes.dropped.map((p: any) => p.id).sort()).toEqual((await idsOfYear(2019)).filter((id) => id !== from).sort());
  expect(changes.added.map((p: any) => p.id).sort()).toEqual((await idsOfYear(2020)).filter((id) => id !== to).sort());
  expect([changes.dropped.length, changes.added.length]).toEqual([57, 18]);
});

test('one statement, and a year with no programs has nothing to compare', async () => {
  const res = await hub.gql(CHANGES, { from: 2017, to: 2018 });
  expect(res.body.extensions.cost.sqlStatements).toBe(1);
  expect((res.body.data as any).changes).toMatchObject({ continued: [], renamed: [], dropped: [] });
  expect((res.body.data as any).changes.added).toHaveLength(27);
});
