import { codePointOrder, eq, type TableRef } from '../../graph/sql/expr';
import { byId, many, moreFields, one, page, readModel, rowsOf } from '../../graph/sql/model';
import { documentOf } from '../documents/document.relations';
import { organisationOf } from '../organisations/organisation.relations';
import { personList } from './person.list';
import { PersonType, RoleType } from './person.type';

type P = TableRef<'person'>;
type R = TableRef<'person_role'>;

export const personRead = readModel(PersonType, 'Person', {
  table: 'person',
  columns: (p: P) => ({ id: p.id, name: p.name }),
  relations: {
    roles: many((p: P) => rowsOf('person_role', (r) => [eq(r.person_id, p.id)], (r) => [r.year, codePointOrder(r.document_id), r.position, codePointOrder(r.id)])),
  },
});

export const roleRead = readModel(RoleType, 'Role', {
  columns: (r: R) => ({
    title: r.title, year: r.year, affiliation: r.affiliation, state: r.state, since: r.since, until: r.until, asOf: r.as_of, sourceLine: r.source_line,
  }),
  relations: {
    organisation: organisationOf((r: R) => r.organisation_id),
    person: one((r: R) => byId('person', r.person_id)),
    document: documentOf,
  },
});

export const personQueries = moreFields('Query', {
  people: page(personList, () => rowsOf('person')),
});
