import { codePointOrder, eq, type TableRef } from '../../graph/sql/expr';
import { byId, many, moreFields, one, page, readModel, rowsOf } from '../../graph/sql/model';
import { documentOf } from '../documents/document.relations';
import { organisationOf } from '../organisations/organisation.relations';
import { indicatorList } from './indicator.list';
import { IndicatorType, IndicatorValueType } from './indicator.type';

type I = TableRef<'indicator'>;
type V = TableRef<'indicator_value'>;

/** The columns of an indicator value, also those of a printing in an indicator timeline (series). */
export const indicatorValueColumns = (v: V) => ({ year: v.year, value: v.value, rawValue: v.raw_value, kind: v.kind, dimension: v.dimension, sourceLine: v.source_line });

export const indicatorOfValue = one((v: V) => byId('indicator', v.indicator_id));

export const indicatorRead = readModel(IndicatorType, 'Indicator', {
  table: 'indicator',
  columns: (i: I) => ({ id: i.id, name: i.name, unit: i.unit, normalizedUnit: i.normalized_unit, dimensionName: i.dimension_name, sourceLine: i.source_line }),
  relations: {
    program: one((i: I) => byId('program', i.program_id)),
    organisation: organisationOf((i: I) => i.organisation_id),
    document: documentOf,
    values: many((i: I) => rowsOf('indicator_value', (v) => [eq(v.indicator_id, i.id)], (v) => [v.year, codePointOrder(v.dimension), codePointOrder(v.id)])),
  },
});

export const indicatorValueRead = readModel(IndicatorValueType, 'IndicatorValue', {
  columns: indicatorValueColumns,
  relations: { document: documentOf, indicator: indicatorOfValue },
});

export const indicatorQueries = moreFields('Query', {
  indicators: page(indicatorList, () => rowsOf('indicator')),
});
