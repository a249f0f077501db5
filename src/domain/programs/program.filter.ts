import { Field, Float, ID, InputType } from 'type-graphql';
import { amountWithin, commonConditions, equals, OwnedFilter } from '../../graph/filters';
import { sql, type Expr, type TableRef } from '../../graph/sql/expr';
import { OrganisationBasis, ProgramStatus } from './program.type';

@InputType({ description: 'Which programs to list. 추진사업 필터.' })
export class ProgramFilter extends OwnedFilter {
  @Field(() => ProgramStatus, { nullable: true, description: 'Only new or only continuing programs. 신규/계속.' })
  status?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only programs of this strategy. 전략 ID.' })
  strategyId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only programs with at least one indicator; false: only those with none. 지표 유무.' })
  hasIndicators?: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Only programs whose total budget is at least this many million KRW; 비예산 (no amount) never matches. 최소 총사업비(백만원).' })
  budgetMin?: number | null;

  @Field(() => Float, { nullable: true, description: 'Only programs whose total budget is at most this many million KRW; 비예산 (no amount) never matches. 최대 총사업비(백만원).' })
  budgetMax?: number | null;

  @Field(() => OrganisationBasis, { nullable: true, description: 'Only programs whose owner is known this way. 담당 조직의 근거.' })
  organisationBasis?: string | null;
}

/** The program filter, for `programs`, every nested program list and `programsAggregate`. */
export function programConditions(p: TableRef<'program'>, filter: ProgramFilter): Expr<boolean>[] {
  const measured = sql<boolean>`exists (select from indicator measured where measured.program_id = ${p.id})`;
  return [
    ...commonConditions(filter, { searchText: p.search_text, year: p.year, document: p.document_id, organisation: p.organisation_id }),
    ...equals(p.status, filter.status),
    ...equals(p.strategy_id, filter.strategyId),
    ...equals(p.organisation_basis, filter.organisationBasis),
    ...amountWithin(p.total_budget_million_krw, filter.budgetMin, filter.budgetMax),
    ...(filter.hasIndicators == null ? [] : [filter.hasIndicators ? measured : sql<boolean>`not ${measured}`]),
  ];
}
