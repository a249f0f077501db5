import type { TableRef } from '../../graph/sql/expr';
import type { ListDef } from '../../graph/sql/model';
import { committeeConditions, type CommitteeFilter } from './committee.filter';
import { CommitteeOrder } from './committee.order';

type C = TableRef<'committee'>;

/** The committee list: its filter and orders, shared by the root list, nested lists and the aggregates. */
export const committeeList: ListDef<C, CommitteeFilter> = { name: 'Committee', filter: committeeConditions, orders: CommitteeOrder };
