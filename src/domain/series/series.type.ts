import { Field, Float, Int, ObjectType } from 'type-graphql';
import { listComplexity } from '../../graph/complexity';
import { Node, type Related } from '../../graph/node';
import { connectionType } from '../../graph/pagination';
import { BudgetPhase } from '../budgets/budget-line.type';
import { SourceDocumentType } from '../documents/document.type';
import { IndicatorType, ValueKind } from '../indicators/indicator.type';
import { OrganisationType } from '../organisations/organisation.type';
import { ProgramType } from '../programs/program.type';

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

  @Field(() => String, { nullable: true, description: 'The category, for a broken-down measure. 구분.' })
  dimension!: string | null;

  @Field(() => Int, { description: 'Line of the value. 원문 줄 번호.' })
  sourceLine!: number;

  @Field(() => SourceDocumentType, { description: 'Document that printed it. 출처 문서.' })
  document!: Related<SourceDocumentType>;

  @Field(() => IndicatorType, { description: 'Indicator it was printed under. 지표.' })
  indicator!: Related<IndicatorType>;
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

  @Field(() => SourceDocumentType, { description: 'The latest document printing the year. 최신 출처 문서.' })
  document!: Related<SourceDocumentType>;

  @Field(() => [IndicatorVintageType], { description: 'Every document\'s printing of this year\'s value, latest document first, one per document. 발행 시점별 값.' })
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

  @Field(() => SourceDocumentType, { description: 'Document that printed it. 출처 문서.' })
  document!: Related<SourceDocumentType>;

  @Field(() => ProgramType, { nullable: true, description: 'Program it was printed under. 추진사업.' })
  program!: ProgramType | null;
}

@ObjectType('BudgetTimelinePoint', { description: 'A fiscal year of a program series: the latest document\'s budget, with every printing. 연도별 예산.' })
export class BudgetTimelinePointType {
  @Field(() => Int, { description: 'Fiscal year. 회계연도.' })
  fiscalYear!: number;

  @Field(() => Float, { description: 'Budget the latest document reports for the year, million KRW. 최신 예산(백만원).' })
  millionKrw!: number;

  @Field(() => BudgetPhase, { description: 'Phase of that figure. 예산 단계.' })
  phase!: string;

  @Field(() => SourceDocumentType, { description: 'The latest document printing the year. 최신 출처 문서.' })
  document!: Related<SourceDocumentType>;

  @Field(() => [BudgetVintageType], { description: 'Every document\'s printing of this year\'s budget, latest document first, one per document (its most final phase). 발행 시점별 예산.' })
  vintages!: BudgetVintageType[];
}

@ObjectType('ProgramSeriesMember', { description: 'A program of a series, and why it belongs (with document and line). 사업 시계열 구성.' })
export class ProgramSeriesMemberType {
  @Field({ description: 'One line of evidence: why this program is the initiative, citing document and line. 연결 근거.' })
  reason!: string;

  @Field(() => ProgramType, { description: 'The program. 추진사업.' })
  program!: Related<ProgramType>;
}

@ObjectType('IndicatorSeriesMember', { description: 'An indicator of a series, and why it belongs (with document and line). 지표 시계열 구성.' })
export class IndicatorSeriesMemberType {
  @Field({ description: 'One line of evidence: why this indicator is the measure, citing document and line. 연결 근거.' })
  reason!: string;

  @Field(() => IndicatorType, { description: 'The indicator. 지표.' })
  indicator!: Related<IndicatorType>;

  @Field(() => String, { nullable: true, description: 'The category of a broken-down indicator that is this measure; null: its totals (or the timeline\'s dimension). 구분.' })
  dimension!: string | null;
}

@ObjectType('ProgramSeries', { implements: Node, description: 'One initiative across documents and years, under whichever office owned it (curated in seeds/series.yaml). 사업 시계열.' })
export class ProgramSeriesType extends Node {
  @Field({ description: 'Stable key, e.g. smart-gis-incheon. 키.' })
  key!: string;

  @Field({ description: 'Title of the initiative. 사업명.' })
  title!: string;

  @Field(() => [Int], { description: 'Years of the documents that list it. 연도.' })
  years!: number[];

  @Field(() => [ProgramType], { description: 'The programs of the initiative, by year. 연도별 사업.', complexity: listComplexity })
  programs!: ProgramType[];

  @Field(() => [OrganisationType], { description: 'Offices that owned it, in order of year. 담당 조직.', complexity: listComplexity })
  organisations!: OrganisationType[];

  @Field(() => [BudgetTimelinePointType], { description: 'Budget per fiscal year from fiscal-year amounts only (never multi-year totals): the latest document\'s figure, the most final phase within it (SETTLEMENT, FINAL, SUPPLEMENTARY, ORIGINAL, MIDTERM_PLAN, EXECUTION_PLAN); one vintage per document. 연도별 예산.', complexity: listComplexity })
  budgetTimeline!: BudgetTimelinePointType[];

  @Field(() => [ProgramSeriesMemberType], { description: 'The programs with the reason each belongs, in the curated order. 구성 사업과 근거.', complexity: listComplexity })
  members!: ProgramSeriesMemberType[];
}

@ObjectType('IndicatorSeries', { implements: Node, description: 'One measure across documents and years, with every printing of each year kept (curated in seeds/series.yaml). 지표 시계열.' })
export class IndicatorSeriesType extends Node {
  @Field({ description: 'Stable key. 키.' })
  key!: string;

  @Field({ description: 'Name of the measure. 지표명.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Unit of the measure. 단위.' })
  unit!: string | null;

  @Field(() => [IndicatorType], { description: 'The indicators that print this measure. 지표.', complexity: listComplexity })
  indicators!: IndicatorType[];

  @Field(() => [IndicatorSeriesMemberType], { description: 'The indicators with the reason each belongs, in the curated order. 구성 지표와 근거.', complexity: listComplexity })
  members!: IndicatorSeriesMemberType[];
}

export const ProgramSeriesConnection = connectionType(ProgramSeriesType, 'ProgramSeries', '사업 시계열');
export const IndicatorSeriesConnection = connectionType(IndicatorSeriesType, 'IndicatorSeries', '지표 시계열');
