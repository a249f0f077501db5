import type { Concept } from '../concept';
import { yearQueries, yearRead } from './year.read';
import { YearResolver } from './year.resolver';

export const years: Concept = { resolvers: [YearResolver], reads: [yearRead, yearQueries] };
