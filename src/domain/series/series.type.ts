import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BudgetPhase, ValueKind } from '../../graph/enums';
import { Node } from '../../graph/node';

@ObjectType('ProgramSeries', { implements: Node, description: 'One initiative across documents and years, under whichever office owned it (curated in seeds/series.yaml). 사업 시계열.' })
export class ProgramSeriesType extends Node {
  @Field({ description: 'Stable key, e.g. smart-gis-incheon. 키.' })
  key!: string;

  @Field({ description: 'Title of the initiative. 사업명.' })
  title!: string;
}

@ObjectType('IndicatorSeries', { implements: Node, description: 'One measure across documents and years, with every printing of each year kept (curated in seeds/series.yaml). 지표 시계열.' })
export class IndicatorSeriesType extends Node {
  @Field({ description: 'Stable key. 키.' })
  key!: string;

  @Field({ description: 'Name of the measure. 지표명.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Unit of the measure. 단위.' })
  unit!: string | null;
}

@ObjectType('SeriesMembership', { description: 'Why a record belongs to a series. 연결 근거.' })
export class SeriesMembershipType {
  @Field({ description: 'One line of evidence, with document and line. 근거.' })
  reason!: string;
}

@ObjectType('IndicatorVintage', { description: 'One printing of a year\'s value: which document printed what, as target or result. 발행 시점별 값.' })
export class IndicatorVintageType {
  @Field(() => Int, { description: 'Year the value is for. 연도.' })
  year!: number;

  @Field(() => Float, { nullable: true, description: 'Numeric value; null when the cell has none. 수치.' })
  value!: number | null;

  @Field({ description: 'Cell as printed. 원문 표기.' })
  rawValue!: string;

  @Field(() => ValueKind, { description: 'TARGET or ACTUAL as that document has it. 목표/실적.' })
  kind!: string;

  @Field(() => Int, { description: 'Line of the value. 원문 줄 번호.' })
  sourceLine!: number;
}

@ObjectType('IndicatorTimelinePoint', { description: 'A year of an indicator series: the latest document\'s value, with every printing. 연도별 값.' })
export class IndicatorTimelinePointType {
  @Field(() => Int, { description: 'Year. 연도.' })
  year!: number;

  @Field(() => Float, { nullable: true, description: 'Value the latest document reports for the year. 최신 값.' })
  value!: number | null;

  @Field({ description: 'That value as printed. 원문 표기.' })
  rawValue!: string;

  @Field(() => ValueKind, { description: 'TARGET or ACTUAL in the latest document. 목표/실적.' })
  kind!: string;

  @Field(() => [IndicatorVintageType], { description: 'Every printing of this year\'s value, latest document first. 발행 시점별 값.' })
  vintages!: IndicatorVintageType[];
}

@ObjectType('BudgetVintage', { description: 'One printing of a fiscal year\'s budget of a series member. 발행 시점별 예산.' })
export class BudgetVintageType {
  @Field(() => Float, { description: 'Amount in million KRW. 금액(백만원).' })
  millionKrw!: number;

  @Field(() => BudgetPhase, { description: 'Budget phase. 예산 단계.' })
  phase!: string;

  @Field(() => Int, { description: 'Line of the figure. 원문 줄 번호.' })
  sourceLine!: number;
}

@ObjectType('BudgetTimelinePoint', { description: 'A fiscal year of a program series: the latest document\'s budget, with every printing. 연도별 예산.' })
export class BudgetTimelinePointType {
  @Field(() => Int, { description: 'Fiscal year. 회계연도.' })
  fiscalYear!: number;

  @Field(() => Float, { description: 'Budget the latest document reports for the year, million KRW. 최신 예산(백만원).' })
  millionKrw!: number;

  @Field(() => BudgetPhase, { description: 'Phase of that figure. 예산 단계.' })
  phase!: string;

  @Field(() => [BudgetVintageType], { description: 'Every printing of this year\'s budget, latest document first. 발행 시점별 예산.' })
  vintages!: BudgetVintageType[];
}
