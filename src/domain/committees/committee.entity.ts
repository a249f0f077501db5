import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { COMMITTEE_KINDS } from './committee.enums';
import { SourceDocument } from '../documents/document.entity';
import { Organisation } from '../organisations/organisation.entity';

export const Committee = defineEntity({
  name: 'Committee',
  tableName: 'committee',
  properties: {
    id: p.text().primary(),
    document: () => p.manyToOne(SourceDocument).mapToPk().index(),
    year: p.integer(),
    name: p.text(),
    kind: p.enum([...COMMITTEE_KINDS]),
    chairs: p.array(),
    memberCount: p.integer().nullable(),
    exOfficioCount: p.integer().nullable(),
    appointedCount: p.integer().nullable(),
    organisation: () => p.manyToOne(Organisation).mapToPk().nullable().index(),
    asOf: p.text().nullable(),
    asOfDate: p.date().nullable(),
    sourceLine: p.integer(),
    searchText: p.text(),
  },
});
export type Committee = InferEntity<typeof Committee>;
