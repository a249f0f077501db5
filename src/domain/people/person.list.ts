import type { TableRef } from '../../graph/sql/expr';
import type { ListDef } from '../../graph/sql/model';
import { personConditions, type PersonFilter } from './person.filter';
import { PersonOrder } from './person.order';

type P = TableRef<'person'>;

/** The person list: its filter and orders, shared by the root list, nested lists and the aggregates. */
export const personList: ListDef<P, PersonFilter> = { name: 'Person', filter: personConditions, orders: PersonOrder };
