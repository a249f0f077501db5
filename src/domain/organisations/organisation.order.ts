import type { TableRef } from '../../graph/sql/expr';
import { key, listOrders } from '../../graph/sql/order';

export const OrganisationOrder = listOrders<TableRef<'organisation'>, 'NAME_ASC' | 'NAME_DESC'>('OrganisationOrder', 'Order of an organisation list; ties are broken by id. 조직 정렬.', 'NAME_ASC', {
  NAME_ASC: { keys: [key((o) => o.name, 'string')], description: 'By name, in code point order (the default). 이름 오름차순.' },
  NAME_DESC: { keys: [key((o) => o.name, 'string', 'desc')], description: 'By name, reversed. 이름 내림차순.' },
});
