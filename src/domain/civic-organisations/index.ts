import type { Concept } from '../concept';
import { civicOrganisationQueries, civicOrganisationRead } from './civic-organisation.read';
import { CivicOrganisationQueries } from './civic-organisation.resolver';

export const civicOrganisations: Concept = { resolvers: [CivicOrganisationQueries], reads: [civicOrganisationRead, civicOrganisationQueries] };
