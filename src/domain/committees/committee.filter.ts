import { Field, InputType } from 'type-graphql';
import { commonConditions, equals, OwnedFilter } from '../../graph/filters';
import type { Expr, TableRef } from '../../graph/sql/expr';
import { CommitteeKind } from './committee.type';

@InputType({ description: 'Which committees to list. 위원회 필터.' })
export class CommitteeFilter extends OwnedFilter {
  @Field(() => CommitteeKind, { nullable: true, description: 'Only city or only council committees. 종류.' })
  kind?: string | null;
}

export function committeeConditions(c: TableRef<'committee'>, filter: CommitteeFilter): Expr<boolean>[] {
  return [
    ...commonConditions(filter, { searchText: c.search_text, year: c.year, document: c.document_id, organisation: c.organisation_id }),
    ...equals(c.kind, filter.kind),
  ];
}
