import type { Concept } from '../concept';
import { auditActionRead, auditFindingQueries, auditFindingRead } from './audit-finding.read';
import { AuditFindingQueries } from './audit-finding.resolver';

export const auditFindings: Concept = { resolvers: [AuditFindingQueries], reads: [auditFindingRead, auditActionRead, auditFindingQueries] };
