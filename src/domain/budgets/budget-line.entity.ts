import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BUDGET_PHASES } from './budget.enums';
import { SourceDocument } from '../documents/document.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Program } from '../programs/program.entity';

/** One fiscal-year figure per (owner, fiscal year, phase, quarter, category) and document; the owner is an organisation or a program. */
export const BudgetLine = defineEntity({
  name: 'BudgetLine',
  tableName: 'budget_line',
  properties: {
    id: p.text().primary(),
    document: () => p.manyToOne(SourceDocument).mapToPk().index(),
    organisation: () => p.manyToOne(Organisation).mapToPk().nullable().index(),
    program: () => p.manyToOne(Program).mapToPk().nullable().index(),
    fiscalYear: p.integer().index(),
    phase: p.enum([...BUDGET_PHASES]),
    phasePrinted: p.text().nullable(),
    quarter: p.integer().nullable(),
    category: p.text().nullable(),
    millionKrw: p.double(),
    amountAsPrinted: p.double(),
    unitAsPrinted: p.text(),
    rawText: p.text(),
    sourceLine: p.integer(),
    /** Every line printing this same figure: one fact, however often the document prints it. */
    sourceLines: p.array((line) => Number(line)).columnType('int[]'),
  },
});
export type BudgetLine = InferEntity<typeof BudgetLine>;
