import type { TableRef } from '../../graph/sql/expr';
import { key, listOrders, nullableKey } from '../../graph/sql/order';

type P = TableRef<'program'>;
const inDocumentOrder = [key<P>((p) => p.document_id, 'string'), key<P>((p) => p.source_line, 'integer')];

export const ProgramOrder = listOrders<P, 'YEAR_ASC' | 'YEAR_DESC' | 'TITLE_ASC' | 'TITLE_DESC' | 'BUDGET_DESC' | 'BUDGET_ASC'>('ProgramOrder', 'Order of a program list; ties are broken by id, and programs without a budget come last either way. 추진사업 정렬.', 'YEAR_ASC', {
  YEAR_ASC: { keys: [key((p) => p.year, 'integer'), ...inDocumentOrder], description: 'Oldest year first, then in document order (the default). 연도 오름차순.' },
  YEAR_DESC: { keys: [key((p) => p.year, 'integer', 'desc'), ...inDocumentOrder], description: 'Latest year first, then in document order. 연도 내림차순.' },
  TITLE_ASC: { keys: [key((p) => p.title, 'string')], description: 'By title, in code point order (가 before 나). 제목 오름차순.' },
  TITLE_DESC: { keys: [key((p) => p.title, 'string', 'desc')], description: 'By title, reversed. 제목 내림차순.' },
  BUDGET_DESC: { keys: [nullableKey((p) => p.total_budget_million_krw, 'number', 'desc')], description: 'Largest total budget first; programs without an amount (비예산) last. 총사업비 큰 순.' },
  BUDGET_ASC: { keys: [nullableKey((p) => p.total_budget_million_krw, 'number')], description: 'Smallest total budget first; programs without an amount (비예산) last. 총사업비 작은 순.' },
});
