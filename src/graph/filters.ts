// The filter fields every list shares, and how they become a MikroORM where clause.
import { Field, ID, InputType, Int } from 'type-graphql';
import { containsPattern } from '../text';

@InputType({ description: 'Filters every list accepts. 공통 필터.' })
export class CommonFilter {
  @Field(() => String, { nullable: true, description: 'Substring of the name or title, ignoring case and all whitespace (`정책기획` finds `정 책 기 획 관`). 이름 검색.' })
  search?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only records of this year. 연도.' })
  year?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only records drawn from this document. 출처 문서 ID.' })
  documentId?: string | null;
}

@InputType({ description: 'Filters of lists whose records belong to an organisation. 조직별 필터.' })
export class OwnedFilter extends CommonFilter {
  @Field(() => ID, { nullable: true, description: 'Only records of this organisation. 조직 ID.' })
  organisationId?: string | null;
}

/** search, year, documentId and organisationId as a where clause; absent filters add nothing. */
export function commonWhere(filter: Partial<OwnedFilter> | null | undefined, fields: { year?: string; organisation?: string } = {}) {
  const where: Record<string, unknown> = {};
  if (!filter) return where;
  if (filter.search) where.searchText = { $like: containsPattern(filter.search) };
  if (filter.year != null) where[fields.year ?? 'year'] = filter.year;
  if (filter.documentId) where.document = filter.documentId;
  if (filter.organisationId) where[fields.organisation ?? 'organisation'] = filter.organisationId;
  return where;
}

/** Complexity of a connection field: its page size times what each row selects. */
export const connectionComplexity = ({ args, childComplexity }: { args: { first?: number | null }; childComplexity: number }) =>
  (args.first ?? 50) * Math.max(childComplexity, 1);

/** Complexity of a list that does not page: an estimate of its usual length times what each row selects. */
export const listComplexity = ({ childComplexity }: { childComplexity: number }) => 10 * Math.max(childComplexity, 1);
