import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy, rowsById, rowsByParent } from '../../graph/batch';
import { SourceDocument, TotalCheck } from './document.entity';

export function documentLoaders(em: EntityManager) {
  return {
    documentById: rowsById(em, SourceDocument),
    totalChecksByDocumentId: rowsByParent(em, TotalCheck, 'document', { sourceLine: 'asc' }),
    documentsByPlanYear: new DataLoader<number, SourceDocument[]>(async (years) => {
      const rows = await em.find(SourceDocument, { planYear: { $in: [...years] } }, { orderBy: { id: 'asc' } });
      return groupBy(years, rows, (d) => d.planYear);
    }),
  };
}
