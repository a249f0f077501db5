import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { connectionComplexity } from '../../graph/complexity';
import type { HubContext } from '../../graph/context';
import { BudgetFactArgs, IndicatorObservationArgs } from './observation.args';
import { BudgetFactConnection, IndicatorObservationConnection } from './observation.type';

@Resolver()
export class ObservationQueries {
  @Query(() => IndicatorObservationConnection, {
    description: 'Every indicator value as a flat row, by year, document and line: a whole table for BI connectors, paged with `first` and `after`. 지표 관측값 목록(BI용 평면 행).',
    complexity: connectionComplexity,
  })
  indicatorObservations(@Args() _args: IndicatorObservationArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return ctx.readRoot(info);
  }

  @Query(() => BudgetFactConnection, {
    description: 'Every budget line as a flat row, by fiscal year, document and line: a whole table for BI connectors, paged with `first` and `after`. 예산 사실 목록(BI용 평면 행).',
    complexity: connectionComplexity,
  })
  budgetFacts(@Args() _args: BudgetFactArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return ctx.readRoot(info);
  }
}
