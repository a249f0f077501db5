import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { connectionComplexity, listComplexity } from '../../graph/complexity';
import type { HubContext } from '../../graph/context';
import { readField } from '../../graph/read-field';
import { IndicatorType } from '../indicators/indicator.type';
import { ProgramType } from '../programs/program.type';
import { IndicatorSeriesArgs, ProgramSeriesArgs } from './series.args';
import { IndicatorSeriesConnection, IndicatorSeriesType, IndicatorTimelinePointType, ProgramSeriesConnection, ProgramSeriesType } from './series.type';

@Resolver(() => IndicatorSeriesType)
export class SeriesQueries {
  @Query(() => ProgramSeriesConnection, { description: 'Initiatives followed across documents, by title. 사업 시계열 목록.', complexity: connectionComplexity })
  programSeries(@Args() _args: ProgramSeriesArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return ctx.readRoot(info);
  }

  @Query(() => IndicatorSeriesConnection, { description: 'Measures followed across documents, by name. 지표 시계열 목록.', complexity: connectionComplexity })
  indicatorSeries(@Args() _args: IndicatorSeriesArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return ctx.readRoot(info);
  }

  @FieldResolver(() => [IndicatorTimelinePointType], {
    description: 'One point per year: the latest document\'s value, every document\'s printing kept. For a measure broken down by a category, the totals (or, with dimension, that category); a member that names its category (IndicatorSeriesMember.dimension) always contributes that one. 연도별 값.',
    complexity: listComplexity,
  })
  timeline(
    @Root() series: object,
    @Arg('dimension', () => String, { nullable: true, description: 'The category of a broken-down measure (e.g. 인천); the totals when absent. 구분.' }) _dimension: string | null,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readField(series, null, ctx, info);
  }
}

// Series fields of programs and indicators, declared here so those concepts need not know series.
@Resolver(() => ProgramType)
export class ProgramSeriesFields {
  @FieldResolver(() => ProgramSeriesType, { nullable: true, description: 'The initiative across years this program belongs to (the first, when it merges several). 사업 시계열.' })
  series(@Root() program: object, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return readField(program, null, ctx, info);
  }

  @FieldResolver(() => [ProgramSeriesType], { description: 'Every initiative this program belongs to: more than one when a document merges two into one item. 소속 사업 시계열 전체.', complexity: listComplexity })
  allSeries(@Root() program: object, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return readField(program, null, ctx, info);
  }
}

@Resolver(() => IndicatorType)
export class IndicatorSeriesFields {
  @FieldResolver(() => IndicatorSeriesType, { nullable: true, description: 'The measure across years this indicator belongs to (the first, when several). 지표 시계열.' })
  series(@Root() indicator: object, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return readField(indicator, null, ctx, info);
  }

  @FieldResolver(() => [IndicatorSeriesType], { description: 'Every measure series this indicator belongs to. 소속 지표 시계열 전체.', complexity: listComplexity })
  allSeries(@Root() indicator: object, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return readField(indicator, null, ctx, info);
  }
}
