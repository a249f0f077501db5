// Filters of the flat BI tables: the filters every list has, a year range, a program, and
// the kind (observations) or phase (budget facts).
import { Field, ID, InputType, Int } from 'type-graphql';
import { BudgetPhase, ValueKind } from '../../graph/enums';
import { OwnedFilter } from '../../graph/filters';
import { containsPattern } from '../../text';

@InputType({ description: 'Filters the flat BI tables share. 평면 행 공통 필터.' })
export class FlatRowFilter extends OwnedFilter {
  @Field(() => Int, { nullable: true, description: 'Only rows of this year or later. 시작 연도.' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Only rows of this year or earlier. 종료 연도.' })
  yearTo?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only rows of this program. 추진사업 ID.' })
  programId?: string | null;
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

/** The shared filters as a where clause on a view row; `yearField` is the row's year column. */
export function flatRowWhere(filter: FlatRowFilter | null | undefined, yearField: 'year' | 'fiscalYear'): Record<string, unknown> {
  const where: Record<string, unknown> = {};
  if (!filter) return where;
  if (filter.search) where.searchText = { $like: containsPattern(filter.search) };
  const year: Record<string, number> = {};
  if (filter.year != null) year.$eq = filter.year;
  if (filter.yearFrom != null) year.$gte = filter.yearFrom;
  if (filter.yearTo != null) year.$lte = filter.yearTo;
  if (Object.keys(year).length) where[yearField] = year;
  if (filter.documentId) where.documentId = filter.documentId;
  if (filter.organisationId) where.organisationId = filter.organisationId;
  if (filter.programId) where.programId = filter.programId;
  return where;
}
