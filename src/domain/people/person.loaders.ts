import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy, rowsById, rowsByParent } from '../../graph/batch';
import { Person, PersonRole } from './person.entity';

export function personLoaders(em: EntityManager) {
  return {
    personById: rowsById(em, Person),
    rolesByPersonId: rowsByParent(em, PersonRole, 'person', { year: 'asc', document: 'asc', position: 'asc' }),
    /** Roles held in an organisation, people and vacant posts alike. */
    rolesByOrganisationId: rowsByParent(em, PersonRole, 'organisation', { year: 'asc', sourceLine: 'asc' }),
    peopleByOrganisationId: new DataLoader<string, Person[]>(async (orgIds) => {
      const roles = await em.find(PersonRole, { organisation: { $in: [...orgIds] }, person: { $ne: null } }, { fields: ['organisation', 'person'] });
      const people = await em.find(Person, { id: { $in: [...new Set(roles.map((r) => r.person!))] } }, { orderBy: { name: 'asc', id: 'asc' } });
      return groupBy(orgIds, roles, (r) => r.organisation!).map((group) => {
        const ids = new Set(group.map((r) => r.person));
        return people.filter((p) => ids.has(p.id));
      });
    }),
  };
}
