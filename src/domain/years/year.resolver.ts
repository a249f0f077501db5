import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { connectionComplexity, listComplexity } from '../../graph/complexity';
import type { HubContext } from '../../graph/context';
import { readField } from '../../graph/read-field';
import { ProgramArgs } from '../programs/program.args';
import { ProgramConnection } from '../programs/program.type';
import { StrategyArgs } from '../strategies/strategy.args';
import { StrategyConnection } from '../strategies/strategy.type';
import { YearType } from './year.type';

@Resolver(() => YearType)
export class YearResolver {
  @Query(() => [YearType], { description: 'Every year that has any record, ascending. 연도 목록.', complexity: listComplexity })
  years(@Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return ctx.readRoot(info);
  }

  @Query(() => YearType, { nullable: true, description: 'One year, or null when no record refers to it. 연도.' })
  year(@Arg('year', () => Int, { description: 'The year, e.g. 2019. 연도.' }) _year: number, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return ctx.readRoot(info);
  }

  @FieldResolver(() => StrategyConnection, { description: 'Strategies of documents of the year. 전략.', complexity: connectionComplexity })
  strategies(@Root() year: object, @Args() _args: StrategyArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return readField(year, null, ctx, info);
  }

  @FieldResolver(() => ProgramConnection, { description: 'Programs of documents of the year. 추진사업.', complexity: connectionComplexity })
  programs(@Root() year: object, @Args() _args: ProgramArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return readField(year, null, ctx, info);
  }
}
