// Aggregates for dashboards: totals, counts and groups computed in SQL over the whole filtered
// set (no paging), so a panel needs one small answer instead of every row.
import { type Related } from '../../graph/node';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { listComplexity } from '../../graph/complexity';
import { enumObject } from '../../graph/enums';
import { BudgetPhase } from '../budgets/budget-line.type';
import { SourceDocumentType } from '../documents/document.type';
import { OrganisationType } from '../organisations/organisation.type';
import { ProgramStatus } from '../programs/program.type';
import { StrategyType } from '../strategies/strategy.type';

/** Most groups one budgetSummary answers; `first` may not ask for more. */
export const MAX_BUDGET_GROUPS = 1000;

export const BUDGET_GROUP_KEYS = ['YEAR', 'ORGANISATION', 'STRATEGY', 'DOCUMENT', 'PHASE'] as const;
export type BudgetGroupKey = (typeof BUDGET_GROUP_KEYS)[number];
export const BudgetGroupBy = enumObject(BUDGET_GROUP_KEYS);
registerEnumType(BudgetGroupBy, {
  name: 'BudgetGroupBy',
  description: 'A key budget lines can be grouped by. 예산 집계 기준.',
  valuesConfig: {
    YEAR: { description: '회계연도: fiscal year' },
    ORGANISATION: { description: '조직: the line\'s organisation (a program\'s line: the program\'s organisation)' },
    STRATEGY: { description: '전략: the program\'s strategy (organisations\' lines have none)' },
    DOCUMENT: { description: '출처 문서: the document that prints the line' },
    PHASE: { description: '예산 단계: budget phase' },
  },
});

export const BUDGET_SUMMARY_ORDERS = ['SUM_DESC', 'SUM_ASC', 'COUNT_DESC', 'KEY_ASC'] as const;
export type BudgetSummaryOrderKey = (typeof BUDGET_SUMMARY_ORDERS)[number];
export const BudgetSummaryOrder = enumObject(BUDGET_SUMMARY_ORDERS);
registerEnumType(BudgetSummaryOrder, {
  name: 'BudgetSummaryOrder',
  description: 'Order of budget groups; ties always go by the keys ascending, so the order is stable. 예산 집계 정렬.',
  valuesConfig: {
    SUM_DESC: { description: '합계 큰 순: largest sum first' },
    SUM_ASC: { description: '합계 작은 순: smallest sum first' },
    COUNT_DESC: { description: '건수 많은 순: most lines first' },
    KEY_ASC: { description: '기준 순: by the keys in groupBy order (years ascending, ids as text, phases in BudgetPhase order; missing keys last)' },
  },
});

@ObjectType('MillionKrwStats', { description: 'Sum, average, minimum and maximum of amounts in million KRW, over the amounts that are not null; all null when there is none. 금액 통계(백만원).' })
export class MillionKrwStatsType {
  @Field(() => Float, { nullable: true, description: 'Sum. 합계.' })
  sum!: number | null;

  @Field(() => Float, { nullable: true, description: 'Average, rounded to the won (6 decimals). 평균.' })
  avg!: number | null;

  @Field(() => Float, { nullable: true, description: 'Smallest amount. 최소.' })
  min!: number | null;

  @Field(() => Float, { nullable: true, description: 'Largest amount. 최대.' })
  max!: number | null;
}

@ObjectType('ProgramStatusCount', { description: 'How many matching programs have one status. 상태별 추진사업 수.' })
export class ProgramStatusCountType {
  @Field(() => ProgramStatus, { nullable: true, description: 'New or continuing; null for programs the document gives no status. 신규/계속.' })
  status!: string | null;

  @Field(() => Int, { description: 'Programs with this status. 사업 수.' })
  count!: number;
}

@ObjectType('ProgramYearAggregate', { description: 'Matching programs of one plan year and their total budgets. 연도별 추진사업 집계.' })
export class ProgramYearAggregateType {
  @Field(() => Int, { description: 'Plan year. 연도.' })
  year!: number;

  @Field(() => Int, { description: 'Programs of the year. 사업 수.' })
  count!: number;

  @Field(() => Float, { nullable: true, description: 'Sum of their total budgets in million KRW; programs without one (비예산) are left out; null when none has one. 총사업비 합계(백만원).' })
  sumMillionKrw!: number | null;
}

@ObjectType('ProgramsAggregate', { description: 'Counts and total budgets of every program matching a filter (all of them, not a page). 추진사업 집계.' })
export class ProgramsAggregateType {
  @Field(() => Int, { description: 'Programs matching the filter. 사업 수.' })
  count!: number;

  @Field(() => Int, { description: 'Programs whose total budget is null (비예산, or not printed): left out of the budget figures, not counted as zero. 총사업비 없는 사업 수.' })
  withoutBudget!: number;

  @Field(() => MillionKrwStatsType, { description: 'Statistics of Program.totalBudgetMillionKrw over the programs that have one. 총사업비 통계(백만원).' })
  totalBudgetMillionKrw!: Related<MillionKrwStatsType>;

  @Field(() => [ProgramStatusCountType], { description: 'Programs per status, NEW and CONTINUING as text order, then those without a status. 상태별 사업 수.', complexity: listComplexity })
  byStatus!: ProgramStatusCountType[];

  @Field(() => [ProgramYearAggregateType], { description: 'Programs and budgets per plan year, years ascending. 연도별 집계.', complexity: listComplexity })
  byYear!: ProgramYearAggregateType[];
}

@ObjectType('IndicatorUnitCount', { description: 'How many matching indicators are measured in one unit. 단위별 지표 수.' })
export class IndicatorUnitCountType {
  @Field(() => String, { nullable: true, description: 'Unit as printed (명, 건, %); null for indicators printed without one. 단위.' })
  unit!: string | null;

  @Field(() => Int, { description: 'Indicators with this unit. 지표 수.' })
  count!: number;
}

@ObjectType('IndicatorYearAggregate', { description: 'Values of the matching indicators for one year. 연도별 지표값 집계.' })
export class IndicatorYearAggregateType {
  @Field(() => Int, { description: 'Year the values are for. 연도.' })
  year!: number;

  @Field(() => Int, { description: 'Values for the year, numeric or not. 값 수.' })
  valueCount!: number;

  @Field(() => Int, { description: 'Of those, results (ACTUAL). 실적 수.' })
  actualCount!: number;

  @Field(() => Int, { description: 'Of those, targets (TARGET). 목표 수.' })
  targetCount!: number;
}

@ObjectType('IndicatorsAggregate', {
  description: 'Counts over every indicator matching a filter (all of them, not a page) and over all their values: with `year`, the indicators that have a value that year, with the values of every year (see byYear for one year). 지표 집계.',
})
export class IndicatorsAggregateType {
  @Field(() => Int, { description: 'Indicators matching the filter. 지표 수.' })
  count!: number;

  @Field(() => Int, { description: 'Values (every year, results and targets) of those indicators. 지표값 수.' })
  valueCount!: number;

  @Field(() => [IndicatorUnitCountType], { description: 'Indicators per unit, most first, then by unit; no unit last. 단위별 지표 수.', complexity: listComplexity })
  byUnit!: IndicatorUnitCountType[];

  @Field(() => [IndicatorYearAggregateType], { description: 'Values per year, years ascending. 연도별 지표값 수.', complexity: listComplexity })
  byYear!: IndicatorYearAggregateType[];
}

@ObjectType('BudgetGroup', { description: 'Budget lines sharing the grouped keys, with their count and amounts in million KRW. Keys not grouped by are null; a grouped key is also null for lines without one (an organisation\'s line has no strategy). 예산 집계 그룹.' })
export class BudgetGroupType {
  @Field(() => Int, { nullable: true, description: 'Fiscal year, when grouped by YEAR. 회계연도.' })
  year!: number | null;

  @Field(() => BudgetPhase, { nullable: true, description: 'Budget phase, when grouped by PHASE. 예산 단계.' })
  phase!: string | null;

  @Field(() => Int, { description: 'Budget lines in the group. 예산 항목 수.' })
  count!: number;

  @Field(() => Float, { description: 'Sum of the amounts. 금액 합계(백만원).' })
  sumMillionKrw!: number;

  @Field(() => Float, { description: 'Average amount, rounded to the won (6 decimals). 평균 금액(백만원).' })
  avgMillionKrw!: number;

  @Field(() => Float, { description: 'Smallest amount. 최소 금액(백만원).' })
  minMillionKrw!: number;

  @Field(() => Float, { description: 'Largest amount. 최대 금액(백만원).' })
  maxMillionKrw!: number;

  @Field(() => OrganisationType, { nullable: true, description: 'Organisation, when grouped by ORGANISATION. 조직.' })
  organisation!: OrganisationType | null;

  @Field(() => StrategyType, { nullable: true, description: 'Strategy, when grouped by STRATEGY. 전략.' })
  strategy!: StrategyType | null;

  @Field(() => SourceDocumentType, { nullable: true, description: 'Document, when grouped by DOCUMENT. 출처 문서.' })
  document!: SourceDocumentType | null;

  // The same keys as flat columns, for BI tools that read one row of scalars per group.
  @Field(() => ID, { nullable: true, description: 'Id of the organisation, when grouped by ORGANISATION. 조직 ID.' })
  organisationId!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the organisation, when grouped by ORGANISATION. 조직명.' })
  organisationName!: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the strategy, when grouped by STRATEGY. 전략 ID.' })
  strategyId!: string | null;

  @Field(() => String, { nullable: true, description: 'Title of the strategy, when grouped by STRATEGY. 전략명.' })
  strategyTitle!: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the document, when grouped by DOCUMENT. 출처 문서 ID.' })
  documentId!: string | null;

  @Field(() => String, { nullable: true, description: 'Title of the document, when grouped by DOCUMENT. 문서명.' })
  documentTitle!: string | null;
}
