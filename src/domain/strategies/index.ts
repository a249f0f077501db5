import type { Concept } from '../concept';
import { strategyItemRead, strategyQueries, strategyRead } from './strategy.read';
import { StrategyResolver } from './strategy.resolver';

export const strategies: Concept = { resolvers: [StrategyResolver], reads: [strategyRead, strategyItemRead, strategyQueries] };
