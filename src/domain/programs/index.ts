import type { Concept } from '../concept';
import { programQueries, programRead } from './program.read';
import { ProgramQueries } from './program.resolver';

export const programs: Concept = { resolvers: [ProgramQueries], reads: [programRead, programQueries] };
