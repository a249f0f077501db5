import { Field, InputType } from 'type-graphql';
import { CommonFilter, equals, hasYearFilter, searchMatches, yearWithin } from '../../graph/filters';
import { and, sql, type Expr, type TableRef } from '../../graph/sql/expr';
import { OrganisationKind } from './organisation.type';

@InputType({ description: 'Which organisations to list. 조직 필터.' })
export class OrganisationFilter extends CommonFilter {
  @Field(() => OrganisationKind, { nullable: true, description: 'Only units of this kind. 조직 종류.' })
  kind?: string | null;
}

/** Year and document match any record naming the unit (the organisation_year view gathers every reference). */
export function organisationConditions(o: TableRef<'organisation'>, filter: OrganisationFilter): Expr<boolean>[] {
  const named = hasYearFilter(filter) || filter.documentId
    ? [sql<boolean>`exists (select from organisation_year oy where oy.organisation_id = ${o.id} and ${and([
      ...yearWithin(sql<number>`oy.year`, filter), ...equals(sql<string>`oy.document_id`, filter.documentId)])})`]
    : [];
  return [...searchMatches(o.search_text, filter.search), ...equals(o.kind, filter.kind), ...named];
}
