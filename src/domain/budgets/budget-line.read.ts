import type { TableRef } from '../../graph/sql/expr';
import { byId, one, readModel } from '../../graph/sql/model';
import { documentOf } from '../documents/document.relations';
import { organisationOf } from '../organisations/organisation.relations';
import { BudgetLineType } from './budget-line.type';

type B = TableRef<'budget_line'>;

/** The columns of a budget line, also those of a printing in a budget timeline (series). */
export const budgetLineColumns = (b: B) => ({
  fiscalYear: b.fiscal_year, millionKrw: b.million_krw, phase: b.phase, phasePrinted: b.phase_printed, quarter: b.quarter,
  category: b.category, amountAsPrinted: b.amount_as_printed, unitAsPrinted: b.unit_as_printed, rawText: b.raw_text, sourceLine: b.source_line, sourceLines: b.source_lines,
});

export const programOfLine = one((b: B) => byId('program', b.program_id));

export const budgetLineRead = readModel(BudgetLineType, 'BudgetLine', {
  columns: budgetLineColumns,
  relations: { document: documentOf, organisation: organisationOf((b: B) => b.organisation_id), program: programOfLine },
});
