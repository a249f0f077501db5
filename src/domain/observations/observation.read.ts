// The flat BI tables read from the indicator_observation and budget_fact views
// (Migration20261123060000): scalar columns only, in year, document and line order.
import type { TableRef } from '../../graph/sql/expr';
import { moreFields, page, readModel, rowsOf, type ListDef } from '../../graph/sql/model';
import { fixedOrder, key } from '../../graph/sql/order';
import { budgetFactConditions, indicatorObservationConditions, type BudgetFactFilter, type IndicatorObservationFilter } from './observation.filter';
import { BudgetFactType, IndicatorObservationType } from './observation.type';

type O = TableRef<'indicator_observation'>;
type B = TableRef<'budget_fact'>;

export const indicatorObservationList: ListDef<O, IndicatorObservationFilter> = {
  name: 'IndicatorObservation',
  filter: indicatorObservationConditions,
  orders: fixedOrder('DOCUMENT_ORDER', [key((o) => o.year, 'integer'), key((o) => o.document_id, 'string'), key((o) => o.source_line, 'integer')]),
};

export const budgetFactList: ListDef<B, BudgetFactFilter> = {
  name: 'BudgetFact',
  filter: budgetFactConditions,
  orders: fixedOrder('DOCUMENT_ORDER', [key((b) => b.fiscal_year, 'integer'), key((b) => b.document_id, 'string'), key((b) => b.source_line, 'integer')]),
};

export const indicatorObservationRead = readModel(IndicatorObservationType, 'IndicatorObservation', {
  columns: (o: O) => ({
    id: o.id, year: o.year, periodStart: o.period_start, value: o.value, rawValue: o.raw_value, unit: o.unit, kind: o.kind,
    indicatorId: o.indicator_id, indicatorName: o.indicator_name, programId: o.program_id, programTitle: o.program_title,
    organisationId: o.organisation_id, organisationName: o.organisation_name, strategyId: o.strategy_id, strategyTitle: o.strategy_title,
    documentId: o.document_id, documentTitle: o.document_title, sourceLine: o.source_line,
    dimensionName: o.dimension_name, dimension: o.dimension, normalizedUnit: o.normalized_unit, organisationBasis: o.organisation_basis,
  }),
});

export const budgetFactRead = readModel(BudgetFactType, 'BudgetFact', {
  columns: (b: B) => ({
    id: b.id, fiscalYear: b.fiscal_year, periodStart: b.period_start, millionKrw: b.million_krw, amountAsPrinted: b.amount_as_printed,
    unitAsPrinted: b.unit_as_printed, rawText: b.raw_text, phase: b.phase, quarter: b.quarter, category: b.category, ownerType: b.owner_type,
    organisationId: b.organisation_id, organisationName: b.organisation_name, programId: b.program_id, programTitle: b.program_title,
    strategyId: b.strategy_id, strategyTitle: b.strategy_title, documentId: b.document_id, documentTitle: b.document_title, sourceLine: b.source_line,
  }),
});

export const observationQueries = moreFields('Query', {
  indicatorObservations: page(indicatorObservationList, () => rowsOf('indicator_observation')),
  budgetFacts: page(budgetFactList, () => rowsOf('budget_fact')),
});
