import { Args, ArgsType, Ctx, Field, FieldResolver, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import { isPresent, loadAll, sql } from '../../graph/batch';
import type { HubContext, Row } from '../../graph/context';
import { OwnedFilter, commonWhere, connectionComplexity, listComplexity, yearCondition, yearSql } from '../../graph/filters';
import { connectionType, listOrders, PageArgs, paginate } from '../../graph/pagination';
import type { BudgetLine } from '../budgets/budget-line.entity';
import type { SourceDocument } from '../documents/document.entity';
import { SourceDocumentType } from '../documents/document.type';
import type { Indicator, IndicatorValue } from '../indicators/indicator.entity';
import { IndicatorType } from '../indicators/indicator.type';
import type { Organisation } from '../organisations/organisation.entity';
import { OrganisationType } from '../organisations/organisation.type';
import type { Program } from '../programs/program.entity';
import { ProgramType } from '../programs/program.type';
import { IndicatorSeries, ProgramSeries } from './series.entity';
import {
  BudgetTimelinePointType, BudgetVintageType, IndicatorSeriesType, IndicatorTimelinePointType, IndicatorVintageType, ProgramSeriesType,
} from './series.type';
import { timelineOf } from './timeline';

@InputType({ description: 'Which series to list: year, yearFrom, yearTo, document and organisation match any member. 시계열 필터.' })
export class SeriesFilter extends OwnedFilter {}

export const ProgramSeriesOrder = listOrders('ProgramSeriesOrder', 'Order of a program series list; ties are broken by id. 사업 시계열 정렬.', 'TITLE_ASC', {
  TITLE_ASC: { by: { title: 'asc' }, description: 'By title, in code point order (the default). 제목 오름차순.' },
  TITLE_DESC: { by: { title: 'desc' }, description: 'By title, reversed. 제목 내림차순.' },
});

export const IndicatorSeriesOrder = listOrders('IndicatorSeriesOrder', 'Order of an indicator series list; ties are broken by id. 지표 시계열 정렬.', 'NAME_ASC', {
  NAME_ASC: { by: { name: 'asc' }, description: 'By name, in code point order (the default). 이름 오름차순.' },
  NAME_DESC: { by: { name: 'desc' }, description: 'By name, reversed. 이름 내림차순.' },
});

@ArgsType()
class ProgramSeriesArgs extends PageArgs {
  @Field(() => SeriesFilter, { nullable: true, description: 'Which records to list; all when absent. 필터.' })
  filter?: SeriesFilter | null;

  @Field(() => ProgramSeriesOrder.enum, { nullable: true, defaultValue: ProgramSeriesOrder.defaultValue, description: 'Order of the rows; a cursor only continues the order it came from. 정렬 순서.' })
  orderBy?: keyof typeof ProgramSeriesOrder.enum | null;
}

@ArgsType()
class IndicatorSeriesArgs extends PageArgs {
  @Field(() => SeriesFilter, { nullable: true, description: 'Which records to list; all when absent. 필터.' })
  filter?: SeriesFilter | null;

  @Field(() => IndicatorSeriesOrder.enum, { nullable: true, defaultValue: IndicatorSeriesOrder.defaultValue, description: 'Order of the rows; a cursor only continues the order it came from. 정렬 순서.' })
  orderBy?: keyof typeof IndicatorSeriesOrder.enum | null;
}

export const ProgramSeriesConnection = connectionType(ProgramSeriesType, 'ProgramSeries', '사업 시계열');
export const IndicatorSeriesConnection = connectionType(IndicatorSeriesType, 'IndicatorSeries', '지표 시계열');

/** Which of several printings from one document leads: the most final phase. */
const PHASE_RANK: Record<string, number> = { SETTLEMENT: 0, FINAL: 1, SUPPLEMENTARY: 2, ORIGINAL: 3, MIDTERM_PLAN: 4, EXECUTION_PLAN: 5 };


async function documentsOf(ctx: HubContext, ids: string[]): Promise<Map<string, SourceDocument>> {
  return new Map((await loadAll(ctx.loaders.documentById, [...new Set(ids)])).filter(isPresent).map((d) => [d.id, d]));
}

async function membersOf(series: { id: string }, ctx: HubContext): Promise<Program[]> {
  const members = await ctx.loaders.programMembersBySeriesId.load(series.id);
  return (await loadAll(ctx.loaders.programById, members.map((m) => m.program))).filter(isPresent);
}

/**
 * Series ids with one member matching every given filter of year (with yearFrom/yearTo), document and
 * organisation; undefined when none is given. `memberQuery(years)` selects series_id with the year condition on
 * `yearColumn` (null when no year filter is given) and then the document and organisation conditions.
 */
async function seriesIdsMatching(ctx: HubContext, memberQuery: (years: string | null) => string, yearColumn: string, filter: SeriesFilter | null | undefined) {
  if (!yearCondition(filter) && !filter?.documentId && !filter?.organisationId) return undefined;
  const years = yearCondition(filter) ? yearSql(yearColumn, filter) : null;
  const params = [...(years?.params ?? []), filter!.documentId ?? null, filter!.documentId ?? null, filter!.organisationId ?? null, filter!.organisationId ?? null];
  return (await sql<{ series_id: string }>(ctx.em, memberQuery(years?.sql ?? null), params)).map((r) => r.series_id);
}

@Resolver(() => ProgramSeriesType)
export class ProgramSeriesResolver {
  @Query(() => ProgramSeriesConnection, { description: 'Initiatives followed across documents, by title. 사업 시계열 목록.', complexity: connectionComplexity })
  async programSeries(@Args() { filter, orderBy, first, after }: ProgramSeriesArgs, @Ctx() ctx: HubContext) {
    const where: Record<string, unknown> = commonWhere({ search: filter?.search });
    const ids = await seriesIdsMatching(ctx, (years) => `select distinct m.series_id from program_series_member m join program p on p.id = m.program_id
      where ${years ?? 'true'} and (?::text is null or p.document_id = ?) and (?::text is null or p.organisation_id = ?)`, 'p.year', filter);
    if (ids) where.id = { $in: ids };
    return paginate(ctx.em, ProgramSeries, where, ProgramSeriesOrder.of(orderBy), { first, after });
  }

  @FieldResolver(() => [ProgramType], { description: 'The programs of the initiative, by year. 연도별 사업.', complexity: listComplexity })
  async programs(@Root() series: Row<ProgramSeries>, @Ctx() ctx: HubContext) {
    return (await membersOf(series, ctx)).sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
  }

  @FieldResolver(() => [Int], { description: 'Years of the documents that list it. 연도.' })
  async years(@Root() series: Row<ProgramSeries>, @Ctx() ctx: HubContext) {
    return [...new Set((await membersOf(series, ctx)).map((p) => p.year))].sort((a, b) => a - b);
  }

  @FieldResolver(() => [OrganisationType], { description: 'Offices that owned it, in order of year. 담당 조직.', complexity: listComplexity })
  async organisations(@Root() series: Row<ProgramSeries>, @Ctx() ctx: HubContext): Promise<Organisation[]> {
    const programs = (await membersOf(series, ctx)).sort((a, b) => a.year - b.year);
    const ids = [...new Set(programs.map((p) => p.organisation).filter((id): id is string => !!id))];
    return (await loadAll(ctx.loaders.organisationById, ids)).filter(isPresent);
  }

  @FieldResolver(() => [BudgetTimelinePointType], { description: 'Budget per fiscal year: the latest document\'s figure, every printing kept. 연도별 예산.', complexity: listComplexity })
  async budgetTimeline(@Root() series: Row<ProgramSeries>, @Ctx() ctx: HubContext) {
    const programs = await membersOf(series, ctx);
    // Line totals of a year (no breakdown category, no quarter) are what a document says the year costs.
    const lines = (await loadAll(ctx.loaders.budgetLinesByProgramId, programs.map((p) => p.id))).flat()
      .filter((l) => l.category == null && l.quarter == null);
    const documents = await documentsOf(ctx, lines.map((l) => l.document));
    const printings = lines.map((line) => ({ year: line.fiscalYear, planYear: documents.get(line.document)!.planYear, documentId: line.document, recordId: line.id, line }));
    return timelineOf(printings, (p) => PHASE_RANK[p.line.phase] ?? 9).map((point) => ({
      fiscalYear: point.year, millionKrw: point.latest.line.millionKrw, phase: point.latest.line.phase,
      documentId: point.latest.documentId, vintages: point.vintages.map((v) => v.line),
    }));
  }
}

@Resolver(() => IndicatorSeriesType)
export class IndicatorSeriesResolver {
  @Query(() => IndicatorSeriesConnection, { description: 'Measures followed across documents, by name. 지표 시계열 목록.', complexity: connectionComplexity })
  async indicatorSeries(@Args() { filter, orderBy, first, after }: IndicatorSeriesArgs, @Ctx() ctx: HubContext) {
    const where: Record<string, unknown> = commonWhere({ search: filter?.search });
    // A year matches an indicator with a value for it, as the indicators list's year filter does.
    const ids = await seriesIdsMatching(ctx, (years) => `select distinct m.series_id from indicator_series_member m join indicator i on i.id = m.indicator_id
      where ${years ? `exists (select 1 from indicator_value v where v.indicator_id = i.id and ${years})` : 'true'}
        and (?::text is null or i.document_id = ?) and (?::text is null or i.organisation_id = ?)`, 'v.year', filter);
    if (ids) where.id = { $in: ids };
    return paginate(ctx.em, IndicatorSeries, where, IndicatorSeriesOrder.of(orderBy), { first, after });
  }

  @FieldResolver(() => [IndicatorType], { description: 'The indicators that print this measure. 지표.', complexity: listComplexity })
  async indicators(@Root() series: Row<IndicatorSeries>, @Ctx() ctx: HubContext): Promise<Indicator[]> {
    const members = await ctx.loaders.indicatorMembersBySeriesId.load(series.id);
    return (await loadAll(ctx.loaders.indicatorById, members.map((m) => m.indicator))).filter(isPresent);
  }

  @FieldResolver(() => [IndicatorTimelinePointType], { description: 'One point per year: the latest document\'s value, every printing kept. 연도별 값.', complexity: listComplexity })
  async timeline(@Root() series: Row<IndicatorSeries>, @Ctx() ctx: HubContext) {
    const members = await ctx.loaders.indicatorMembersBySeriesId.load(series.id);
    const values = (await loadAll(ctx.loaders.valuesByIndicatorId, members.map((m) => m.indicator))).flat();
    const documents = await documentsOf(ctx, values.map((v) => v.document));
    const printings = values.map((value) => ({ year: value.year, planYear: documents.get(value.document)!.planYear, documentId: value.document, recordId: value.id, value }));
    return timelineOf(printings).map((point) => ({
      year: point.year, value: point.latest.value.value, rawValue: point.latest.value.rawValue, kind: point.latest.value.kind,
      documentId: point.latest.documentId, vintages: point.vintages.map((v) => v.value),
    }));
  }
}

@Resolver(() => IndicatorTimelinePointType)
export class IndicatorTimelinePointResolver {
  @FieldResolver(() => SourceDocumentType, { description: 'The latest document printing the year. 최신 출처 문서.' })
  document(@Root() point: { documentId: string }, @Ctx() { loaders }: HubContext) {
    return loaders.documentById.load(point.documentId);
  }
}

@Resolver(() => BudgetTimelinePointType)
export class BudgetTimelinePointResolver {
  @FieldResolver(() => SourceDocumentType, { description: 'The latest document printing the year. 최신 출처 문서.' })
  document(@Root() point: { documentId: string }, @Ctx() { loaders }: HubContext) {
    return loaders.documentById.load(point.documentId);
  }
}

@Resolver(() => IndicatorVintageType)
export class IndicatorVintageResolver {
  @FieldResolver(() => SourceDocumentType, { description: 'Document that printed it. 출처 문서.' })
  document(@Root() value: Row<IndicatorValue>, @Ctx() { loaders }: HubContext) {
    return loaders.documentById.load(value.document);
  }

  @FieldResolver(() => IndicatorType, { description: 'Indicator it was printed under. 지표.' })
  indicator(@Root() value: Row<IndicatorValue>, @Ctx() { loaders }: HubContext) {
    return loaders.indicatorById.load(value.indicator);
  }
}

@Resolver(() => BudgetVintageType)
export class BudgetVintageResolver {
  @FieldResolver(() => SourceDocumentType, { description: 'Document that printed it. 출처 문서.' })
  document(@Root() line: Row<BudgetLine>, @Ctx() { loaders }: HubContext) {
    return loaders.documentById.load(line.document);
  }

  @FieldResolver(() => ProgramType, { nullable: true, description: 'Program it was printed under. 추진사업.' })
  program(@Root() line: Row<BudgetLine>, @Ctx() { loaders }: HubContext) {
    return line.program ? loaders.programById.load(line.program) : null;
  }
}

/** `series` on Program and Indicator: the series a record belongs to, if curated. */
@Resolver(() => ProgramType)
export class ProgramSeriesFieldResolver {
  @FieldResolver(() => ProgramSeriesType, { nullable: true, description: 'The initiative across years this program belongs to (the first, when it merges several). 사업 시계열.' })
  async series(@Root() program: Row<Program>, @Ctx() { loaders }: HubContext) {
    const [membership] = await loaders.programSeriesMembershipByProgramId.load(program.id);
    return membership ? loaders.programSeriesById.load(membership.series) : null;
  }

  @FieldResolver(() => [ProgramSeriesType], { description: 'Every initiative this program belongs to: more than one when a document merges two into one item. 소속 사업 시계열 전체.', complexity: listComplexity })
  async allSeries(@Root() program: Row<Program>, @Ctx() { loaders }: HubContext) {
    const memberships = await loaders.programSeriesMembershipByProgramId.load(program.id);
    return (await loadAll(loaders.programSeriesById, memberships.map((m) => m.series))).filter(isPresent);
  }
}

@Resolver(() => IndicatorType)
export class IndicatorSeriesFieldResolver {
  @FieldResolver(() => IndicatorSeriesType, { nullable: true, description: 'The measure across years this indicator belongs to (the first, when several). 지표 시계열.' })
  async series(@Root() indicator: Row<Indicator>, @Ctx() { loaders }: HubContext) {
    const [membership] = await loaders.indicatorSeriesMembershipByIndicatorId.load(indicator.id);
    return membership ? loaders.indicatorSeriesById.load(membership.series) : null;
  }

  @FieldResolver(() => [IndicatorSeriesType], { description: 'Every measure series this indicator belongs to. 소속 지표 시계열 전체.', complexity: listComplexity })
  async allSeries(@Root() indicator: Row<Indicator>, @Ctx() { loaders }: HubContext) {
    const memberships = await loaders.indicatorSeriesMembershipByIndicatorId.load(indicator.id);
    return (await loadAll(loaders.indicatorSeriesById, memberships.map((m) => m.series))).filter(isPresent);
  }
}
