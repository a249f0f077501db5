import type { Concept } from '../concept';
import {
  budgetTimelinePointRead, budgetVintageRead, indicatorSeriesFields, indicatorSeriesMemberRead, indicatorSeriesRead, indicatorTimelinePointRead,
  indicatorVintageRead, programSeriesFields, programSeriesMemberRead, programSeriesRead, seriesQueries,
} from './series.read';
import { IndicatorSeriesFields, ProgramSeriesFields, SeriesQueries } from './series.resolver';

export const series: Concept = {
  resolvers: [SeriesQueries, ProgramSeriesFields, IndicatorSeriesFields],
  reads: [
    programSeriesRead, budgetTimelinePointRead, budgetVintageRead, indicatorSeriesRead, indicatorTimelinePointRead, indicatorVintageRead,
    programSeriesFields, indicatorSeriesFields, programSeriesMemberRead, indicatorSeriesMemberRead, seriesQueries,
  ],
};
