import { InputType } from 'type-graphql';
import { equals, hasYearFilter, OwnedFilter, searchMatches, yearWithin } from '../../graph/filters';
import { and, sql, type Expr, type TableRef } from '../../graph/sql/expr';

@InputType({ description: 'Which series to list: year, yearFrom, yearTo, document and organisation match any member. 시계열 필터.' })
export class SeriesFilter extends OwnedFilter {}

/** A program series with a member program of that year (range), document and organisation. */
export function programSeriesConditions(s: TableRef<'program_series'>, filter: SeriesFilter): Expr<boolean>[] {
  const member = [
    ...yearWithin(sql<number>`p.year`, filter),
    ...equals(sql<string>`p.document_id`, filter.documentId),
    ...equals(sql<string | null>`p.organisation_id`, filter.organisationId),
  ];
  return [
    ...searchMatches(s.search_text, filter.search),
    ...(member.length ? [sql<boolean>`exists (select from program_series_member m join program p on p.id = m.program_id where m.series_id = ${s.id} and ${and(member)})`] : []),
  ];
}

/** An indicator series with a member indicator of that document and organisation, with a value for that year (range), as `indicators` filters. */
export function indicatorSeriesConditions(s: TableRef<'indicator_series'>, filter: SeriesFilter): Expr<boolean>[] {
  const member = [
    ...(hasYearFilter(filter) ? [sql<boolean>`exists (select from indicator_value v where v.indicator_id = i.id and ${and(yearWithin(sql<number>`v.year`, filter))})`] : []),
    ...equals(sql<string>`i.document_id`, filter.documentId),
    ...equals(sql<string | null>`i.organisation_id`, filter.organisationId),
  ];
  return [
    ...searchMatches(s.search_text, filter.search),
    ...(member.length ? [sql<boolean>`exists (select from indicator_series_member m join indicator i on i.id = m.indicator_id where m.series_id = ${s.id} and ${and(member)})`] : []),
  ];
}
