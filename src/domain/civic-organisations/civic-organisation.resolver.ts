import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { connectionComplexity } from '../../graph/complexity';
import type { HubContext } from '../../graph/context';
import { CivicOrganisationArgs } from './civic-organisation.args';
import { CivicOrganisationConnection } from './civic-organisation.type';

@Resolver()
export class CivicOrganisationQueries {
  @Query(() => CivicOrganisationConnection, { description: 'Civic organisations, in document order. 단체 목록.', complexity: connectionComplexity })
  civicOrganisations(@Args() _args: CivicOrganisationArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return ctx.readRoot(info);
  }
}
