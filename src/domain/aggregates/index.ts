import type { Concept } from '../concept';
import {
  aggregateQueries, budgetGroupRead, indicatorsAggregateRead, indicatorUnitCountRead, indicatorYearAggregateRead, millionKrwStatsRead,
  programsAggregateRead, programStatusCountRead, programYearAggregateRead,
} from './aggregate.read';
import { AggregateQueries } from './aggregate.resolver';

export const aggregates: Concept = {
  resolvers: [AggregateQueries],
  reads: [
    programsAggregateRead, millionKrwStatsRead, programStatusCountRead, programYearAggregateRead, indicatorsAggregateRead,
    indicatorUnitCountRead, indicatorYearAggregateRead, budgetGroupRead, aggregateQueries,
  ],
};
