import { Args, ArgsType, Ctx, Field, FieldResolver, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import type { HubContext, Row } from '../../graph/context';
import { AuditFindingKind } from '../../graph/enums';
import { OwnedFilter, commonWhere, connectionComplexity, listComplexity } from '../../graph/filters';
import { connectionType, PageArgs, paginate } from '../../graph/pagination';
import { SourceDocumentType } from '../documents/document.type';
import { OrganisationType } from '../organisations/organisation.type';
import { AuditFinding } from './audit-finding.entity';
import { AuditActionType, AuditFindingType } from './audit-finding.type';

@InputType({ description: 'Which findings to list; `year` is the reporting document\'s year. 지적사항 필터.' })
export class AuditFindingFilter extends OwnedFilter {
  @Field(() => AuditFindingKind, { nullable: true, description: 'Only this kind. 처리구분.' })
  kind?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only findings of this audit year. 감사 연도.' })
  auditYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Only this status as printed (진행 …). 조치 상황.' })
  status?: string | null;
}

@ArgsType()
class AuditFindingArgs extends PageArgs {
  @Field(() => AuditFindingFilter, { nullable: true, description: 'Which records to list; all when absent. 필터.' })
  filter?: AuditFindingFilter | null;
}

export const AuditFindingConnection = connectionType(AuditFindingType, 'AuditFinding', '지적사항');

@Resolver(() => AuditFindingType)
export class AuditFindingResolver {
  @Query(() => AuditFindingConnection, { description: 'Council audit findings, in document order. 행정사무감사 지적사항 목록.', complexity: connectionComplexity })
  auditFindings(@Args() { filter, first, after }: AuditFindingArgs, @Ctx() { em }: HubContext) {
    const where: Record<string, unknown> = commonWhere(filter);
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.auditYear != null) where.auditYear = filter.auditYear;
    if (filter?.status) where.status = filter.status;
    return paginate(em, AuditFinding, where, { year: 'asc', document: 'asc', sourceLine: 'asc' }, { first, after });
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'Responsible organisation. 주관 부서.' })
  organisation(@Root() finding: Row<AuditFinding>, @Ctx() { loaders }: HubContext) {
    return finding.organisation ? loaders.organisationById.load(finding.organisation) : null;
  }

  @FieldResolver(() => SourceDocumentType, { description: 'Document the finding is drawn from. 출처 문서.' })
  document(@Root() finding: Row<AuditFinding>, @Ctx() { loaders }: HubContext) {
    return loaders.documentById.load(finding.document);
  }

  @FieldResolver(() => [AuditActionType], { description: 'Planned actions with their dates. 처리계획.', complexity: listComplexity })
  actions(@Root() finding: Row<AuditFinding>, @Ctx() { loaders }: HubContext) {
    return loaders.actionsByFindingId.load(finding.id);
  }
}
