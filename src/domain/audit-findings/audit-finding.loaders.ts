import type { EntityManager } from '@mikro-orm/postgresql';
import { rowsById, rowsByParent } from '../../graph/batch';
import { AuditAction, AuditFinding } from './audit-finding.entity';

export function auditFindingLoaders(em: EntityManager) {
  return {
    auditFindingById: rowsById(em, AuditFinding),
    auditFindingsByOrganisationId: rowsByParent(em, AuditFinding, 'organisation', { auditYear: 'asc', sourceLine: 'asc' }),
    actionsByFindingId: rowsByParent(em, AuditAction, 'finding', { position: 'asc' }),
  };
}
