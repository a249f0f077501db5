import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { FINDING_KINDS, FINDING_STATUSES } from './audit-finding.enums';
import { SourceDocument } from '../documents/document.entity';
import { Organisation } from '../organisations/organisation.entity';

export const AuditFinding = defineEntity({
  name: 'AuditFinding',
  tableName: 'audit_finding',
  properties: {
    id: p.text().primary(),
    document: () => p.manyToOne(SourceDocument).mapToPk().index(),
    year: p.integer(),
    code: p.text(),
    auditYear: p.integer(),
    kind: p.enum([...FINDING_KINDS]),
    title: p.text(),
    organisation: () => p.manyToOne(Organisation).mapToPk().nullable().index(),
    committee: p.text().nullable(),
    status: p.text().nullable(),
    statusKind: p.enum([...FINDING_STATUSES]).nullable(),
    page: p.integer().nullable(),
    sourceLine: p.integer(),
    searchText: p.text(),
  },
});
export type AuditFinding = InferEntity<typeof AuditFinding>;

export const AuditAction = defineEntity({
  name: 'AuditAction',
  tableName: 'audit_action',
  properties: {
    id: p.text().primary(),
    finding: () => p.manyToOne(AuditFinding).mapToPk().index(),
    position: p.integer(),
    summary: p.text(),
    due: p.text().nullable(),
    sourceLine: p.integer(),
  },
});
export type AuditAction = InferEntity<typeof AuditAction>;
