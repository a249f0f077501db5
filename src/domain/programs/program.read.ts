import { codePointOrder, eq, type TableRef } from '../../graph/sql/expr';
import { byId, many, moreFields, one, page, readModel, rowsOf } from '../../graph/sql/model';
import { documentOf } from '../documents/document.relations';
import { organisationOf } from '../organisations/organisation.relations';
import { programList } from './program.list';
import { ProgramType } from './program.type';

type P = TableRef<'program'>;

export const programRead = readModel(ProgramType, 'Program', {
  table: 'program',
  columns: (p: P) => ({
    id: p.id, year: p.year, number: p.number, section: p.section, title: p.title, status: p.status, period: p.period,
    totalBudgetMillionKrw: p.total_budget_million_krw, totalBudgetRaw: p.total_budget_raw, totalBudgetUnit: p.total_budget_unit,
    nationalSupport: p.national_support, page: p.page, sourceLine: p.source_line,
  }),
  relations: {
    organisation: organisationOf((p: P) => p.organisation_id),
    strategy: one((p: P) => byId('strategy', p.strategy_id)),
    document: documentOf,
    budgets: many((p: P) => rowsOf('budget_line', (b) => [eq(b.program_id, p.id)],
      (b) => [b.fiscal_year, codePointOrder(b.phase), b.quarter, b.source_line, codePointOrder(b.id)])),
    indicators: many((p: P) => rowsOf('indicator', (i) => [eq(i.program_id, p.id)], (i) => [i.source_line, codePointOrder(i.id)])),
  },
});

export const programQueries = moreFields('Query', {
  programs: page(programList, () => rowsOf('program')),
});
