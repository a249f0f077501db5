import type { EntityManager } from '@mikro-orm/postgresql';
import { rowsById, rowsByParent } from '../../graph/batch';
import { Indicator, IndicatorValue } from './indicator.entity';

export function indicatorLoaders(em: EntityManager) {
  return {
    indicatorById: rowsById(em, Indicator),
    valuesByIndicatorId: rowsByParent(em, IndicatorValue, 'indicator', { year: 'asc' }),
    indicatorValuesByYear: rowsByParent<IndicatorValue, number>(em, IndicatorValue, 'year', { indicator: 'asc' }),
  };
}
