import { codePointOrder, eq, int, sql, type TableRef } from '../../graph/sql/expr';
import { many, moreFields, one, page, readModel, rowsOf } from '../../graph/sql/model';
import { programList } from '../programs/program.list';
import { strategyList } from '../strategies/strategy.list';
import { YearType } from './year.type';

type Y = TableRef<'hub_year'>;

export const yearRead = readModel(YearType, 'Year', {
  columns: (y: Y) => ({ year: y.year }),
  relations: {
    documents: many((y: Y) => rowsOf('source_document', (d) => [eq(d.plan_year, y.year)], (d) => [codePointOrder(d.id)])),
    organisations: many((y: Y) => rowsOf('organisation',
      (o) => [sql<boolean>`exists (select from organisation_year oy where oy.organisation_id = ${o.id} and oy.year = ${y.year})`],
      (o) => [codePointOrder(o.name), codePointOrder(o.id)])),
    strategies: page(strategyList, (y: Y) => rowsOf('strategy', (s) => [eq(s.year, y.year)])),
    programs: page(programList, (y: Y) => rowsOf('program', (p) => [eq(p.year, y.year)])),
    indicatorValues: many((y: Y) => rowsOf('indicator_value', (v) => [eq(v.year, y.year)], (v) => [codePointOrder(v.indicator_id), codePointOrder(v.id)])),
  },
});

export const yearQueries = moreFields('Query', {
  years: many(() => rowsOf('hub_year', undefined, (y) => [y.year])),
  year: one((_row: unknown, { year }: { year: number }) => rowsOf('hub_year', (y) => [eq(y.year, int(year))])),
});
