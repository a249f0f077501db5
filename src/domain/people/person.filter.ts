import { InputType } from 'type-graphql';
import { equals, OwnedFilter, searchMatches, yearWithin } from '../../graph/filters';
import { and, sql, type Expr, type TableRef } from '../../graph/sql/expr';

@InputType({ description: 'Which people to list; year, yearFrom, yearTo, document and organisation filter by their roles. 인물 필터.' })
export class PersonFilter extends OwnedFilter {}

/** Search by name; year, document and organisation keep the people with such a role. */
export function personConditions(p: TableRef<'person'>, filter: PersonFilter): Expr<boolean>[] {
  const role = [
    ...yearWithin(sql<number>`r.year`, filter),
    ...equals(sql<string>`r.document_id`, filter.documentId),
    ...equals(sql<string | null>`r.organisation_id`, filter.organisationId),
  ];
  const byRole = role.length ? [sql<boolean>`exists (select from person_role r where r.person_id = ${p.id} and ${and(role)})`] : [];
  return [...searchMatches(p.search_text, filter.search), ...byRole];
}
