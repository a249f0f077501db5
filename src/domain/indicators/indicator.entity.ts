import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { VALUE_KINDS } from './indicator.enums';
import { SourceDocument } from '../documents/document.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Program } from '../programs/program.entity';

export const Indicator = defineEntity({
  name: 'Indicator',
  tableName: 'indicator',
  properties: {
    id: p.text().primary(),
    document: () => p.manyToOne(SourceDocument).mapToPk().index(),
    program: () => p.manyToOne(Program).mapToPk().nullable().index(),
    organisation: () => p.manyToOne(Organisation).mapToPk().nullable().index(),
    name: p.text(),
    unit: p.text().nullable(),
    /** The hub's reading of the unit (명 where a table prints none, 개 for a printed counter noun); unit stays as printed. */
    normalizedUnit: p.text().nullable(),
    /** What the values are broken down by (지역, 학교급 …), when the document prints one measure per category. */
    dimensionName: p.text().nullable(),
    sourceLine: p.integer(),
    searchText: p.text(),
  },
});
export type Indicator = InferEntity<typeof Indicator>;

export const IndicatorValue = defineEntity({
  name: 'IndicatorValue',
  tableName: 'indicator_value',
  properties: {
    id: p.text().primary(),
    indicator: () => p.manyToOne(Indicator).mapToPk().index(),
    document: () => p.manyToOne(SourceDocument).mapToPk(),
    year: p.integer().index(),
    /** The category of a broken-down measure (인천, 초등학교 …); null for a total (계) or an undivided measure. */
    dimension: p.text().nullable(),
    value: p.double().nullable(),
    rawValue: p.text(),
    kind: p.enum([...VALUE_KINDS]),
    sourceLine: p.integer(),
  },
});
export type IndicatorValue = InferEntity<typeof IndicatorValue>;
