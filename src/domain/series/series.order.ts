import type { TableRef } from '../../graph/sql/expr';
import { key, listOrders } from '../../graph/sql/order';

export const ProgramSeriesOrder = listOrders<TableRef<'program_series'>, 'TITLE_ASC' | 'TITLE_DESC'>('ProgramSeriesOrder', 'Order of a program series list; ties are broken by id. 사업 시계열 정렬.', 'TITLE_ASC', {
  TITLE_ASC: { keys: [key((s) => s.title, 'string')], description: 'By title, in code point order (the default). 제목 오름차순.' },
  TITLE_DESC: { keys: [key((s) => s.title, 'string', 'desc')], description: 'By title, reversed. 제목 내림차순.' },
});

export const IndicatorSeriesOrder = listOrders<TableRef<'indicator_series'>, 'NAME_ASC' | 'NAME_DESC'>('IndicatorSeriesOrder', 'Order of an indicator series list; ties are broken by id. 지표 시계열 정렬.', 'NAME_ASC', {
  NAME_ASC: { keys: [key((s) => s.name, 'string')], description: 'By name, in code point order (the default). 이름 오름차순.' },
  NAME_DESC: { keys: [key((s) => s.name, 'string', 'desc')], description: 'By name, reversed. 이름 내림차순.' },
});
