import type { TableRef } from '../../graph/sql/expr';
import { key, listOrders } from '../../graph/sql/order';

type S = TableRef<'strategy'>;
const inDocumentOrder = [key<S>((s) => s.document_id, 'string'), key<S>((s) => s.source_line, 'integer')];

export const StrategyOrder = listOrders<S, 'YEAR_ASC' | 'YEAR_DESC' | 'TITLE_ASC' | 'TITLE_DESC'>('StrategyOrder', 'Order of a strategy list; ties are broken by id. 전략 정렬.', 'YEAR_ASC', {
  YEAR_ASC: { keys: [key((s) => s.year, 'integer'), ...inDocumentOrder], description: 'Oldest year first, then in document order (the default). 연도 오름차순.' },
  YEAR_DESC: { keys: [key((s) => s.year, 'integer', 'desc'), ...inDocumentOrder], description: 'Latest year first, then in document order. 연도 내림차순.' },
  TITLE_ASC: { keys: [key((s) => s.title, 'string')], description: 'By title, in code point order. 제목 오름차순.' },
  TITLE_DESC: { keys: [key((s) => s.title, 'string', 'desc')], description: 'By title, reversed. 제목 내림차순.' },
});
