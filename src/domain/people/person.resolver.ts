import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { connectionComplexity } from '../../graph/complexity';
import type { HubContext } from '../../graph/context';
import { PersonArgs } from './person.args';
import { PersonConnection } from './person.type';

@Resolver()
export class PersonQueries {
  @Query(() => PersonConnection, { description: 'People, by name. 인물 목록.', complexity: connectionComplexity })
  people(@Args() _args: PersonArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return ctx.readRoot(info);
  }
}
