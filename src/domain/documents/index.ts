import type { Concept } from '../concept';
import { documentQueries, documentRead, totalCheckRead } from './document.read';
import { DocumentQueries } from './document.resolver';

export const documents: Concept = { resolvers: [DocumentQueries], reads: [documentRead, totalCheckRead, documentQueries] };
