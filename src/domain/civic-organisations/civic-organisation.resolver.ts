import { Args, ArgsType, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root } from 'type-graphql';
import type { HubContext, Row } from '../../graph/context';
import { CommonFilter, commonWhere, connectionComplexity } from '../../graph/filters';
import { connectionType, PageArgs, paginate } from '../../graph/pagination';
import { SourceDocumentType } from '../documents/document.type';
import { CivicOrganisation } from './civic-organisation.entity';
import { CivicOrganisationType } from './civic-organisation.type';

@InputType({ description: 'Which civic organisations to list. 단체 필터.' })
export class CivicOrganisationFilter extends CommonFilter {}

@ArgsType()
class CivicOrganisationArgs extends PageArgs {
  @Field(() => CivicOrganisationFilter, { nullable: true, description: 'Which records to list; all when absent. 필터.' })
  filter?: CivicOrganisationFilter | null;
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
