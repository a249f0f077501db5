import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { DOCUMENT_KINDS } from './document.enums';
import { Organisation } from '../organisations/organisation.entity';

export const SourceDocument = defineEntity({
  name: 'SourceDocument',
  tableName: 'source_document',
  properties: {
    id: p.text().primary(),
    title: p.text(),
    kind: p.enum([...DOCUMENT_KINDS]),
    planYear: p.integer(),
    publishedOn: p.text().nullable(),
    issuer: () => p.manyToOne(Organisation).mapToPk().nullable(),
    fileName: p.text(),
    sourceLine: p.integer(),
    searchText: p.text(),
  },
});
export type SourceDocument = InferEntity<typeof SourceDocument>;

/** A total the document prints, re-added from the loaded rows. Mismatches are kept, never fixed. */
export const TotalCheck = defineEntity({
  name: 'TotalCheck',
  tableName: 'total_check',
  properties: {
    id: p.text().primary(),
    document: () => p.manyToOne(SourceDocument).mapToPk().index(),
    label: p.text(),
    of: p.text(),
    printed: p.double().nullable(),
    printedRaw: p.text().nullable(),
    computed: p.double().nullable(),
    matches: p.boolean(),
    sourceLine: p.integer(),
  },
});
export type TotalCheck = InferEntity<typeof TotalCheck>;
