import type { Concept } from '../concept';
import { mentionRead, milestoneRead, programQueries, programRead, projectTotalRead } from './program.read';
import { ProgramQueries } from './program.resolver';

export const programs: Concept = { resolvers: [ProgramQueries], reads: [programRead, mentionRead, projectTotalRead, milestoneRead, programQueries] };
