import { Arg, Args, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { sql } from '../../graph/batch';
import type { HubContext, Row } from '../../graph/context';
import { connectionComplexity, listComplexity } from '../../graph/filters';
import { paginateRows } from '../../graph/pagination';
import { SourceDocumentType } from '../documents/document.type';
import { IndicatorValueType } from '../indicators/indicator.type';
import { OrganisationType } from '../organisations/organisation.type';
import { Program } from '../programs/program.entity';
import { ProgramArgs, ProgramConnection, ProgramOrder, programsMatching } from '../programs/program.resolver';
import { Strategy } from '../strategies/strategy.entity';
import { matchesStrategyFilter, StrategyArgs, StrategyConnection, StrategyOrder } from '../strategies/strategy.resolver';

@ObjectType('Year', { description: 'A year any record refers to: the entry point of cross-year views. 연도.' })
export class YearType {
  @Field(() => Int, { description: 'The year. 연도.' })
  year!: number;
}

const YEARS_SQL = 'select year from hub_year order by year';

@Resolver(() => YearType)
export class YearResolver {
  @Query(() => [YearType], { description: 'Every year that has any record, ascending. 연도 목록.', complexity: listComplexity })
  async years(@Ctx() { em }: HubContext): Promise<YearType[]> {
    return sql<YearType>(em, YEARS_SQL);
  }

  @Query(() => YearType, { nullable: true, description: 'One year, or null when no record refers to it. 연도.' })
  async year(@Arg('year', () => Int, { description: 'The year, e.g. 2019. 연도.' }) year: number, @Ctx() { em }: HubContext): Promise<YearType | null> {
    const rows = await sql<YearType>(em, 'select year from hub_year where year = ?', [year]);
    return rows[0] ?? null;
  }

  @FieldResolver(() => [SourceDocumentType], { description: 'Documents whose plan year it is. 문서.', complexity: listComplexity })
  documents(@Root() { year }: Row<YearType>, @Ctx() { loaders }: HubContext) {
    return loaders.documentsByPlanYear.load(year);
  }

  @FieldResolver(() => [OrganisationType], { description: 'Organisations any record of the year names. 조직.', complexity: listComplexity })
  organisations(@Root() { year }: Row<YearType>, @Ctx() { loaders }: HubContext) {
    return loaders.organisationsByYear.load(year);
  }

  @FieldResolver(() => StrategyConnection, { description: 'Strategies of documents of the year. 전략.', complexity: connectionComplexity })
  async strategies(@Root() { year }: Row<YearType>, @Args() { filter, orderBy, first, after }: StrategyArgs, @Ctx() { em, loaders }: HubContext) {
    const strategies = (await loaders.strategiesByYear.load(year)).filter((s) => matchesStrategyFilter(s, filter));
    return paginateRows(em, Strategy, strategies, StrategyOrder.of(orderBy), { first, after });
  }

  @FieldResolver(() => ProgramConnection, { description: 'Programs of documents of the year. 추진사업.', complexity: connectionComplexity })
  async programs(@Root() { year }: Row<YearType>, @Args() { filter, orderBy, first, after }: ProgramArgs, @Ctx() { em, loaders }: HubContext) {
    const programs = await programsMatching(await loaders.programsByYear.load(year), filter, loaders);
    return paginateRows(em, Program, programs, ProgramOrder.of(orderBy), { first, after });
  }

  @FieldResolver(() => [IndicatorValueType], { description: 'Indicator values for the year, from every document. 지표 값.', complexity: listComplexity })
  indicatorValues(@Root() { year }: Row<YearType>, @Ctx() { loaders }: HubContext) {
    return loaders.indicatorValuesByYear.load(year);
  }
}
