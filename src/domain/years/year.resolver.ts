import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { sql } from '../../graph/batch';
import type { HubContext, Row } from '../../graph/context';
import { listComplexity } from '../../graph/filters';
import { SourceDocumentType } from '../documents/document.type';
import { IndicatorValueType } from '../indicators/indicator.type';
import { OrganisationType } from '../organisations/organisation.type';
import { ProgramType } from '../programs/program.type';
import { StrategyType } from '../strategies/strategy.type';

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

  @FieldResolver(() => [StrategyType], { description: 'Strategies of documents of the year. 전략.', complexity: listComplexity })
  strategies(@Root() { year }: Row<YearType>, @Ctx() { loaders }: HubContext) {
    return loaders.strategiesByYear.load(year);
  }

  @FieldResolver(() => [ProgramType], { description: 'Programs of documents of the year. 추진사업.', complexity: listComplexity })
  programs(@Root() { year }: Row<YearType>, @Ctx() { loaders }: HubContext) {
    return loaders.programsByYear.load(year);
  }

  @FieldResolver(() => [IndicatorValueType], { description: 'Indicator values for the year, from every document. 지표 값.', complexity: listComplexity })
  indicatorValues(@Root() { year }: Row<YearType>, @Ctx() { loaders }: HubContext) {
    return loaders.indicatorValuesByYear.load(year);
  }
}
