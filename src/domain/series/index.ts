import type { Concept } from '../concept';
import {
  budgetTimelinePointRead, budgetVintageRead, indicatorSeriesFields, indicatorSeriesRead, indicatorTimelinePointRead, indicatorVintageRead,
  programSeriesFields, programSeriesRead, seriesQueries,
} from './series.read';
import { IndicatorSeriesFields, ProgramSeriesFields, SeriesQueries } from './series.resolver';

export const series: Concept = {
  resolvers: [SeriesQueries, ProgramSeriesFields, IndicatorSeriesFields],
  reads: [
    programSeriesRead, budgetTimelinePointRead, budgetVintageRead, indicatorSeriesRead, indicatorTimelinePointRead, indicatorVintageRead,
    programSeriesFields, indicatorSeriesFields, seriesQueries,
  ],
};
