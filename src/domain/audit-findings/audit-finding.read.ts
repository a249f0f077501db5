import { codePointOrder, eq, type TableRef } from '../../graph/sql/expr';
import { many, moreFields, page, readModel, rowsOf } from '../../graph/sql/model';
import { documentOf } from '../documents/document.relations';
import { organisationOf } from '../organisations/organisation.relations';
import { auditFindingList } from './audit-finding.list';
import { AuditActionType, AuditFindingType } from './audit-finding.type';

type F = TableRef<'audit_finding'>;

export const auditFindingRead = readModel(AuditFindingType, 'AuditFinding', {
  table: 'audit_finding',
  columns: (f: F) => ({
    id: f.id, year: f.year, code: f.code, auditYear: f.audit_year, kind: f.kind, title: f.title, status: f.status,
    statusKind: f.status_kind, committee: f.committee, page: f.page, sourceLine: f.source_line,
  }),
  relations: {
    organisation: organisationOf((f: F) => f.organisation_id),
    document: documentOf,
    actions: many((f: F) => rowsOf('audit_action', (a) => [eq(a.finding_id, f.id)], (a) => [a.position, codePointOrder(a.id)])),
  },
});

export const auditActionRead = readModel(AuditActionType, 'AuditAction', {
  columns: (a: TableRef<'audit_action'>) => ({ summary: a.summary, due: a.due, sourceLine: a.source_line }),
});

export const auditFindingQueries = moreFields('Query', {
  auditFindings: page(auditFindingList, () => rowsOf('audit_finding')),
});
