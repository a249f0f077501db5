import type { TableRef } from '../../graph/sql/expr';
import type { ListDef } from '../../graph/sql/model';
import { civicOrganisationConditions, type CivicOrganisationFilter } from './civic-organisation.filter';
import { CivicOrganisationOrder } from './civic-organisation.order';

type C = TableRef<'civic_organisation'>;

/** The civic organisation list: its filter and orders, shared by the root list, nested lists and the aggregates. */
export const civicOrganisationList: ListDef<C, CivicOrganisationFilter> = { name: 'CivicOrganisation', filter: civicOrganisationConditions, orders: CivicOrganisationOrder };
