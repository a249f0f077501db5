import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../graph/context';
import { connectionComplexity } from '../../graph/filters';
import { connectionType, PageArgs, paginate } from '../../graph/pagination';
import { BudgetFact, IndicatorObservation } from './observation.entity';
import { BudgetFactFilter, flatRowWhere, IndicatorObservationFilter } from './observation.filters';
import { BudgetFactType, IndicatorObservationType } from './observation.type';

@ArgsType()
class IndicatorObservationArgs extends PageArgs {
  @Field(() => IndicatorObservationFilter, { nullable: true, description: 'Which rows to list; all when absent. 필터.' })
  filter?: IndicatorObservationFilter | null;
}

@ArgsType()
class BudgetFactArgs extends PageArgs {
  @Field(() => BudgetFactFilter, { nullable: true, description: 'Which rows to list; all when absent. 필터.' })
  filter?: BudgetFactFilter | null;
}

export const IndicatorObservationConnection = connectionType(IndicatorObservationType, 'IndicatorObservation', '지표 관측값');
export const BudgetFactConnection = connectionType(BudgetFactType, 'BudgetFact', '예산 사실');

// The rows are flat, so a page is two statements (rows and count) and needs no loaders.
@Resolver()
export class ObservationResolver {
  @Query(() => IndicatorObservationConnection, {
    description: 'Every indicator value as a flat row, by year, document and line: a whole table for BI connectors, paged with `first` and `after`. 지표 관측값 목록(BI용 평면 행).',
    complexity: connectionComplexity,
  })
  indicatorObservations(@Args() { filter, first, after }: IndicatorObservationArgs, @Ctx() { em }: HubContext) {
    const where = flatRowWhere(filter, 'year');
    if (filter?.kind) where.kind = filter.kind;
    return paginate(em, IndicatorObservation, where, { year: 'asc', documentId: 'asc', sourceLine: 'asc' }, { first, after });
  }

  @Query(() => BudgetFactConnection, {
    description: 'Every budget line as a flat row, by fiscal year, document and line: a whole table for BI connectors, paged with `first` and `after`. 예산 사실 목록(BI용 평면 행).',
    complexity: connectionComplexity,
  })
  budgetFacts(@Args() { filter, first, after }: BudgetFactArgs, @Ctx() { em }: HubContext) {
    const where = flatRowWhere(filter, 'fiscalYear');
    if (filter?.phase) where.phase = filter.phase;
    return paginate(em, BudgetFact, where, { fiscalYear: 'asc', documentId: 'asc', sourceLine: 'asc' }, { first, after });
  }
}
