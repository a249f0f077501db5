import type { TableRef } from '../../graph/sql/expr';
import type { ListDef } from '../../graph/sql/model';
import { strategyConditions, type StrategyFilter } from './strategy.filter';
import { StrategyOrder } from './strategy.order';

type S = TableRef<'strategy'>;

/** The strategy list: its filter and orders, shared by the root list, nested lists and the aggregates. */
export const strategyList: ListDef<S, StrategyFilter> = { name: 'Strategy', filter: strategyConditions, orders: StrategyOrder };
