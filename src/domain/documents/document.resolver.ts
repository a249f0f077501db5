import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, Info, Query, Resolver } from 'type-graphql';
import { listComplexity } from '../../graph/complexity';
import type { HubContext } from '../../graph/context';
import { SourceDocumentType } from './document.type';

@Resolver()
export class DocumentQueries {
  @Query(() => [SourceDocumentType], { description: 'Every source document, by plan year. 출처 문서 목록.', complexity: listComplexity })
  documents(@Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return ctx.readRoot(info);
  }
}
