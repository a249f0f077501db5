import type { EntityManager } from '@mikro-orm/postgresql';
import { rowsById, rowsByParent } from '../../graph/batch';
import { Program } from '../programs/program.entity';
import { Strategy, StrategyItem } from './strategy.entity';

export function strategyLoaders(em: EntityManager) {
  return {
    strategyById: rowsById(em, Strategy),
    strategiesByOrganisationId: rowsByParent(em, Strategy, 'organisation', { year: 'asc', sourceLine: 'asc' }),
    strategiesByYear: rowsByParent<Strategy, number>(em, Strategy, 'year', { document: 'asc', sourceLine: 'asc' }),
    itemsByStrategyId: rowsByParent(em, StrategyItem, 'strategy', { position: 'asc' }),
    programsByStrategyId: rowsByParent(em, Program, 'strategy', { sourceLine: 'asc' }),
  };
}
