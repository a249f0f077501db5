import type { EntityManager } from '@mikro-orm/postgresql';
import { rowsById } from '../../graph/batch';
import { CivicOrganisation } from './civic-organisation.entity';

export function civicOrganisationLoaders(em: EntityManager) {
  return { civicOrganisationById: rowsById(em, CivicOrganisation) };
}
