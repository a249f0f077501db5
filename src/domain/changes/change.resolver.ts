import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../graph/context';
import { ChangesType } from './change.type';

@Resolver()
export class ChangeQueries {
  @Query(() => ChangesType, {
    description: 'What changed between the programs of two plan years, through the curated series: continued (with budget and owner change), renamed, added and dropped. 연도 간 변화.',
  })
  changes(
    @Arg('fromYear', () => Int, { description: 'The earlier plan year. 이전 연도.' }) _fromYear: number,
    @Arg('toYear', () => Int, { description: 'The later plan year. 이후 연도.' }) _toYear: number,
    @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.readRoot(info);
  }
}
