import type { TableRef } from '../../graph/sql/expr';
import type { ListDef } from '../../graph/sql/model';
import { auditFindingConditions, type AuditFindingFilter } from './audit-finding.filter';
import { AuditFindingOrder } from './audit-finding.order';

type F = TableRef<'audit_finding'>;

/** The audit finding list: its filter and orders, shared by the root list, nested lists and the aggregates. */
export const auditFindingList: ListDef<F, AuditFindingFilter> = { name: 'AuditFinding', filter: auditFindingConditions, orders: AuditFindingOrder };
