import type { Concept } from '../concept';
import { NodeQueries, nodeQueries } from './node.resolver';

export const nodes: Concept = { resolvers: [NodeQueries], reads: [nodeQueries] };
