import type { Concept } from '../concept';
import { committeeQueries, committeeRead } from './committee.read';
import { CommitteeQueries } from './committee.resolver';

export const committees: Concept = { resolvers: [CommitteeQueries], reads: [committeeRead, committeeQueries] };
