import type { Concept } from '../concept';
import { indicatorQueries, indicatorRead, indicatorValueRead } from './indicator.read';
import { IndicatorQueries } from './indicator.resolver';

export const indicators: Concept = { resolvers: [IndicatorQueries], reads: [indicatorRead, indicatorValueRead, indicatorQueries] };
