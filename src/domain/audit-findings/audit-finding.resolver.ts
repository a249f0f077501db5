import { Args, ArgsType, Ctx, Field, FieldResolver, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import type { HubContext, Row } from '../../graph/context';
import { AuditFindingKind } from '../../graph/enums';
import { OwnedFilter, commonWhere, connectionComplexity, listComplexity, matchesCommonFilter } from '../../graph/filters';
import { connectionType, listOrders, PageArgs, paginate, type ComputedKey } from '../../graph/pagination';
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

/** The filter on a finding already loaded, for nested lists; `auditFindings` below builds it in SQL. */
export function matchesAuditFindingFilter(finding: AuditFinding, filter: AuditFindingFilter | null | undefined): boolean {
  if (!filter) return true;
  return matchesCommonFilter(finding, filter)
    && (!filter.kind || finding.kind === filter.kind)
    && (filter.auditYear == null || finding.auditYear === filter.auditYear)
    && (!filter.status || finding.status === filter.status);
}

const inDocumentOrder = { document: 'asc', sourceLine: 'asc' } as const;

/** The number a code ends with (`19-10` → 10), so codes sort 19-2 before 19-10; SQL and JS read the same digits. */
const codeNumber: ComputedKey = {
  sql: `(substring(code from '(\\d{1,9})$'))::int`,
  of: (finding: AuditFinding) => { const m = /(\d{1,9})$/.exec(finding.code); return m ? Number(m[1]) : null; },
  type: 'integer',
};

export const AuditFindingOrder = listOrders('AuditFindingOrder', 'Order of an audit finding list; ties are broken by id. 지적사항 정렬.', 'YEAR_ASC', {
  YEAR_ASC: { by: { year: 'asc', ...inDocumentOrder }, description: 'Oldest reporting year first, then in document order (the default). 연도 오름차순.' },
  YEAR_DESC: { by: { year: 'desc', ...inDocumentOrder }, description: 'Latest reporting year first, then in document order. 연도 내림차순.' },
  CODE_ASC: {
    by: { auditYear: 'asc', codeNumber: 'asc', code: 'asc' }, computed: { codeNumber },
    description: 'By audit year, then by the number the code ends with (19-2 before 19-10). 번호 오름차순.',
  },
  CODE_DESC: {
    by: { auditYear: 'desc', codeNumber: 'desc', code: 'desc' }, computed: { codeNumber },
    description: 'By audit year, latest first, then by code number, highest first. 번호 내림차순.',
  },
});

/** Paging, filter and order of every audit finding list: the root `auditFindings` and the nested ones. */
@ArgsType()
export class AuditFindingArgs extends PageArgs {
  @Field(() => AuditFindingFilter, { nullable: true, description: 'Which records to list; all when absent. 필터.' })
  filter?: AuditFindingFilter | null;

  @Field(() => AuditFindingOrder.enum, { nullable: true, defaultValue: AuditFindingOrder.defaultValue, description: 'Order of the rows; a cursor only continues the order it came from. 정렬 순서.' })
  orderBy?: keyof typeof AuditFindingOrder.enum | null;
}

export const AuditFindingConnection = connectionType(AuditFindingType, 'AuditFinding', '지적사항');

@Resolver(() => AuditFindingType)
export class AuditFindingResolver {
  @Query(() => AuditFindingConnection, { description: 'Council audit findings, in document order. 행정사무감사 지적사항 목록.', complexity: connectionComplexity })
  auditFindings(@Args() { filter, orderBy, first, after }: AuditFindingArgs, @Ctx() { em }: HubContext) {
    const where: Record<string, unknown> = commonWhere(filter);
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.auditYear != null) where.auditYear = filter.auditYear;
    if (filter?.status) where.status = filter.status;
    return paginate(em, AuditFinding, where, AuditFindingOrder.of(orderBy), { first, after });
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
