import type { EntityManager } from '@mikro-orm/postgresql';
import { rowsById, rowsByParent } from '../../graph/batch';
import { BudgetLine } from '../budgets/budget-line.entity';
import { Indicator } from '../indicators/indicator.entity';
import { Program } from './program.entity';

export function programLoaders(em: EntityManager) {
  return {
    programById: rowsById(em, Program),
    programsByOrganisationId: rowsByParent(em, Program, 'organisation', { year: 'asc', document: 'asc', sourceLine: 'asc' }),
    programsByYear: rowsByParent<Program, number>(em, Program, 'year', { document: 'asc', sourceLine: 'asc' }),
    budgetLinesByProgramId: rowsByParent(em, BudgetLine, 'program', { fiscalYear: 'asc', phase: 'asc', quarter: 'asc', sourceLine: 'asc' }),
    indicatorsByProgramId: rowsByParent(em, Indicator, 'program', { sourceLine: 'asc' }),
  };
}
