import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy, rowsById, rowsByParent, sql } from '../../graph/batch';
import { BudgetLine } from '../budgets/budget-line.entity';
import { OrganisationLink, OrganisationSnapshot, Staffing } from './organisation-snapshot.entity';
import { Organisation } from './organisation.entity';

export function organisationLoaders(em: EntityManager) {
  return {
    organisationById: rowsById(em, Organisation),
    linksFromOrganisationId: rowsByParent(em, OrganisationLink, 'from', { year: 'asc' }),
    linksToOrganisationId: rowsByParent(em, OrganisationLink, 'to', { year: 'asc' }),
    snapshotsByOrganisationId: rowsByParent(em, OrganisationSnapshot, 'organisation', { year: 'asc', document: 'asc' }),
    snapshotsByParentId: rowsByParent(em, OrganisationSnapshot, 'parent', { year: 'asc', sourceLine: 'asc' }),
    staffingByOrganisationId: rowsByParent(em, Staffing, 'organisation', { year: 'asc', document: 'asc', sourceLine: 'asc' }),
    budgetLinesByOrganisationId: rowsByParent(em, BudgetLine, 'organisation', { fiscalYear: 'asc', document: 'asc', sourceLine: 'asc' }),
    /** Years in which any record names the organisation (the organisation_year view). */
    yearsByOrganisationId: new DataLoader<string, number[]>(async (ids) => {
      const rows = await sql<{ organisation_id: string; year: number }>(em,
        'select organisation_id, year from organisation_year where organisation_id in (?) order by year', [[...ids]]);
      return groupBy(ids, rows, (r) => r.organisation_id).map((g) => g.map((r) => r.year));
    }),
    organisationsByYear: new DataLoader<number, Organisation[]>(async (years) => {
      const rows = await sql<{ year: number; id: string }>(em,
        'select oy.year, o.id from organisation_year oy join organisation o on o.id = oy.organisation_id where oy.year in (?) order by o.name, o.id', [[...years]]);
      const orgs = await em.find(Organisation, { id: { $in: [...new Set(rows.map((r) => r.id))] } });
      const byId = new Map(orgs.map((o) => [o.id, o]));
      return groupBy(years, rows, (r) => r.year).map((g) => g.map((r) => byId.get(r.id)!));
    }),
  };
}
