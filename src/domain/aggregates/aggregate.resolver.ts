import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../graph/context';
import { BudgetSummaryArgs, IndicatorsAggregateArgs, ProgramsAggregateArgs } from './aggregate.args';
import { BudgetGroupType, IndicatorsAggregateType, MAX_BUDGET_GROUPS, ProgramsAggregateType } from './aggregate.type';

/**
 * Cost of a budget summary: `first` (clamped, so an out-of-range value reaches the precise
 * error; absent counts as the most groups allowed) times what each group selects.
 */
const budgetSummaryComplexity = ({ args, childComplexity }: { args: { first?: number | null }; childComplexity: number }) =>
  Math.min(Math.max(args.first ?? MAX_BUDGET_GROUPS, 0), MAX_BUDGET_GROUPS) * Math.max(childComplexity, 1);

@Resolver()
export class AggregateQueries {
  @Query(() => ProgramsAggregateType, {
    description: 'Count, total budgets, statuses and years of every program matching the filter (the whole set `programs` would page through). 추진사업 집계.',
  })
  programsAggregate(@Args() _args: ProgramsAggregateArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return ctx.readRoot(info);
  }

  @Query(() => IndicatorsAggregateType, {
    description: 'Count, units and values per year of every indicator matching the filter (the whole set `indicators` would page through). 지표 집계.',
  })
  indicatorsAggregate(@Args() _args: IndicatorsAggregateArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return ctx.readRoot(info);
  }

  @Query(() => [BudgetGroupType], {
    description: 'Budget lines (the budgetFacts rows) summed per group of the chosen keys, e.g. per year and organisation for a dashboard panel. By default only line totals are summed (see BudgetSummaryFilter.lineTotalsOnly), so a table\'s breakdown columns and an execution plan\'s quarters are not counted twice. 예산 집계.',
    complexity: budgetSummaryComplexity,
  })
  budgetSummary(@Args() _args: BudgetSummaryArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return ctx.readRoot(info);
  }
}
