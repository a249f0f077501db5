// The curated series as a whole: enough of them, each linking documents, the two
// examples end to end, and initiatives the documents show three or more times linked across all.
import { IndicatorTimelineDocument } from './generated/graphql';
import { sharedHub } from './support/hub-client';

const hub = sharedHub();

const data = <T = any>(query: string, variables?: Record<string, unknown>) => hub.data<T>(query, variables);

async function allSeries() {
  return data(`{
    programSeries(first: 1000) { totalCount nodes { key title years programs { document { id } organisation { name } } } }
    indicatorSeries(first: 1000) { totalCount nodes { key name indicators { document { id } } } }
  }`);
}

test('at least 25 series, every one linking records of at least two documents', async () => {
  const { programSeries, indicatorSeries } = await allSeries();
  expect(programSeries.totalCount + indicatorSeries.totalCount).toBeGreaterThanOrEqual(25);
  const documentsOf = (members: { document: { id: string } }[]) => new Set(members.map((m) => m.document.id)).size;
  const single = [
    ...programSeries.nodes.filter((s: any) => documentsOf(s.programs) < 2).map((s: any) => s.key),
    ...indicatorSeries.nodes.filter((s: any) => documentsOf(s.indicators) < 2).map((s: any) => s.key),
  ];
  expect(single).toEqual([]);
});

test('the regulation work: 법무담당관 in the 2019 plan, 혁신담당관 in the 2020 report (000 lines 716, 1416; 002 line 1318)', async () => {
  const { node } = await data(`{ node(id: "programSeries:unreasonable-regulation-reform") { ... on ProgramSeries {
    title years organisations { name } programs { year title document { id } sourceLine mentions { sourceLine } }
  } } }`);
  expect(node.title).toBe('불합리한 규제 발굴 해소');
  expect(node.years).toEqual([2019, 2020]);
  expect(node.organisations.map((o: any) => o.name)).toEqual(['법무담당관', '혁신담당관']);
  // one record per document: the 2019 총괄표 row (716) and 법무담당관's item (1416) are mentions of one program
  expect(node.programs.map((p: any) => [p.year, p.document.id, p.sourceLine])).toEqual([
    [2019, 'plan-2019-planning-coordination', 622], [2020, 'council-report-2020-communication', 34],
  ]);
  expect(node.programs.map((p: any) => p.mentions.map((m: any) => m.sourceLine))).toEqual([
    expect.arrayContaining([622, 716, 1416]), expect.arrayContaining([34, 1318]),
  ]);
});

test('initiatives printed in three documents are linked across all three', async () => {
  const { programSeries } = await allSeries();
  const byKey = Object.fromEntries(programSeries.nodes.map((s: any) => [s.key, new Set(s.programs.map((p: any) => p.document.id))]));
  // An independent audit found twelve initiatives printed in three documents. 주민자치, 마을공동체: 2018 plan, 2020 report,
  // mid-term plan; 정보격차, 공공와이파이, 사이버침해대응 and six more: 2019 plan, mid-term plan, 2022 transcript; 공감 메시지: 2020, mid-term, 2022.
  expect(byKey['resident-autonomy']).toEqual(new Set(['plan-2018-administration', 'council-report-2020-communication', 'midterm-finance-2021-2025']));
  expect(byKey['village-community']).toEqual(new Set(['plan-2018-administration', 'council-report-2020-communication', 'midterm-finance-2021-2025']));
  for (const key of ['digital-divide', 'public-wifi', 'cyber-security', 'performance-management', 'organisation-management', 'administrative-appeals', 'taxpayer-rights', 'smart-city-with-citizens', 'data-based-working-methods']) {
    expect({ key, documents: byKey[key] }).toEqual({ key, documents: new Set(['plan-2019-planning-coordination', 'midterm-finance-2021-2025', 'council-transcript-2022-planning-coordination']) });
  }
  expect(byKey['civic-empathy-message']).toEqual(new Set(['council-report-2020-communication', 'midterm-finance-2021-2025', 'council-transcript-2022-planning-coordination']));
});

test('the dashboard timeline operation: latest figure per year with every printing', async () => {
  const res = await hub.gql(IndicatorTimelineDocument, { key: 'indicatorSeries:smart-gis-partner-departments' });
  expect(res.body.errors).toBeUndefined();
  const series = res.body.data!.node as any;
  const y2018 = series.timeline.find((p: any) => p.year === 2018);
  expect(y2018).toMatchObject({ value: 61, kind: 'ACTUAL', document: { id: 'plan-2019-planning-coordination', planYear: 2019 } });
  expect(y2018.vintages.map((v: any) => v.document.planYear)).toEqual([...y2018.vintages.map((v: any) => v.document.planYear)].sort((a, b) => b - a));
});
