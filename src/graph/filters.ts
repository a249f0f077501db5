// The filter fields every list shares, and the SQL conditions they make. Each list's filter
// (domain/<concept>/<concept>.filter.ts) is one function built from these, used by its root
// list, its nested lists and its aggregate alike.
import { GraphQLError } from 'graphql';
import { Field, ID, InputType, Int } from 'type-graphql';
import { containsPattern } from '../text';
import { sql, text, type Expr } from './sql/expr';

@InputType({ description: 'Filters every list accepts. 공통 필터.' })
export class CommonFilter {
  @Field(() => String, { nullable: true, description: 'Substring of the name or title, ignoring case and all whitespace (`정책기획` finds `정 책 기 획 관`). 이름 검색.' })
  search?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only records of this year. 연도.' })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: 'Only records of this year or later (inclusive; same year as `year`). 시작 연도(포함).' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Only records of this year or earlier (inclusive; same year as `year`). 종료 연도(포함).' })
  yearTo?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only records drawn from this document. 출처 문서 ID.' })
  documentId?: string | null;
}

@InputType({ description: 'Filters of lists whose records belong to an organisation. 조직별 필터.' })
export class OwnedFilter extends CommonFilter {
  @Field(() => ID, { nullable: true, description: 'Only records of this organisation. 조직 ID.' })
  organisationId?: string | null;
}

export type YearFilter = Pick<CommonFilter, 'year' | 'yearFrom' | 'yearTo'>;

export const hasYearFilter = (filter: YearFilter | null | undefined): boolean =>
  filter != null && (filter.year != null || filter.yearFrom != null || filter.yearTo != null);

/** search_text contains the search key (case and whitespace ignored; the user's % and _ taken literally). */
export function searchMatches(searchText: Expr<string | null>, search: string | null | undefined): Expr<boolean>[] {
  return search ? [sql<boolean>`${searchText} like ${text(containsPattern(search))}`] : [];
}

/** year, yearFrom and yearTo on a year column, all of them holding; a null year is in no range. */
export function yearWithin(year: Expr<number | null>, filter: YearFilter | null | undefined): Expr<boolean>[] {
  if (!filter) return [];
  return [
    ...(filter.year != null ? [sql<boolean>`${year} = ${filter.year}::int`] : []),
    ...(filter.yearFrom != null ? [sql<boolean>`${year} >= ${filter.yearFrom}::int`] : []),
    ...(filter.yearTo != null ? [sql<boolean>`${year} <= ${filter.yearTo}::int`] : []),
  ];
}

export interface PeriodFilter { periodFrom?: string | null; periodTo?: string | null }

/**
 * A period bound as BI tools send it: an ISO 8601 date or date-time (`2019-01-01`,
 * `2019-06-30T12:00:00Z`) or epoch milliseconds (Grafana's `${__from}`). Rows are yearly, so a bound
 * counts by its year (UTC).
 */
export function periodYear(value: string, argumentName: string): number {
  const trimmed = value.trim();
  const date = /^-?\d+$/u.test(trimmed) ? new Date(Number(trimmed))
    : /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/u.test(trimmed) ? new Date(trimmed.length === 10 ? `${trimmed}T00:00:00Z` : trimmed)
      : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) {
    throw new GraphQLError(`${argumentName} must be an ISO 8601 date (2019-01-01) or epoch milliseconds; got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName },
    });
  }
  return date.getUTCFullYear();
}

/** Rows whose year overlaps [periodFrom, periodTo]: a year's row covers its 1 January to 31 December. */
export function periodWithin(year: Expr<number | null>, filter: PeriodFilter | null | undefined): Expr<boolean>[] {
  if (!filter) return [];
  return [
    ...(filter.periodFrom != null ? [sql<boolean>`${year} >= ${periodYear(filter.periodFrom, 'periodFrom')}::int`] : []),
    ...(filter.periodTo != null ? [sql<boolean>`${year} <= ${periodYear(filter.periodTo, 'periodTo')}::int`] : []),
  ];
}

/** column = value, when a value is given. */
export function equals(column: Expr<string | null>, value: string | null | undefined): Expr<boolean>[];
export function equals(column: Expr<number | null>, value: number | null | undefined): Expr<boolean>[];
export function equals(column: Expr<string | number | null>, value: string | number | null | undefined): Expr<boolean>[] {
  if (value == null) return [];
  return [typeof value === 'number' ? sql<boolean>`${column} = ${value}::int` : sql<boolean>`${column} = ${text(value)}`];
}

/** An amount within [min, max]; a null amount (비예산, not printed) is in no range. */
export function amountWithin(amount: Expr<number | null>, min: number | null | undefined, max: number | null | undefined): Expr<boolean>[] {
  return [
    ...(min != null ? [sql<boolean>`${amount} >= ${min}::float8`] : []),
    ...(max != null ? [sql<boolean>`${amount} <= ${max}::float8`] : []),
  ];
}

/** The shared filters of a table with search_text, a document and (where it has them) a year column and an organisation. */
export function commonConditions(
  filter: Partial<OwnedFilter> | null | undefined,
  columns: { searchText: Expr<string>; year?: Expr<number | null>; document: Expr<string>; organisation?: Expr<string | null> },
): Expr<boolean>[] {
  if (!filter) return [];
  return [
    ...searchMatches(columns.searchText, filter.search),
    ...(columns.year ? yearWithin(columns.year, filter) : []),
    ...equals(columns.document, filter.documentId),
    ...(columns.organisation ? equals(columns.organisation, filter.organisationId) : []),
  ];
}
