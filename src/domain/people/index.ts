import type { Concept } from '../concept';
import { personQueries, personRead, roleRead } from './person.read';
import { PersonQueries } from './person.resolver';

export const people: Concept = { resolvers: [PersonQueries], reads: [personRead, roleRead, personQueries] };
