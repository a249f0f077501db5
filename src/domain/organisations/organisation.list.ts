import type { TableRef } from '../../graph/sql/expr';
import type { ListDef } from '../../graph/sql/model';
import { organisationConditions, type OrganisationFilter } from './organisation.filter';
import { OrganisationOrder } from './organisation.order';

type O = TableRef<'organisation'>;

/** The organisation list: its filter and orders, shared by the root list, nested lists and the aggregates. */
export const organisationList: ListDef<O, OrganisationFilter> = { name: 'Organisation', filter: organisationConditions, orders: OrganisationOrder };
