import type { Concept } from '../concept';
import { organisationLinkRead, organisationQueries, organisationRead, staffingRead } from './organisation.read';
import { OrganisationResolver } from './organisation.resolver';

export const organisations: Concept = { resolvers: [OrganisationResolver], reads: [organisationRead, organisationLinkRead, staffingRead, organisationQueries] };
