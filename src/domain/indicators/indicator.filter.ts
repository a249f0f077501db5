import { Field, ID, InputType } from 'type-graphql';
import { commonConditions, equals, hasYearFilter, OwnedFilter, yearWithin } from '../../graph/filters';
import { and, sql, type Expr, type TableRef } from '../../graph/sql/expr';

@InputType({ description: 'Which indicators to list; `year`, `yearFrom` and `yearTo` keep those with a value for such a year. 지표 필터.' })
export class IndicatorFilter extends OwnedFilter {
  @Field(() => ID, { nullable: true, description: 'Only indicators of this program. 추진사업 ID.' })
  programId?: string | null;
}

/** The indicator filter, for `indicators` and `indicatorsAggregate`: a year keeps the indicators with a value for it. */
export function indicatorConditions(i: TableRef<'indicator'>, filter: IndicatorFilter): Expr<boolean>[] {
  const valued = hasYearFilter(filter)
    ? [sql<boolean>`exists (select from indicator_value valued where valued.indicator_id = ${i.id} and ${and(yearWithin(sql<number>`valued.year`, filter))})`]
    : [];
  return [
    ...commonConditions(filter, { searchText: i.search_text, document: i.document_id, organisation: i.organisation_id }),
    ...equals(i.program_id, filter.programId),
    ...valued,
  ];
}
