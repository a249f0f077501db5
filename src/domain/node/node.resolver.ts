import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../graph/context';
import { Node } from '../../graph/node';
import { moreFields } from '../../graph/sql/model';

@Resolver()
export class NodeQueries {
  @Query(() => Node, { nullable: true, description: 'Any record by its id. ID로 레코드 조회.' })
  node(@Arg('id', () => ID, { description: 'A global id, e.g. `org:정책기획관` or a document slug. ID.' }) _id: string, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return ctx.readRoot(info);
  }
}

/** The record of the type the id names (graph/node.ts), from that type's table. */
export const nodeQueries = moreFields('Query', {
  node: { kind: 'node', id: (_row, { id }: { id: string }) => id },
});
