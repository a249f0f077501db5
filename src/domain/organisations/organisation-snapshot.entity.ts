import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { LINK_KINDS } from './organisation.enums';
import { SourceDocument } from '../documents/document.entity';
import { Organisation } from './organisation.entity';

/** Where a unit sat in a given year's chart, as one document prints it. */
export const OrganisationSnapshot = defineEntity({
  name: 'OrganisationSnapshot',
  tableName: 'organisation_snapshot',
  properties: {
    id: p.text().primary(),
    organisation: () => p.manyToOne(Organisation).mapToPk().index(),
    year: p.integer().index(),
    document: () => p.manyToOne(SourceDocument).mapToPk(),
    parent: () => p.manyToOne(Organisation).mapToPk().nullable().index(),
    printedAs: p.text().nullable(),
    sourceLine: p.integer(),
  },
});
export type OrganisationSnapshot = InferEntity<typeof OrganisationSnapshot>;

export const Staffing = defineEntity({
  name: 'Staffing',
  tableName: 'staffing',
  properties: {
    id: p.text().primary(),
    organisation: () => p.manyToOne(Organisation).mapToPk().index(),
    year: p.integer(),
    document: () => p.manyToOne(SourceDocument).mapToPk(),
    grade: p.text().nullable(),
    authorized: p.integer().nullable(),
    current: p.integer().nullable(),
    asOf: p.text().nullable(),
    raw: p.text().nullable(),
    sourceLine: p.integer(),
  },
});
export type Staffing = InferEntity<typeof Staffing>;

/** A unit renamed, succeeded, or whose work moved to another: the lineage the documents show. */
export const OrganisationLink = defineEntity({
  name: 'OrganisationLink',
  tableName: 'organisation_link',
  properties: {
    id: p.text().primary(),
    from: () => p.manyToOne(Organisation).mapToPk().index(),
    to: () => p.manyToOne(Organisation).mapToPk().index(),
    kind: p.enum([...LINK_KINDS]),
    year: p.integer(),
    reason: p.text(),
    document: () => p.manyToOne(SourceDocument).mapToPk(),
    sourceLine: p.integer(),
  },
});
export type OrganisationLink = InferEntity<typeof OrganisationLink>;
