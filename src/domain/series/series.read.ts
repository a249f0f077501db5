// Series in SQL: members, owners in order of year, and timelines that keep one point per year
// (the latest document's printing) with every printing of that year as its vintages.
import { codePointOrder, eq, rowRef, sql, subquery, table, text, texts, type Expr, type Row, type TableRef, type TableRow } from '../../graph/sql/expr';
import { byId, many, moreFields, one, page, readModel, rowsOf, type ListDef } from '../../graph/sql/model';
import { budgetLineColumns, programOfLine } from '../budgets/budget-line.read';
import { PHASE_PRECEDENCE } from '../budgets/budget.enums';
import { documentOf } from '../documents/document.relations';
import { indicatorOfValue, indicatorValueColumns } from '../indicators/indicator.read';
import { indicatorSeriesConditions, programSeriesConditions, type SeriesFilter } from './series.filter';
import { IndicatorSeriesOrder, ProgramSeriesOrder } from './series.order';
import {
  BudgetTimelinePointType, BudgetVintageType, IndicatorSeriesMemberType, IndicatorSeriesType, IndicatorTimelinePointType, IndicatorVintageType,
  ProgramSeriesMemberType, ProgramSeriesType,
} from './series.type';

type PS = TableRef<'program_series'>;
type IS = TableRef<'indicator_series'>;


/** A series' budget printings: its members' line totals (no breakdown, no quarter) with their document's plan year. */
type BudgetPrinting = Row<TableRow<'budget_line'> & { plan_year: number; phase_rank: number | null; series_id: string }>;
const budgetPrintings = (seriesId: Expr<string>) => subquery(sql`
  select b.*, d.plan_year, array_position(${texts(PHASE_PRECEDENCE)}, b.phase) as phase_rank, m.series_id
  from budget_line b join program_series_member m on m.program_id = b.program_id join source_document d on d.id = b.document_id
  where m.series_id = ${seriesId} and b.category is null and b.quarter is null`);
const budgetLatestFirst = (p: BudgetPrinting) => [sql`${p.plan_year} desc`, sql`${p.phase_rank} asc nulls last`, codePointOrder(p.document_id), codePointOrder(p.id)];

/** A series' value printings: every value of its member indicators in one category (null: totals), with their document's plan year;
 * a member that names its category contributes that category whatever is asked. */
type ValuePrinting = Row<TableRow<'indicator_value'> & { plan_year: number; series_id: string }>;
const valuePrintings = (seriesId: Expr<string>, dimension: Expr<string | null>) => subquery(sql`
  select v.*, d.plan_year, m.series_id
  from indicator_value v join indicator_series_member m on m.indicator_id = v.indicator_id join source_document d on d.id = v.document_id
  where m.series_id = ${seriesId} and v.dimension is not distinct from coalesce(m.dimension, ${dimension})`);

/** One printing per document: its leading one (a document may print a year under two members). */
const onePerDocument = <P>(printings: Expr, leadingFirst: (p: P) => Expr[]) =>
  subquery(sql`select distinct on (pr.document_id) pr.* from ${printings} as pr order by pr.document_id, ${sql.join(leadingFirst(rowRef('pr') as P))}`);
/** Within one document the first printing leads (an indicator table before the section repeating it). */
const valueLatestFirst = (p: ValuePrinting) => [sql`${p.plan_year} desc`, codePointOrder(p.document_id), sql`${p.source_line} asc`, codePointOrder(p.id)];

export const programSeriesList: ListDef<PS, SeriesFilter> = { name: 'ProgramSeries', filter: programSeriesConditions, orders: ProgramSeriesOrder };
export const indicatorSeriesList: ListDef<IS, SeriesFilter> = { name: 'IndicatorSeries', filter: indicatorSeriesConditions, orders: IndicatorSeriesOrder };

export const programSeriesRead = readModel(ProgramSeriesType, 'ProgramSeries', {
  table: 'program_series',
  columns: (s: PS) => ({
    id: s.id, key: s.key, title: s.title,
    years: sql<number[]>`coalesce((select json_agg(distinct p.year order by p.year) from program_series_member m join program p on p.id = m.program_id where m.series_id = ${s.id}), '[]'::json)`,
  }),
  relations: {
    programs: many((s: PS) => ({
      from: table('program'),
      where: (p: TableRef<'program'>) => [sql<boolean>`exists (select from program_series_member m where m.program_id = ${p.id} and m.series_id = ${s.id})`],
      orderBy: (p: TableRef<'program'>) => [p.year, codePointOrder(p.id)],
    })),
    // each owner once, in order of the year (then member position) it first owned the initiative
    organisations: many((s: PS) => ({
      from: subquery(sql`select o.*, f.year as first_year, f.position as first_position from organisation o join (
        select distinct on (p.organisation_id) p.organisation_id, p.year, m.position from program_series_member m join program p on p.id = m.program_id
        where m.series_id = ${s.id} and p.organisation_id is not null order by p.organisation_id, p.year, m.position) f on f.organisation_id = o.id`),
      orderBy: (o: Row<{ first_year: number; first_position: number }>) => [o.first_year, o.first_position],
    })),
    budgetTimeline: many((s: PS) => ({
      from: subquery(sql`select distinct on (pr.fiscal_year) pr.* from ${budgetPrintings(s.id)} as pr
        order by pr.fiscal_year, ${sql.join(budgetLatestFirst(rowRef('pr')))}`),
      orderBy: (point: BudgetPrinting) => [point.fiscal_year],
    })),
    members: many((s: PS) => rowsOf('program_series_member', (m) => [eq(m.series_id, s.id)], (m) => [m.position, codePointOrder(m.id)])),
  },
});

export const programSeriesMemberRead = readModel(ProgramSeriesMemberType, 'ProgramSeriesMember', {
  columns: (m: TableRef<'program_series_member'>) => ({ reason: m.reason }),
  relations: { program: one((m: TableRef<'program_series_member'>) => byId('program', m.program_id)) },
});

export const indicatorSeriesMemberRead = readModel(IndicatorSeriesMemberType, 'IndicatorSeriesMember', {
  columns: (m: TableRef<'indicator_series_member'>) => ({ reason: m.reason, dimension: m.dimension }),
  relations: { indicator: one((m: TableRef<'indicator_series_member'>) => byId('indicator', m.indicator_id)) },
});

export const budgetTimelinePointRead = readModel(BudgetTimelinePointType, 'BudgetTimelinePoint', {
  columns: (point: BudgetPrinting) => ({ fiscalYear: point.fiscal_year, millionKrw: point.million_krw, phase: point.phase }),
  relations: {
    document: documentOf,
    vintages: many((point: BudgetPrinting) => ({
      from: onePerDocument(sql`(select * from ${budgetPrintings(point.series_id)} as y where y.fiscal_year = ${point.fiscal_year})`, budgetLatestFirst),
      orderBy: budgetLatestFirst,
    })),
  },
});

export const budgetVintageRead = readModel(BudgetVintageType, 'BudgetVintage', {
  columns: (p: BudgetPrinting) => {
    const { millionKrw, phase, sourceLine } = budgetLineColumns(p);
    return { millionKrw, phase, sourceLine };
  },
  relations: { document: documentOf, program: programOfLine },
});

export const indicatorSeriesRead = readModel(IndicatorSeriesType, 'IndicatorSeries', {
  table: 'indicator_series',
  columns: (s: IS) => ({ id: s.id, key: s.key, name: s.name, unit: s.unit }),
  relations: {
    indicators: many((s: IS) => ({
      from: subquery(sql`select i.*, m.position as member_position, m.id as member_id from indicator i join indicator_series_member m on m.indicator_id = i.id where m.series_id = ${s.id}`),
      orderBy: (i: Row<{ member_position: number; member_id: string }>) => [i.member_position, codePointOrder(i.member_id)],
    })),
    timeline: many((s: IS, { dimension }: { dimension?: string | null }) => ({
      from: subquery(sql`select distinct on (pr.year) pr.* from ${valuePrintings(s.id, dimension == null ? sql`null::text` : text(dimension))} as pr
        order by pr.year, ${sql.join(valueLatestFirst(rowRef('pr')))}`),
      orderBy: (point: ValuePrinting) => [point.year],
    })),
    members: many((s: IS) => rowsOf('indicator_series_member', (m) => [eq(m.series_id, s.id)], (m) => [m.position, codePointOrder(m.id)])),
  },
});

export const indicatorTimelinePointRead = readModel(IndicatorTimelinePointType, 'IndicatorTimelinePoint', {
  columns: (point: ValuePrinting) => ({ year: point.year, value: point.value, rawValue: point.raw_value, kind: point.kind }),
  relations: {
    document: documentOf,
    vintages: many((point: ValuePrinting) => ({
      from: onePerDocument(sql`(select * from ${valuePrintings(point.series_id, point.dimension)} as y where y.year = ${point.year})`, valueLatestFirst),
      orderBy: valueLatestFirst,
    })),
  },
});

export const indicatorVintageRead = readModel(IndicatorVintageType, 'IndicatorVintage', {
  columns: indicatorValueColumns,
  relations: { document: documentOf, indicator: indicatorOfValue },
});

/** A record's series, in membership order (several when one item merges initiatives). */
const seriesOf = (series: 'program_series' | 'indicator_series', members: string, member: string) => (record: Row<{ id: string }>) => ({
  from: subquery(sql`select s.*, m.position as member_position, m.id as member_id from ${sql.table(series)} s
    join ${sql.table(members)} m on m.series_id = s.id where ${sql.ref(`m.${member}`)} = ${record.id}`),
  orderBy: (s: Row<{ member_position: number; member_id: string }>) => [s.member_position, codePointOrder(s.member_id)],
});

export const programSeriesFields = moreFields('Program', {
  series: one(seriesOf('program_series', 'program_series_member', 'program_id')),
  allSeries: many(seriesOf('program_series', 'program_series_member', 'program_id')),
});

export const indicatorSeriesFields = moreFields('Indicator', {
  series: one(seriesOf('indicator_series', 'indicator_series_member', 'indicator_id')),
  allSeries: many(seriesOf('indicator_series', 'indicator_series_member', 'indicator_id')),
});

export const seriesQueries = moreFields('Query', {
  programSeries: page(programSeriesList, () => ({ from: table('program_series') })),
  indicatorSeries: page(indicatorSeriesList, () => ({ from: table('indicator_series') })),
});
