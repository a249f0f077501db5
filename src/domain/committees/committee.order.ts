import type { TableRef } from '../../graph/sql/expr';
import { key, listOrders, nullableKey } from '../../graph/sql/order';

type C = TableRef<'committee'>;
const inDocumentOrder = [key<C>((c) => c.document_id, 'string'), key<C>((c) => c.source_line, 'integer')];

export const CommitteeOrder = listOrders<C, 'YEAR_ASC' | 'YEAR_DESC' | 'NAME_ASC' | 'NAME_DESC' | 'MEMBERS_DESC' | 'MEMBERS_ASC'>('CommitteeOrder', 'Order of a committee list; ties are broken by id, and committees without a member count come last either way. 위원회 정렬.', 'YEAR_ASC', {
  YEAR_ASC: { keys: [key((c) => c.year, 'integer'), ...inDocumentOrder], description: 'Oldest year first, then in document order (the default). 연도 오름차순.' },
  YEAR_DESC: { keys: [key((c) => c.year, 'integer', 'desc'), ...inDocumentOrder], description: 'Latest year first, then in document order. 연도 내림차순.' },
  NAME_ASC: { keys: [key((c) => c.name, 'string')], description: 'By name, in code point order. 이름 오름차순.' },
  NAME_DESC: { keys: [key((c) => c.name, 'string', 'desc')], description: 'By name, reversed. 이름 내림차순.' },
  MEMBERS_DESC: { keys: [nullableKey((c) => c.member_count, 'integer', 'desc')], description: 'Most members first; no printed count last. 위원 수 많은 순.' },
  MEMBERS_ASC: { keys: [nullableKey((c) => c.member_count, 'integer')], description: 'Fewest members first; no printed count last. 위원 수 적은 순.' },
});
