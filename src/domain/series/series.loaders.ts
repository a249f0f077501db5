import type { EntityManager } from '@mikro-orm/postgresql';
import { rowsById, rowsByParent } from '../../graph/batch';
import { IndicatorSeries, IndicatorSeriesMember, ProgramSeries, ProgramSeriesMember } from './series.entity';

export function seriesLoaders(em: EntityManager) {
  return {
    programSeriesById: rowsById(em, ProgramSeries),
    indicatorSeriesById: rowsById(em, IndicatorSeries),
    programMembersBySeriesId: rowsByParent(em, ProgramSeriesMember, 'series', { position: 'asc' }),
    indicatorMembersBySeriesId: rowsByParent(em, IndicatorSeriesMember, 'series', { position: 'asc' }),
    /** at most one membership per program / indicator (the loader enforces it) */
    programSeriesMembershipByProgramId: rowsByParent(em, ProgramSeriesMember, 'program', { position: 'asc' }),
    indicatorSeriesMembershipByIndicatorId: rowsByParent(em, IndicatorSeriesMember, 'indicator', { position: 'asc' }),
  };
}
