import { sql, type Expr, type TableRef } from '../../graph/sql/expr';
import { key, listOrders, nullableKey } from '../../graph/sql/order';

type F = TableRef<'audit_finding'>;
const inDocumentOrder = [key<F>((f) => f.document_id, 'string'), key<F>((f) => f.source_line, 'integer')];

/** The number a code ends with (`19-10` → 10), so codes sort 19-2 before 19-10. */
const codeNumber = (f: F): Expr<number | null> => sql<number | null>`(substring(${f.code} from '(\\d{1,9})$'))::int`;

export const AuditFindingOrder = listOrders<F, 'YEAR_ASC' | 'YEAR_DESC' | 'CODE_ASC' | 'CODE_DESC'>('AuditFindingOrder', 'Order of an audit finding list; ties are broken by id. 지적사항 정렬.', 'YEAR_ASC', {
  YEAR_ASC: { keys: [key((f) => f.year, 'integer'), ...inDocumentOrder], description: 'Oldest reporting year first, then in document order (the default). 연도 오름차순.' },
  YEAR_DESC: { keys: [key((f) => f.year, 'integer', 'desc'), ...inDocumentOrder], description: 'Latest reporting year first, then in document order. 연도 내림차순.' },
  CODE_ASC: {
    keys: [key((f) => f.audit_year, 'integer'), nullableKey(codeNumber, 'integer'), key((f) => f.code, 'string')],
    description: 'By audit year, then by the number the code ends with (19-2 before 19-10). 번호 오름차순.',
  },
  CODE_DESC: {
    keys: [key((f) => f.audit_year, 'integer', 'desc'), nullableKey(codeNumber, 'integer', 'desc'), key((f) => f.code, 'string', 'desc')],
    description: 'By audit year, latest first, then by code number, highest first. 번호 내림차순.',
  },
});
