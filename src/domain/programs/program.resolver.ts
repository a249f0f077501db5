import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { connectionComplexity } from '../../graph/complexity';
import type { HubContext } from '../../graph/context';
import { ProgramArgs } from './program.args';
import { ProgramConnection } from './program.type';

@Resolver()
export class ProgramQueries {
  @Query(() => ProgramConnection, { description: 'Programs of every year, in document order. 추진사업 목록.', complexity: connectionComplexity })
  programs(@Args() _args: ProgramArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return ctx.readRoot(info);
  }
}
