import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Indicator } from '../indicators/indicator.entity';
import { Program } from '../programs/program.entity';

/** One initiative across documents: curated in seeds/series.yaml. */
export const ProgramSeries = defineEntity({
  name: 'ProgramSeries',
  tableName: 'program_series',
  properties: {
    id: p.text().primary(),
    key: p.text().unique(),
    title: p.text(),
    searchText: p.text(),
  },
});
export type ProgramSeries = InferEntity<typeof ProgramSeries>;

export const ProgramSeriesMember = defineEntity({
  name: 'ProgramSeriesMember',
  tableName: 'program_series_member',
  properties: {
    id: p.text().primary(),
    series: () => p.manyToOne(ProgramSeries).mapToPk().index(),
    program: () => p.manyToOne(Program).mapToPk().index(),
    position: p.integer(),
    reason: p.text(),
  },
});
export type ProgramSeriesMember = InferEntity<typeof ProgramSeriesMember>;

/** One measure across documents and vintages. */
export const IndicatorSeries = defineEntity({
  name: 'IndicatorSeries',
  tableName: 'indicator_series',
  properties: {
    id: p.text().primary(),
    key: p.text().unique(),
    name: p.text(),
    unit: p.text().nullable(),
    searchText: p.text(),
  },
});
export type IndicatorSeries = InferEntity<typeof IndicatorSeries>;

export const IndicatorSeriesMember = defineEntity({
  name: 'IndicatorSeriesMember',
  tableName: 'indicator_series_member',
  properties: {
    id: p.text().primary(),
    series: () => p.manyToOne(IndicatorSeries).mapToPk().index(),
    indicator: () => p.manyToOne(Indicator).mapToPk().index(),
    position: p.integer(),
    reason: p.text(),
    /** The category of a broken-down indicator that is the series' measure; null: its totals (or the timeline's dimension). */
    dimension: p.text().nullable(),
  },
});
export type IndicatorSeriesMember = InferEntity<typeof IndicatorSeriesMember>;
