import { Args, ArgsType, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root } from 'type-graphql';
import type { HubContext, Row } from '../../graph/context';
import { CommitteeKind } from '../../graph/enums';
import { OwnedFilter, commonWhere, connectionComplexity } from '../../graph/filters';
import { connectionType, PageArgs, paginate } from '../../graph/pagination';
import { SourceDocumentType } from '../documents/document.type';
import { OrganisationType } from '../organisations/organisation.type';
import { Committee } from './committee.entity';
import { CommitteeType } from './committee.type';

@InputType({ description: 'Which committees to list. 위원회 필터.' })
export class CommitteeFilter extends OwnedFilter {
  @Field(() => CommitteeKind, { nullable: true, description: 'Only city or only council committees. 종류.' })
  kind?: string | null;
}

@ArgsType()
class CommitteeArgs extends PageArgs {
  @Field(() => CommitteeFilter, { nullable: true, description: 'Which records to list; all when absent. 필터.' })
  filter?: CommitteeFilter | null;
}

export const CommitteeConnection = connectionType(CommitteeType, 'Committee', '위원회');

@Resolver(() => CommitteeType)
export class CommitteeResolver {
  @Query(() => CommitteeConnection, { description: 'Committees, in document order. 위원회 목록.', complexity: connectionComplexity })
  committees(@Args() { filter, first, after }: CommitteeArgs, @Ctx() { em }: HubContext) {
    const where: Record<string, unknown> = commonWhere(filter);
    if (filter?.kind) where.kind = filter.kind;
    return paginate(em, Committee, where, { year: 'asc', document: 'asc', sourceLine: 'asc' }, { first, after });
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
