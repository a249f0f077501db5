import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { PROGRAM_STATUSES } from './program.enums';
import { SourceDocument } from '../documents/document.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Strategy } from '../strategies/strategy.entity';

export const Program = defineEntity({
  name: 'Program',
  tableName: 'program',
  properties: {
    id: p.text().primary(),
    document: () => p.manyToOne(SourceDocument).mapToPk().index(),
    year: p.integer().index(),
    number: p.text().nullable(),
    section: p.text().nullable(),
    title: p.text(),
    organisation: () => p.manyToOne(Organisation).mapToPk().nullable().index(),
    strategy: () => p.manyToOne(Strategy).mapToPk().nullable().index(),
    status: p.enum([...PROGRAM_STATUSES]).nullable(),
    period: p.text().nullable(),
    totalBudgetMillionKrw: p.double().nullable(),
    totalBudgetRaw: p.text().nullable(),
    totalBudgetUnit: p.text().nullable(),
    nationalSupport: p.text().nullable(),
    page: p.integer().nullable(),
    sourceLine: p.integer(),
    searchText: p.text(),
  },
});
export type Program = InferEntity<typeof Program>;
