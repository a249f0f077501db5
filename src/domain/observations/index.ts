import type { Concept } from '../concept';
import { budgetFactRead, indicatorObservationRead, observationQueries } from './observation.read';
import { ObservationQueries } from './observation.resolver';

export const observations: Concept = { resolvers: [ObservationQueries], reads: [indicatorObservationRead, budgetFactRead, observationQueries] };
