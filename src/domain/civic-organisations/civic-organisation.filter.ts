import { InputType } from 'type-graphql';
import { CommonFilter, commonConditions } from '../../graph/filters';
import type { Expr, TableRef } from '../../graph/sql/expr';

@InputType({ description: 'Which civic organisations to list. 단체 필터.' })
export class CivicOrganisationFilter extends CommonFilter {}

export function civicOrganisationConditions(c: TableRef<'civic_organisation'>, filter: CivicOrganisationFilter): Expr<boolean>[] {
  return commonConditions(filter, { searchText: c.search_text, year: c.year, document: c.document_id });
}
