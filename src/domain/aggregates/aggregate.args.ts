// Arguments of the aggregates: programsAggregate and indicatorsAggregate take their list's
// filter, whole; budgetSummary its own filter of budget lines.
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { BudgetPhase } from '../budgets/budget-line.type';
import { IndicatorFilter } from '../indicators/indicator.filter';
import { BudgetOwnerType } from '../observations/observation.type';
import { ProgramFilter } from '../programs/program.filter';
import { BudgetGroupBy, BudgetSummaryOrder, MAX_BUDGET_GROUPS, type BudgetGroupKey, type BudgetSummaryOrderKey } from './aggregate.type';

@InputType('BudgetSummaryFilter', {
  description: 'Which budget lines (budgetFacts rows) to sum. Organisation and program lines overlap (an office\'s line covers its divisions\', a division\'s its programs\'): set ownerType to sum one level. 예산 집계 필터.',
})
export class BudgetSummaryFilter {
  @Field(() => Int, { nullable: true, description: 'Only lines of this fiscal year. 회계연도.' })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: 'Only lines of this fiscal year or later. 시작 연도.' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Only lines of this fiscal year or earlier. 종료 연도.' })
  yearTo?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only lines printed in this document. 출처 문서 ID.' })
  documentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only lines of this organisation (its own lines and its programs\'). 조직 ID.' })
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only lines of this program. 추진사업 ID.' })
  programId?: string | null;

  @Field(() => BudgetPhase, { nullable: true, description: 'Only this budget phase. 예산 단계.' })
  phase?: string | null;

  @Field(() => BudgetOwnerType, { nullable: true, description: 'Only organisations\' lines or only programs\' lines. 소유 구분.' })
  ownerType?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'Only line totals, so a table\'s breakdown columns are not counted twice: lines without a category (인건비, 사업예산, a sub-item) and, unless phase is EXECUTION_PLAN, without a quarter (the quarters of an execution plan repeat its year). false sums every line. 합계 행만(중복 합산 방지).',
  })
  lineTotalsOnly?: boolean | null;
}

@InputType('BudgetHaving', { description: 'Conditions on a group\'s totals, applied after grouping. 그룹 조건.' })
export class BudgetHaving {
  @Field(() => Float, { nullable: true, description: 'Only groups whose sum is at least this (million KRW). 최소 합계.' })
  sumMin?: number | null;

  @Field(() => Float, { nullable: true, description: 'Only groups whose sum is at most this (million KRW). 최대 합계.' })
  sumMax?: number | null;

  @Field(() => Int, { nullable: true, description: 'Only groups of at least this many lines. 최소 건수.' })
  countMin?: number | null;
}

@ArgsType()
export class BudgetSummaryArgs {
  @Field(() => [BudgetGroupBy], { description: 'Keys to group by, at least one, each once; KEY_ASC orders by them in this order. 집계 기준.' })
  groupBy!: BudgetGroupKey[];

  @Field(() => BudgetSummaryFilter, { nullable: true, description: 'Which lines to sum; every line total when absent. 필터.' })
  filter?: BudgetSummaryFilter | null;

  @Field(() => BudgetHaving, { nullable: true, description: 'Which groups to keep; all when absent. 그룹 조건.' })
  having?: BudgetHaving | null;

  @Field(() => BudgetSummaryOrder, { nullable: true, defaultValue: 'KEY_ASC', description: 'Order of the groups. 정렬.' })
  orderBy?: BudgetSummaryOrderKey | null;

  @Field(() => Int, { nullable: true, description: `How many groups to return, in order, 1–${MAX_BUDGET_GROUPS}; all when absent. 그룹 수.` })
  first?: number | null;
}

@ArgsType()
export class ProgramsAggregateArgs {
  @Field(() => ProgramFilter, { nullable: true, description: 'Which programs to aggregate, as for `programs`; all when absent. 필터.' })
  filter?: ProgramFilter | null;
}

@ArgsType()
export class IndicatorsAggregateArgs {
  @Field(() => IndicatorFilter, { nullable: true, description: 'Which indicators to aggregate, as for `indicators`; all when absent. 필터.' })
  filter?: IndicatorFilter | null;
}
