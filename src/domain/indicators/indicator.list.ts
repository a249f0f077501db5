import type { TableRef } from '../../graph/sql/expr';
import type { ListDef } from '../../graph/sql/model';
import { indicatorConditions, type IndicatorFilter } from './indicator.filter';
import { IndicatorOrder } from './indicator.order';

type I = TableRef<'indicator'>;

/** The indicator list: its filter and orders, shared by the root list, nested lists and the aggregates. */
export const indicatorList: ListDef<I, IndicatorFilter> = { name: 'Indicator', filter: indicatorConditions, orders: IndicatorOrder };
