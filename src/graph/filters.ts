// The filter fields every list shares, and how they become a MikroORM where clause.
import { Field, ID, InputType, Int } from 'type-graphql';
import { containsPattern, containsSearch } from '../text';

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

type YearFilter = Pick<CommonFilter, 'year' | 'yearFrom' | 'yearTo'>;

/** year, yearFrom and yearTo as one condition on a year column (all must hold); undefined when none is set. */
export function yearCondition(filter: YearFilter | null | undefined): { $eq?: number; $gte?: number; $lte?: number } | undefined {
  if (!filter || (filter.year == null && filter.yearFrom == null && filter.yearTo == null)) return undefined;
  return {
    ...(filter.year != null && { $eq: filter.year }),
    ...(filter.yearFrom != null && { $gte: filter.yearFrom }),
    ...(filter.yearTo != null && { $lte: filter.yearTo }),
  };
}

/** The same condition for raw SQL: `column` between the bounds, as text and its six parameters. */
export function yearSql(column: string, filter: YearFilter | null | undefined): { sql: string; params: (number | null)[] } {
  const [year, from, to] = [filter?.year ?? null, filter?.yearFrom ?? null, filter?.yearTo ?? null];
  return {
    sql: `(?::int is null or ${column} = ?) and (?::int is null or ${column} >= ?) and (?::int is null or ${column} <= ?)`,
    params: [year, year, from, from, to, to],
  };
}

/** search, year (with yearFrom/yearTo), documentId and organisationId as a where clause; absent filters add nothing. */
export function commonWhere(filter: Partial<OwnedFilter> | null | undefined, fields: { year?: string; organisation?: string } = {}) {
  const where: Record<string, unknown> = {};
  if (!filter) return where;
  if (filter.search) where.searchText = { $like: containsPattern(filter.search) };
  const year = yearCondition(filter);
  if (year) where[fields.year ?? 'year'] = year;
  if (filter.documentId) where.document = filter.documentId;
  if (filter.organisationId) where[fields.organisation ?? 'organisation'] = filter.organisationId;
  return where;
}

/**
 * commonWhere as a test of a row already loaded, for nested lists paged in memory: the same
 * fields with the same meaning (a null year is in no range, as in SQL).
 */
export function matchesCommonFilter(row: Record<string, any>, filter: Partial<OwnedFilter> | null | undefined, fields: { year?: string; organisation?: string } = {}): boolean {
  if (!filter) return true;
  if (filter.search && !containsSearch(row.searchText, filter.search)) return false;
  const year: number | null = row[fields.year ?? 'year'] ?? null;
  if (filter.year != null && year !== filter.year) return false;
  if (filter.yearFrom != null && (year === null || year < filter.yearFrom)) return false;
  if (filter.yearTo != null && (year === null || year > filter.yearTo)) return false;
  if (filter.documentId && row.document !== filter.documentId) return false;
  if (filter.organisationId && row[fields.organisation ?? 'organisation'] !== filter.organisationId) return false;
  return true;
}

/** Complexity of a connection field: its page size times what each row selects. */
export const connectionComplexity = ({ args, childComplexity }: { args: { first?: number | null }; childComplexity: number }) =>
  (args.first ?? 50) * Math.max(childComplexity, 1);

/** Complexity of a list that does not page: an estimate of its usual length times what each row selects. */
export const listComplexity = ({ childComplexity }: { childComplexity: number }) => 10 * Math.max(childComplexity, 1);
