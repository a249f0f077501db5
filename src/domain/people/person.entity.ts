import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { ROLE_STATES } from './person.enums';
import { SourceDocument } from '../documents/document.entity';
import { Organisation } from '../organisations/organisation.entity';

export const Person = defineEntity({
  name: 'Person',
  tableName: 'person',
  properties: {
    id: p.text().primary(),
    name: p.text(),
    searchText: p.text(),
  },
});
export type Person = InferEntity<typeof Person>;

/** A post held (or, without a person, printed vacant) as one document reports it. */
export const PersonRole = defineEntity({
  name: 'PersonRole',
  tableName: 'person_role',
  properties: {
    id: p.text().primary(),
    person: () => p.manyToOne(Person).mapToPk().nullable().index(),
    document: () => p.manyToOne(SourceDocument).mapToPk().index(),
    year: p.integer(),
    position: p.integer(),
    title: p.text(),
    organisation: () => p.manyToOne(Organisation).mapToPk().nullable().index(),
    affiliation: p.text().nullable(),
    state: p.enum([...ROLE_STATES]).nullable(),
    since: p.text().nullable(),
    until: p.text().nullable(),
    asOf: p.text().nullable(),
    sourceLine: p.integer(),
  },
});
export type PersonRole = InferEntity<typeof PersonRole>;
