// Read-only rows of the indicator_observation and budget_fact views (Migration20261123060000).
// MikroORM 6.6 has no view entities (`view: true` arrives in v7), and its virtual entities
// (`expression`) run their SQL untagged, outside the request's statement count. So these are
// plain entities on the view names, `readonly`, and orm.ts lists them in
// `schemaGenerator.skipTables`: `npm run migration:create` never proposes a table for them.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BUDGET_PHASES, VALUE_KINDS } from '../../seeds/seed-schema';

export const IndicatorObservation = defineEntity({
  name: 'IndicatorObservation',
  tableName: 'indicator_observation',
  readonly: true,
  properties: {
    id: p.text().primary(),
    year: p.integer(),
    periodStart: p.date(),
    value: p.double().nullable(),
    rawValue: p.text(),
    unit: p.text().nullable(),
    kind: p.enum([...VALUE_KINDS]),
    indicatorId: p.text(),
    indicatorName: p.text(),
    programId: p.text().nullable(),
    programTitle: p.text().nullable(),
    organisationId: p.text().nullable(),
    organisationName: p.text().nullable(),
    strategyId: p.text().nullable(),
    strategyTitle: p.text().nullable(),
    documentId: p.text(),
    documentTitle: p.text(),
    sourceLine: p.integer(),
    searchText: p.text(),
  },
});
export type IndicatorObservation = InferEntity<typeof IndicatorObservation>;

export const BUDGET_OWNER_TYPES = ['ORGANISATION', 'PROGRAM'] as const;

export const BudgetFact = defineEntity({
  name: 'BudgetFact',
  tableName: 'budget_fact',
  readonly: true,
  properties: {
    id: p.text().primary(),
    fiscalYear: p.integer(),
    periodStart: p.date(),
    millionKrw: p.double(),
    amountAsPrinted: p.double(),
    unitAsPrinted: p.text(),
    rawText: p.text(),
    phase: p.enum([...BUDGET_PHASES]),
    quarter: p.integer().nullable(),
    category: p.text().nullable(),
    ownerType: p.enum([...BUDGET_OWNER_TYPES]),
    organisationId: p.text().nullable(),
    organisationName: p.text().nullable(),
    programId: p.text().nullable(),
    programTitle: p.text().nullable(),
    strategyId: p.text().nullable(),
    strategyTitle: p.text().nullable(),
    documentId: p.text(),
    documentTitle: p.text(),
    sourceLine: p.integer(),
    searchText: p.text(),
  },
});
export type BudgetFact = InferEntity<typeof BudgetFact>;
