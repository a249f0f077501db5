import type { EntityManager } from '@mikro-orm/postgresql';
import { rowsById, rowsByParent } from '../../graph/batch';
import { IndicatorSeries, IndicatorSeriesMember, ProgramSeries, ProgramSeriesMember } from './series.entity';

export function seriesLoaders(em: EntityManager) {
  return {
    programSeriesById: rowsById(em, ProgramSeries),
    indicatorSeriesById: rowsById(em, IndicatorSeries),
    programMembersBySeriesId: rowsByParent(em, ProgramSeriesMember, 'series', { position: 'asc' }),
    indicatorMembersBySeriesId: rowsByParent(em, IndicatorSeriesMember, 'series', { position: 'asc' }),
    /** a record's memberships, in file order (several when an item merges initiatives) */
    programSeriesMembershipByProgramId: rowsByParent(em, ProgramSeriesMember, 'program', { position: 'asc' }),
    indicatorSeriesMembershipByIndicatorId: rowsByParent(em, IndicatorSeriesMember, 'indicator', { position: 'asc' }),
  };
}
