import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { connectionComplexity } from '../../graph/complexity';
import type { HubContext } from '../../graph/context';
import { IndicatorArgs } from './indicator.args';
import { IndicatorConnection } from './indicator.type';

@Resolver()
export class IndicatorQueries {
  @Query(() => IndicatorConnection, { description: 'Indicators of every document, in document order. 지표 목록.', complexity: connectionComplexity })
  indicators(@Args() _args: IndicatorArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return ctx.readRoot(info);
  }
}
