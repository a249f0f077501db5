import type { Concept } from '../concept';
import { searchHitRead, searchQueries } from './search.read';
import { SearchQueries } from './search.resolver';

export const search: Concept = { resolvers: [SearchQueries], reads: [searchHitRead, searchQueries] };
