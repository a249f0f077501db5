import { codePointOrder, eq, type TableRef } from '../../graph/sql/expr';
import { byId, many, moreFields, one, page, readModel, rowsOf } from '../../graph/sql/model';
import { documentOf } from '../documents/document.relations';
import { organisationOf } from '../organisations/organisation.relations';
import { programList } from './program.list';
import { MentionType, MilestoneType, ProgramType, ProjectTotalType } from './program.type';

type P = TableRef<'program'>;

export const programRead = readModel(ProgramType, 'Program', {
  table: 'program',
  columns: (p: P) => ({
    id: p.id, year: p.year, number: p.number, section: p.section, title: p.title, status: p.status, period: p.period,
    totalBudgetMillionKrw: p.total_budget_million_krw, totalBudgetRaw: p.total_budget_raw, totalBudgetUnit: p.total_budget_unit,
    nationalSupport: p.national_support, page: p.page, sourceLine: p.source_line,
    organisationBasis: p.organisation_basis, organisationSourceLine: p.organisation_line,
  }),
  relations: {
    organisation: organisationOf((p: P) => p.organisation_id),
    strategy: one((p: P) => byId('strategy', p.strategy_id)),
    document: documentOf,
    budgets: many((p: P) => rowsOf('budget_line', (b) => [eq(b.program_id, p.id)],
      (b) => [b.fiscal_year, codePointOrder(b.phase), b.quarter, b.source_line, codePointOrder(b.id)])),
    indicators: many((p: P) => rowsOf('indicator', (i) => [eq(i.program_id, p.id)], (i) => [i.source_line, codePointOrder(i.id)])),
    mentions: many((p: P) => rowsOf('program_mention', (m) => [eq(m.program_id, p.id)], (m) => [m.position])),
    projectTotals: many((p: P) => rowsOf('project_total', (t) => [eq(t.program_id, p.id)], (t) => [t.source_line, codePointOrder(t.id)])),
    milestones: many((p: P) => rowsOf('milestone', (m) => [eq(m.program_id, p.id)], (m) => [m.position])),
  },
});

export const mentionRead = readModel(MentionType, 'Mention', {
  columns: (m: TableRef<'program_mention'>) => ({ sourceLine: m.source_line, role: m.role, printedAs: m.printed_as }),
});

export const projectTotalRead = readModel(ProjectTotalType, 'ProjectTotal', {
  columns: (t: TableRef<'project_total'>) => ({
    millionKrw: t.million_krw, period: t.period, category: t.category, amountAsPrinted: t.amount_as_printed, unitAsPrinted: t.unit_as_printed,
    rawText: t.raw_text, sourceLine: t.source_line, sourceLines: t.source_lines,
  }),
});

export const milestoneRead = readModel(MilestoneType, 'Milestone', {
  columns: (m: TableRef<'milestone'>) => ({ date: m.date_printed, isoDate: m.iso_date, isoEndDate: m.iso_end_date, event: m.event, sourceLine: m.source_line }),
});

export const programQueries = moreFields('Query', {
  programs: page(programList, () => rowsOf('program')),
});
