// Filters of the flat BI tables: the filters every list has, a year range, a program, and
// the kind (observations) or phase (budget facts).
import { Field, ID, InputType, Int } from 'type-graphql';
import { commonConditions, equals, OwnedFilter, periodWithin } from '../../graph/filters';
import type { Expr, TableRef } from '../../graph/sql/expr';
import { BudgetPhase } from '../budgets/budget-line.type';
import { ValueKind } from '../indicators/indicator.type';

@InputType({ description: 'Filters the flat BI tables share. 평면 행 공통 필터.' })
export class FlatRowFilter extends OwnedFilter {
  @Field(() => Int, { nullable: true, description: 'Only rows of this year or later. 시작 연도.' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Only rows of this year or earlier. 종료 연도.' })
  yearTo?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only rows of this program. 추진사업 ID.' })
  programId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only rows whose year ends on or after this instant: an ISO 8601 date or epoch milliseconds (Grafana `${__from}`). 기간 시작.' })
  periodFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Only rows whose year starts on or before this instant: an ISO 8601 date or epoch milliseconds (Grafana `${__to}`). 기간 끝.' })
  periodTo?: string | null;
}

@InputType({ description: 'Which indicator observations to list; `search` matches the indicator name or the program title. 지표 관측값 필터.' })
export class IndicatorObservationFilter extends FlatRowFilter {
  @Field(() => ValueKind, { nullable: true, description: 'Only results or only targets. 실적/목표.' })
  kind?: string | null;
}

@InputType({ description: 'Which budget facts to list; `search` matches the program title (the organisation name for an organisation\'s line); `year` is the fiscal year. 예산 사실 필터.' })
export class BudgetFactFilter extends FlatRowFilter {
  @Field(() => BudgetPhase, { nullable: true, description: 'Only this budget phase. 예산 단계.' })
  phase?: string | null;
}

export function indicatorObservationConditions(o: TableRef<'indicator_observation'>, filter: IndicatorObservationFilter): Expr<boolean>[] {
  return [
    ...commonConditions(filter, { searchText: o.search_text, year: o.year, document: o.document_id, organisation: o.organisation_id }),
    ...periodWithin(o.year, filter),
    ...equals(o.program_id, filter.programId),
    ...equals(o.kind, filter.kind),
  ];
}

export function budgetFactConditions(b: TableRef<'budget_fact'>, filter: BudgetFactFilter): Expr<boolean>[] {
  return [
    ...commonConditions(filter, { searchText: b.search_text, year: b.fiscal_year, document: b.document_id, organisation: b.organisation_id }),
    ...periodWithin(b.fiscal_year, filter),
    ...equals(b.program_id, filter.programId),
    ...equals(b.phase, filter.phase),
  ];
}
