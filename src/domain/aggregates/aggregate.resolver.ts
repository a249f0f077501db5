import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graph/context';
import { SourceDocumentType } from '../documents/document.type';
import { OrganisationType } from '../organisations/organisation.type';
import { StrategyType } from '../strategies/strategy.type';
import { budgetSummary, indicatorsAggregate, programsAggregate } from './aggregate.sql';
import {
  BudgetGroupType, BudgetSummaryArgs, IndicatorsAggregateArgs, IndicatorsAggregateType, MAX_BUDGET_GROUPS, ProgramsAggregateArgs,
  ProgramsAggregateType,
} from './aggregate.type';

/**
 * Cost of a budget summary: `first` (clamped, so an out-of-range value reaches the resolver's
 * precise error; absent counts as the most groups allowed) times what each group selects.
 */
const budgetSummaryComplexity = ({ args, childComplexity }: { args: { first?: number | null }; childComplexity: number }) =>
  Math.min(Math.max(args.first ?? MAX_BUDGET_GROUPS, 0), MAX_BUDGET_GROUPS) * Math.max(childComplexity, 1);

// One SQL statement per aggregate; a group's organisation, strategy and document come from the
// request's loaders, one batched statement each whatever the number of groups.
@Resolver(() => BudgetGroupType)
export class AggregateResolver {
  @Query(() => ProgramsAggregateType, {
    description: 'Count, total budgets, statuses and years of every program matching the filter (the whole set `programs` would page through). 추진사업 집계.',
  })
  programsAggregate(@Args() { filter }: ProgramsAggregateArgs, @Ctx() { em }: HubContext) {
    return programsAggregate(em, filter);
  }

  @Query(() => IndicatorsAggregateType, {
    description: 'Count, units and values per year of every indicator matching the filter (the whole set `indicators` would page through). 지표 집계.',
  })
  indicatorsAggregate(@Args() { filter }: IndicatorsAggregateArgs, @Ctx() { em }: HubContext) {
    return indicatorsAggregate(em, filter);
  }

  @Query(() => [BudgetGroupType], {
    description: 'Budget lines (the budgetFacts rows) summed per group of the chosen keys, e.g. per year and organisation for a dashboard panel. By default only line totals are summed (see BudgetSummaryFilter.lineTotalsOnly), so a table\'s breakdown columns and an execution plan\'s quarters are not counted twice. 예산 집계.',
    complexity: budgetSummaryComplexity,
  })
  budgetSummary(@Args() args: BudgetSummaryArgs, @Ctx() { em }: HubContext) {
    return budgetSummary(em, args);
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'Organisation, when grouped by ORGANISATION. 조직.' })
  organisation(@Root() group: BudgetGroupType, @Ctx() { loaders }: HubContext) {
    return group.organisationId ? loaders.organisationById.load(group.organisationId) : null;
  }

  @FieldResolver(() => StrategyType, { nullable: true, description: 'Strategy, when grouped by STRATEGY. 전략.' })
  strategy(@Root() group: BudgetGroupType, @Ctx() { loaders }: HubContext) {
    return group.strategyId ? loaders.strategyById.load(group.strategyId) : null;
  }

  @FieldResolver(() => SourceDocumentType, { nullable: true, description: 'Document, when grouped by DOCUMENT. 출처 문서.' })
  document(@Root() group: BudgetGroupType, @Ctx() { loaders }: HubContext) {
    return group.documentId ? loaders.documentById.load(group.documentId) : null;
  }
}
