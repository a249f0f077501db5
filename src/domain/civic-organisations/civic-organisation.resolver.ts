import { Args, ArgsType, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root } from 'type-graphql';
import type { HubContext, Row } from '../../graph/context';
import { CommonFilter, commonWhere, connectionComplexity } from '../../graph/filters';
import { connectionType, listOrders, PageArgs, paginate } from '../../graph/pagination';
import { SourceDocumentType } from '../documents/document.type';
import { CivicOrganisation } from './civic-organisation.entity';
import { CivicOrganisationType } from './civic-organisation.type';

@InputType({ description: 'Which civic organisations to list. 단체 필터.' })
export class CivicOrganisationFilter extends CommonFilter {}

const inDocumentOrder = { document: 'asc', sourceLine: 'asc' } as const;

export const CivicOrganisationOrder = listOrders('CivicOrganisationOrder', 'Order of a civic organisation list; ties are broken by id, and those without a member count come last either way. 단체 정렬.', 'YEAR_ASC', {
  YEAR_ASC: { by: { year: 'asc', ...inDocumentOrder }, description: 'Oldest year first, then in document order (the default). 연도 오름차순.' },
  YEAR_DESC: { by: { year: 'desc', ...inDocumentOrder }, description: 'Latest year first, then in document order. 연도 내림차순.' },
  NAME_ASC: { by: { name: 'asc' }, description: 'By name, in code point order. 이름 오름차순.' },
  NAME_DESC: { by: { name: 'desc' }, description: 'By name, reversed. 이름 내림차순.' },
  MEMBERS_DESC: { by: { memberCount: 'desc' }, description: 'Most individual members first; no printed count last. 회원 수 많은 순.' },
  MEMBERS_ASC: { by: { memberCount: 'asc' }, description: 'Fewest individual members first; no printed count last. 회원 수 적은 순.' },
});

@ArgsType()
class CivicOrganisationArgs extends PageArgs {
  @Field(() => CivicOrganisationFilter, { nullable: true, description: 'Which records to list; all when absent. 필터.' })
  filter?: CivicOrganisationFilter | null;

  @Field(() => CivicOrganisationOrder.enum, { nullable: true, defaultValue: CivicOrganisationOrder.defaultValue, description: 'Order of the rows; a cursor only continues the order it came from. 정렬 순서.' })
  orderBy?: keyof typeof CivicOrganisationOrder.enum | null;
}

export const CivicOrganisationConnection = connectionType(CivicOrganisationType, 'CivicOrganisation', '단체');

@Resolver(() => CivicOrganisationType)
export class CivicOrganisationResolver {
  @Query(() => CivicOrganisationConnection, { description: 'Civic organisations, in document order. 단체 목록.', complexity: connectionComplexity })
  civicOrganisations(@Args() { filter, orderBy, first, after }: CivicOrganisationArgs, @Ctx() { em }: HubContext) {
    return paginate(em, CivicOrganisation, commonWhere(filter), CivicOrganisationOrder.of(orderBy), { first, after });
  }

  @FieldResolver(() => SourceDocumentType, { description: 'Document the row is drawn from. 출처 문서.' })
  document(@Root() civic: Row<CivicOrganisation>, @Ctx() { loaders }: HubContext) {
    return loaders.documentById.load(civic.document);
  }
}
