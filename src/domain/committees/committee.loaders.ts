import type { EntityManager } from '@mikro-orm/postgresql';
import { rowsById, rowsByParent } from '../../graph/batch';
import { Committee } from './committee.entity';

export function committeeLoaders(em: EntityManager) {
  return {
    committeeById: rowsById(em, Committee),
    committeesByOrganisationId: rowsByParent(em, Committee, 'organisation', { year: 'asc', sourceLine: 'asc' }),
  };
}
