import { Args, ArgsType, Ctx, Field, FieldResolver, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import type { HubContext, Row } from '../../graph/context';
import { CommonFilter, commonWhere, connectionComplexity } from '../../graph/filters';
import { connectionType, paginate } from '../../graph/pagination';
import { SourceDocumentType } from '../documents/document.type';
import { CivicOrganisation } from './civic-organisation.entity';
import { CivicOrganisationType } from './civic-organisation.type';

@InputType({ description: 'Which civic organisations to list. 단체 필터.' })
export class CivicOrganisationFilter extends CommonFilter {}

@ArgsType()
class CivicOrganisationArgs {
  @Field(() => CivicOrganisationFilter, { nullable: true, description: 'Which records to list; all when absent. 필터.' })
  filter?: CivicOrganisationFilter | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 50 by default, at most 1000. 페이지 크기.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last row already read. 커서.' })
  after?: string | null;
}

export const CivicOrganisationConnection = connectionType(CivicOrganisationType, 'CivicOrganisation', '단체');

@Resolver(() => CivicOrganisationType)
export class CivicOrganisationResolver {
  @Query(() => CivicOrganisationConnection, { description: 'Civic organisations, in document order. 단체 목록.', complexity: connectionComplexity })
  civicOrganisations(@Args() { filter, first, after }: CivicOrganisationArgs, @Ctx() { em }: HubContext) {
    return paginate(em, CivicOrganisation, commonWhere(filter), { year: 'asc', document: 'asc', sourceLine: 'asc' }, { first, after });
  }

  @FieldResolver(() => SourceDocumentType, { description: 'Document the row is drawn from. 출처 문서.' })
  document(@Root() civic: Row<CivicOrganisation>, @Ctx() { loaders }: HubContext) {
    return loaders.documentById.load(civic.document);
  }
}
