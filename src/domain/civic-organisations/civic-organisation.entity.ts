import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { SourceDocument } from '../documents/document.entity';

export const CivicOrganisation = defineEntity({
  name: 'CivicOrganisation',
  tableName: 'civic_organisation',
  properties: {
    id: p.text().primary(),
    document: () => p.manyToOne(SourceDocument).mapToPk().index(),
    year: p.integer(),
    name: p.text(),
    representative: p.text().nullable(),
    address: p.text().nullable(),
    memberCount: p.integer().nullable(),
    corporateMemberCount: p.integer().nullable(),
    membersRaw: p.text().nullable(),
    phone: p.text().nullable(),
    asOf: p.text().nullable(),
    asOfDate: p.date().nullable(),
    sourceLine: p.integer(),
    searchText: p.text(),
  },
});
export type CivicOrganisation = InferEntity<typeof CivicOrganisation>;
