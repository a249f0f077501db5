import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { connectionComplexity } from '../../graph/complexity';
import type { HubContext } from '../../graph/context';
import { CommitteeArgs } from './committee.args';
import { CommitteeConnection } from './committee.type';

@Resolver()
export class CommitteeQueries {
  @Query(() => CommitteeConnection, { description: 'Committees, in document order. 위원회 목록.', complexity: connectionComplexity })
  committees(@Args() _args: CommitteeArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return ctx.readRoot(info);
  }
}
