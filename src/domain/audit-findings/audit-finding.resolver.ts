import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { connectionComplexity } from '../../graph/complexity';
import type { HubContext } from '../../graph/context';
import { AuditFindingArgs } from './audit-finding.args';
import { AuditFindingConnection } from './audit-finding.type';

@Resolver()
export class AuditFindingQueries {
  @Query(() => AuditFindingConnection, { description: 'Council audit findings, in document order. 행정사무감사 지적사항 목록.', complexity: connectionComplexity })
  auditFindings(@Args() _args: AuditFindingArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return ctx.readRoot(info);
  }
}
