import type { TableRef } from '../../graph/sql/expr';
import type { ListDef } from '../../graph/sql/model';
import { programConditions, type ProgramFilter } from './program.filter';
import { ProgramOrder } from './program.order';

type P = TableRef<'program'>;

/** The program list: its filter and orders, shared by the root list, nested lists and the aggregates. */
export const programList: ListDef<P, ProgramFilter> = { name: 'Program', filter: programConditions, orders: ProgramOrder };
