import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { connectionComplexity } from '../../graph/complexity';
import type { HubContext } from '../../graph/context';
import { readField } from '../../graph/read-field';
import { ProgramArgs } from '../programs/program.args';
import { ProgramConnection } from '../programs/program.type';
import { StrategyArgs } from './strategy.args';
import { StrategyConnection, StrategyType } from './strategy.type';

@Resolver(() => StrategyType)
export class StrategyResolver {
  @Query(() => StrategyConnection, { description: 'Strategies of every document, in document order. 전략 목록.', complexity: connectionComplexity })
  strategies(@Args() _args: StrategyArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return ctx.readRoot(info);
  }

  @FieldResolver(() => ProgramConnection, { description: 'Programs serving the strategy. 추진사업.', complexity: connectionComplexity })
  programs(@Root() strategy: object, @Args() _args: ProgramArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return readField(strategy, null, ctx, info);
  }
}
