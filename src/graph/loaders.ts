import type { EntityManager } from '@mikro-orm/postgresql';
import { auditFindingLoaders } from '../domain/audit-findings/audit-finding.loaders';
import { civicOrganisationLoaders } from '../domain/civic-organisations/civic-organisation.loaders';
import { committeeLoaders } from '../domain/committees/committee.loaders';
import { documentLoaders } from '../domain/documents/document.loaders';
import { indicatorLoaders } from '../domain/indicators/indicator.loaders';
import { organisationLoaders } from '../domain/organisations/organisation.loaders';
import { personLoaders } from '../domain/people/person.loaders';
import { programLoaders } from '../domain/programs/program.loaders';
import { seriesLoaders } from '../domain/series/series.loaders';
import { strategyLoaders } from '../domain/strategies/strategy.loaders';

/** One fresh set per request: DataLoader caches must never outlive the request. */
export function createLoaders(em: EntityManager) {
  return {
    ...documentLoaders(em),
    ...organisationLoaders(em),
    ...strategyLoaders(em),
    ...programLoaders(em),
    ...indicatorLoaders(em),
    ...committeeLoaders(em),
    ...civicOrganisationLoaders(em),
    ...auditFindingLoaders(em),
    ...personLoaders(em),
    ...seriesLoaders(em),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
