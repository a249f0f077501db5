import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { SourceDocument } from '../documents/document.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Strategy } from '../strategies/strategy.entity';
import { MENTION_ROLES, ORGANISATION_BASES, PROGRAM_STATUSES } from './program.enums';

/** One initiative as one document prints it, with every place it is printed (ProgramMention). */
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
    organisationBasis: p.enum([...ORGANISATION_BASES]),
    organisationLine: p.integer().nullable(),
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

/** A place where the document prints the program: a summary-table row, a section, an indicator block … */
export const ProgramMention = defineEntity({
  name: 'ProgramMention',
  tableName: 'program_mention',
  properties: {
    id: p.text().primary(),
    program: () => p.manyToOne(Program).mapToPk().index(),
    position: p.integer(),
    role: p.enum([...MENTION_ROLES]),
    printedAs: p.text().nullable(),
    sourceLine: p.integer(),
  },
});
export type ProgramMention = InferEntity<typeof ProgramMention>;

/** A money figure over several years (총사업비 of a multi-year project), with its period as printed. */
export const ProjectTotal = defineEntity({
  name: 'ProjectTotal',
  tableName: 'project_total',
  properties: {
    id: p.text().primary(),
    program: () => p.manyToOne(Program).mapToPk().index(),
    period: p.text(),
    category: p.text().nullable(),
    millionKrw: p.double(),
    amountAsPrinted: p.double(),
    unitAsPrinted: p.text(),
    rawText: p.text(),
    sourceLine: p.integer(),
    /** Every line printing this same figure (the first is sourceLine). */
    sourceLines: p.array((line) => Number(line)).columnType('int[]'),
  },
});
export type ProjectTotal = InferEntity<typeof ProjectTotal>;

/** A dated step of a program (design competition, groundbreaking, opening …). */
export const Milestone = defineEntity({
  name: 'Milestone',
  tableName: 'milestone',
  properties: {
    id: p.text().primary(),
    program: () => p.manyToOne(Program).mapToPk().index(),
    position: p.integer(),
    datePrinted: p.text(),
    isoDate: p.text().nullable(),
    isoEndDate: p.text().nullable(),
    event: p.text(),
    sourceLine: p.integer(),
  },
});
export type Milestone = InferEntity<typeof Milestone>;
