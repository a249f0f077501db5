import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { connectionComplexity, listComplexity } from '../../graph/complexity';
import type { HubContext } from '../../graph/context';
import { readField } from '../../graph/read-field';
import { AuditFindingArgs } from '../audit-findings/audit-finding.args';
import { AuditFindingConnection } from '../audit-findings/audit-finding.type';
import { BudgetLineType } from '../budgets/budget-line.type';
import { CommitteeArgs } from '../committees/committee.args';
import { CommitteeConnection } from '../committees/committee.type';
import { ProgramArgs } from '../programs/program.args';
import { ProgramConnection } from '../programs/program.type';
import { StrategyArgs } from '../strategies/strategy.args';
import { StrategyConnection } from '../strategies/strategy.type';
import { OrganisationArgs } from './organisation.args';
import { OrganisationConnection, OrganisationType, StaffingType } from './organisation.type';

const yearArg = { nullable: true, description: 'Only this year; all years when absent. 연도.' } as const;

// Fields with arguments are declared here; organisation.read.ts says how each is read in SQL.
@Resolver(() => OrganisationType)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, { description: 'Organisations, by name. 조직 목록.', complexity: connectionComplexity })
  organisations(@Args() _args: OrganisationArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return ctx.readRoot(info);
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'Parent unit in that year (latest known when no year is given). 상위 조직.' })
  parent(@Root() org: object, @Arg('year', () => Int, yearArg) _year: number | null, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return readField(org, null, ctx, info);
  }

  @FieldResolver(() => [OrganisationType], { description: 'Units under this one in that year (every year when absent). 하위 조직.', complexity: listComplexity })
  children(@Root() org: object, @Arg('year', () => Int, yearArg) _year: number | null, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return readField(org, null, ctx, info);
  }

  @FieldResolver(() => [StaffingType], { description: 'Staffing figures (unit total and per grade), by year. 정원/현원.', complexity: listComplexity })
  staffing(@Root() org: object, @Arg('year', () => Int, yearArg) _year: number | null, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return readField(org, null, ctx, info);
  }

  @FieldResolver(() => [BudgetLineType], { description: 'Budget lines of the unit, by fiscal year. 조직 예산.', complexity: listComplexity })
  budgets(@Root() org: object, @Arg('year', () => Int, { ...yearArg, description: 'Only this fiscal year. 회계연도.' }) _year: number | null, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return readField(org, null, ctx, info);
  }

  @FieldResolver(() => StrategyConnection, { description: 'Strategies the unit owns. 전략.', complexity: connectionComplexity })
  strategies(@Root() org: object, @Arg('year', () => Int, yearArg) _year: number | null, @Args() _args: StrategyArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return readField(org, null, ctx, info);
  }

  @FieldResolver(() => ProgramConnection, { description: 'Programs the unit is responsible for; with includePredecessors, also those of the units it follows. 추진사업.', complexity: connectionComplexity })
  programs(
    @Root() org: object,
    @Arg('year', () => Int, yearArg) _year: number | null,
    @Arg('includePredecessors', () => Boolean, { defaultValue: false, description: 'Add the programs of every predecessor (renamed from, succeeded, took work from), transitively. 이전 조직 포함.' }) _includePredecessors: boolean,
    @Args() _args: ProgramArgs,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readField(org, null, ctx, info);
  }

  @FieldResolver(() => CommitteeConnection, { description: 'Committees the unit manages. 소관 위원회.', complexity: connectionComplexity })
  committees(@Root() org: object, @Args() _args: CommitteeArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return readField(org, null, ctx, info);
  }

  @FieldResolver(() => AuditFindingConnection, { description: 'Council audit findings the unit is responsible for. 행정사무감사 지적사항.', complexity: connectionComplexity })
  auditFindings(@Root() org: object, @Args() _args: AuditFindingArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return readField(org, null, ctx, info);
  }
}
