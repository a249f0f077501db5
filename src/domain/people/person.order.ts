import type { TableRef } from '../../graph/sql/expr';
import { key, listOrders } from '../../graph/sql/order';

export const PersonOrder = listOrders<TableRef<'person'>, 'NAME_ASC' | 'NAME_DESC'>('PersonOrder', 'Order of a list of people; ties are broken by id. 인물 정렬.', 'NAME_ASC', {
  NAME_ASC: { keys: [key((p) => p.name, 'string')], description: 'By name, in code point order (the default). 이름 오름차순.' },
  NAME_DESC: { keys: [key((p) => p.name, 'string', 'desc')], description: 'By name, reversed. 이름 내림차순.' },
});
