import { Args, ArgsType, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root } from 'type-graphql';
import type { HubContext, Row } from '../../graph/context';
import { CommitteeKind } from '../../graph/enums';
import { OwnedFilter, commonWhere, connectionComplexity, matchesCommonFilter } from '../../graph/filters';
import { connectionType, listOrders, PageArgs, paginate } from '../../graph/pagination';
import { SourceDocumentType } from '../documents/document.type';
import { OrganisationType } from '../organisations/organisation.type';
import { Committee } from './committee.entity';
import { CommitteeType } from './committee.type';

@InputType({ description: 'Which committees to list. 위원회 필터.' })
export class CommitteeFilter extends OwnedFilter {
  @Field(() => CommitteeKind, { nullable: true, description: 'Only city or only council committees. 종류.' })
  kind?: string | null;
}

/** The filter on a committee already loaded, for nested lists; `committees` below builds it in SQL. */
export function matchesCommitteeFilter(committee: Committee, filter: CommitteeFilter | null | undefined): boolean {
  return matchesCommonFilter(committee, filter) && (!filter?.kind || committee.kind === filter.kind);
}

const inDocumentOrder = { document: 'asc', sourceLine: 'asc' } as const;

export const CommitteeOrder = listOrders('CommitteeOrder', 'Order of a committee list; ties are broken by id, and committees without a member count come last either way. 위원회 정렬.', 'YEAR_ASC', {
  YEAR_ASC: { by: { year: 'asc', ...inDocumentOrder }, description: 'Oldest year first, then in document order (the default). 연도 오름차순.' },
  YEAR_DESC: { by: { year: 'desc', ...inDocumentOrder }, description: 'Latest year first, then in document order. 연도 내림차순.' },
  NAME_ASC: { by: { name: 'asc' }, description: 'By name, in code point order. 이름 오름차순.' },
  NAME_DESC: { by: { name: 'desc' }, description: 'By name, reversed. 이름 내림차순.' },
  MEMBERS_DESC: { by: { memberCount: 'desc' }, description: 'Most members first; no printed count last. 위원 수 많은 순.' },
  MEMBERS_ASC: { by: { memberCount: 'asc' }, description: 'Fewest members first; no printed count last. 위원 수 적은 순.' },
});

/** Paging, filter and order of every committee list: the root `committees` and the nested ones. */
@ArgsType()
export class CommitteeArgs extends PageArgs {
  @Field(() => CommitteeFilter, { nullable: true, description: 'Which records to list; all when absent. 필터.' })
  filter?: CommitteeFilter | null;

  @Field(() => CommitteeOrder.enum, { nullable: true, defaultValue: CommitteeOrder.defaultValue, description: 'Order of the rows; a cursor only continues the order it came from. 정렬 순서.' })
  orderBy?: keyof typeof CommitteeOrder.enum | null;
}

export const CommitteeConnection = connectionType(CommitteeType, 'Committee', '위원회');

@Resolver(() => CommitteeType)
export class CommitteeResolver {
  @Query(() => CommitteeConnection, { description: 'Committees, in document order. 위원회 목록.', complexity: connectionComplexity })
  committees(@Args() { filter, orderBy, first, after }: CommitteeArgs, @Ctx() { em }: HubContext) {
    const where: Record<string, unknown> = commonWhere(filter);
    if (filter?.kind) where.kind = filter.kind;
    return paginate(em, Committee, where, CommitteeOrder.of(orderBy), { first, after });
  }

  @FieldResolver(() => String, { nullable: true, description: 'Chair(s) as one text, co-chairs joined by `, `. 위원장.' })
  chair(@Root() committee: Row<Committee>) {
    return committee.chairs.length ? committee.chairs.join(', ') : null;
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'Managing organisation (비고). 소관 부서.' })
  organisation(@Root() committee: Row<Committee>, @Ctx() { loaders }: HubContext) {
    return committee.organisation ? loaders.organisationById.load(committee.organisation) : null;
  }

  @FieldResolver(() => SourceDocumentType, { description: 'Document the row is drawn from. 출처 문서.' })
  document(@Root() committee: Row<Committee>, @Ctx() { loaders }: HubContext) {
    return loaders.documentById.load(committee.document);
  }
}
