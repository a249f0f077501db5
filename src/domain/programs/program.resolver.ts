import { Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import { sql } from '../../graph/batch';
import type { HubContext, Row } from '../../graph/context';
import { ProgramStatus } from '../../graph/enums';
import { OwnedFilter, commonWhere, connectionComplexity, listComplexity, matchesCommonFilter } from '../../graph/filters';
import { connectionType, listOrders, PageArgs, paginate } from '../../graph/pagination';
import { BudgetLineType } from '../budgets/budget-line.type';
import { SourceDocumentType } from '../documents/document.type';
import { IndicatorType } from '../indicators/indicator.type';
import { OrganisationType } from '../organisations/organisation.type';
import { StrategyType } from '../strategies/strategy.type';
import { Program } from './program.entity';
import { ProgramType } from './program.type';

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
}

/**
 * The filter on a program already loaded, for nested lists paged in memory; `programs` below
 * builds the same conditions in SQL. hasIndicators needs `measured` (ids of programs with an
 * indicator): programsMatching loads it.
 */
export function matchesProgramFilter(program: Program, filter: ProgramFilter | null | undefined, measured?: ReadonlySet<string>): boolean {
  if (!filter) return true;
  if (!matchesCommonFilter(program, filter)) return false;
  if (filter.status && program.status !== filter.status) return false;
  if (filter.strategyId && program.strategy !== filter.strategyId) return false;
  // as in SQL, a null amount (비예산) is outside every range
  const budget = program.totalBudgetMillionKrw == null ? null : Number(program.totalBudgetMillionKrw); // a double: typed string | number
  if (filter.budgetMin != null && (budget === null || budget < filter.budgetMin)) return false;
  if (filter.budgetMax != null && (budget === null || budget > filter.budgetMax)) return false;
  if (filter.hasIndicators != null) {
    if (!measured) throw new Error('matchesProgramFilter needs the measured programs for hasIndicators');
    if (measured.has(program.id) !== filter.hasIndicators) return false;
  }
  return true;
}

/** A parent's programs that match the filter; hasIndicators asks one batched loader, for all parents at once. */
export async function programsMatching(programs: Program[], filter: ProgramFilter | null | undefined, loaders: HubContext['loaders']): Promise<Program[]> {
  let measured: Set<string> | undefined;
  if (filter?.hasIndicators != null) {
    const flags = await Promise.all(programs.map((p) => loaders.hasIndicatorsByProgramId.load(p.id)));
    measured = new Set(programs.filter((_, i) => flags[i]).map((p) => p.id));
  }
  return programs.filter((p) => matchesProgramFilter(p, filter, measured));
}

const inDocumentOrder = { document: 'asc', sourceLine: 'asc' } as const;

export const ProgramOrder = listOrders('ProgramOrder', 'Order of a program list; ties are broken by id, and programs without a budget come last either way. 추진사업 정렬.', 'YEAR_ASC', {
  YEAR_ASC: { by: { year: 'asc', ...inDocumentOrder }, description: 'Oldest year first, then in document order (the default). 연도 오름차순.' },
  YEAR_DESC: { by: { year: 'desc', ...inDocumentOrder }, description: 'Latest year first, then in document order. 연도 내림차순.' },
  TITLE_ASC: { by: { title: 'asc' }, description: 'By title, in code point order (가 before 나). 제목 오름차순.' },
  TITLE_DESC: { by: { title: 'desc' }, description: 'By title, reversed. 제목 내림차순.' },
  BUDGET_DESC: { by: { totalBudgetMillionKrw: 'desc' }, description: 'Largest total budget first; programs without an amount (비예산) last. 총사업비 큰 순.' },
  BUDGET_ASC: { by: { totalBudgetMillionKrw: 'asc' }, description: 'Smallest total budget first; programs without an amount (비예산) last. 총사업비 작은 순.' },
});

/** Paging, filter and order of every program list: the root `programs` and the nested ones. */
@ArgsType()
export class ProgramArgs extends PageArgs {
  @Field(() => ProgramFilter, { nullable: true, description: 'Which records to list; all when absent. 필터.' })
  filter?: ProgramFilter | null;

  @Field(() => ProgramOrder.enum, { nullable: true, defaultValue: ProgramOrder.defaultValue, description: 'Order of the rows; a cursor only continues the order it came from. 정렬 순서.' })
  orderBy?: keyof typeof ProgramOrder.enum | null;
}

export const ProgramConnection = connectionType(ProgramType, 'Program', '추진사업');

@Resolver(() => ProgramType)
export class ProgramResolver {
  // The filter as SQL; matchesProgramFilter is the same filter for nested lists.
  @Query(() => ProgramConnection, { description: 'Programs of every year, in document order. 추진사업 목록.', complexity: connectionComplexity })
  async programs(@Args() { filter, orderBy, first, after }: ProgramArgs, @Ctx() { em }: HubContext) {
    const where: Record<string, unknown> = commonWhere(filter);
    if (filter?.status) where.status = filter.status;
    if (filter?.strategyId) where.strategy = filter.strategyId;
    if (filter?.budgetMin != null || filter?.budgetMax != null) {
      // A range compares amounts, so a null amount (비예산, not printed) is outside every range.
      where.totalBudgetMillionKrw = {
        ...(filter.budgetMin != null && { $gte: filter.budgetMin }),
        ...(filter.budgetMax != null && { $lte: filter.budgetMax }),
      };
    }
    if (filter?.hasIndicators != null) {
      const measured = await sql<{ program_id: string }>(em, 'select distinct program_id from indicator where program_id is not null');
      where.id = { [filter.hasIndicators ? '$in' : '$nin']: measured.map((r) => r.program_id) };
    }
    return paginate(em, Program, where, ProgramOrder.of(orderBy), { first, after });
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'Responsible organisation. 담당 조직.' })
  organisation(@Root() program: Row<Program>, @Ctx() { loaders }: HubContext) {
    return program.organisation ? loaders.organisationById.load(program.organisation) : null;
  }

  @FieldResolver(() => StrategyType, { nullable: true, description: 'Strategy the program serves. 전략.' })
  strategy(@Root() program: Row<Program>, @Ctx() { loaders }: HubContext) {
    return program.strategy ? loaders.strategyById.load(program.strategy) : null;
  }

  @FieldResolver(() => SourceDocumentType, { description: 'Document the program is drawn from. 출처 문서.' })
  document(@Root() program: Row<Program>, @Ctx() { loaders }: HubContext) {
    return loaders.documentById.load(program.document);
  }

  @FieldResolver(() => [BudgetLineType], { description: 'Budget lines per fiscal year, phase and quarter. 사업 예산.', complexity: listComplexity })
  budgets(@Root() program: Row<Program>, @Ctx() { loaders }: HubContext) {
    return loaders.budgetLinesByProgramId.load(program.id);
  }

  @FieldResolver(() => [IndicatorType], { description: 'Indicators measuring the program. 지표.', complexity: listComplexity })
  indicators(@Root() program: Row<Program>, @Ctx() { loaders }: HubContext) {
    return loaders.indicatorsByProgramId.load(program.id);
  }
}
