import { Field, InputType, Int } from 'type-graphql';
import { commonConditions, equals, OwnedFilter } from '../../graph/filters';
import type { Expr, TableRef } from '../../graph/sql/expr';
import { AuditFindingKind, FindingStatus } from './audit-finding.type';

@InputType({ description: 'Which findings to list; `year` is the reporting document\'s year. 지적사항 필터.' })
export class AuditFindingFilter extends OwnedFilter {
  @Field(() => AuditFindingKind, { nullable: true, description: 'Only this kind. 처리구분.' })
  kind?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only findings of this audit year. 감사 연도.' })
  auditYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Only this status as printed (진행 …). 조치 상황.' })
  status?: string | null;

  @Field(() => FindingStatus, { nullable: true, description: 'Only findings in this state, however the document prints it (진행 and 진행 중 are both IN_PROGRESS). 조치 상황.' })
  statusKind?: string | null;
}

export function auditFindingConditions(f: TableRef<'audit_finding'>, filter: AuditFindingFilter): Expr<boolean>[] {
  return [
    ...commonConditions(filter, { searchText: f.search_text, year: f.year, document: f.document_id, organisation: f.organisation_id }),
    ...equals(f.kind, filter.kind),
    ...equals(f.audit_year, filter.auditYear),
    ...equals(f.status, filter.status),
    ...equals(f.status_kind, filter.statusKind),
  ];
}
