import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { rowsById, rowsByParent, sql } from '../../graph/batch';
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
    // Whether a program has an indicator, for the hasIndicators filter of nested lists: its own
    // loader, so whether it runs never depends on what indicatorsByProgramId has cached.
    hasIndicatorsByProgramId: new DataLoader<string, boolean>(async (ids) => {
      const rows = await sql<{ program_id: string }>(em,
        `select distinct program_id from indicator where program_id in (${ids.map(() => '?').join(', ')})`, [...ids]);
      const measured = new Set(rows.map((r) => r.program_id));
      return ids.map((id) => measured.has(id));
    }),
  };
}
