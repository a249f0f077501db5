import type { TableRef } from '../../graph/sql/expr';
import { key, listOrders } from '../../graph/sql/order';

export const IndicatorOrder = listOrders<TableRef<'indicator'>, 'DOCUMENT_ORDER' | 'NAME_ASC' | 'NAME_DESC'>('IndicatorOrder', 'Order of an indicator list; ties are broken by id. 지표 정렬.', 'DOCUMENT_ORDER', {
  DOCUMENT_ORDER: { keys: [key((i) => i.document_id, 'string'), key((i) => i.source_line, 'integer')], description: 'By document, then as printed (the default). 문서 순서.' },
  NAME_ASC: { keys: [key((i) => i.name, 'string')], description: 'By name, in code point order. 이름 오름차순.' },
  NAME_DESC: { keys: [key((i) => i.name, 'string', 'desc')], description: 'By name, reversed. 이름 내림차순.' },
});
