import { InputType } from 'type-graphql';
import { commonConditions, OwnedFilter } from '../../graph/filters';
import type { Expr, TableRef } from '../../graph/sql/expr';

@InputType({ description: 'Which strategies to list. 전략 필터.' })
export class StrategyFilter extends OwnedFilter {}

export function strategyConditions(s: TableRef<'strategy'>, filter: StrategyFilter): Expr<boolean>[] {
  return commonConditions(filter, { searchText: s.search_text, year: s.year, document: s.document_id, organisation: s.organisation_id });
}
