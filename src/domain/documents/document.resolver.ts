import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext, Row } from '../../graph/context';
import { listComplexity } from '../../graph/filters';
import { OrganisationType } from '../organisations/organisation.type';
import { SourceDocument, type TotalCheck } from './document.entity';
import { SourceDocumentType, TotalCheckType } from './document.type';

@Resolver(() => SourceDocumentType)
export class DocumentResolver {
  @Query(() => [SourceDocumentType], { description: 'Every source document, by plan year. 출처 문서 목록.', complexity: listComplexity })
  documents(@Ctx() { em }: HubContext): Promise<SourceDocument[]> {
    return em.find(SourceDocument, {}, { orderBy: { planYear: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'Organisation that issued the document. 발행 조직.' })
  issuer(@Root() doc: Row<SourceDocument>, @Ctx() { loaders }: HubContext) {
    return doc.issuer ? loaders.organisationById.load(doc.issuer) : null;
  }

  @FieldResolver(() => [TotalCheckType], { description: 'Every printed total with its re-computed sum. 합계 검증 목록.', complexity: listComplexity })
  totalChecks(@Root() doc: Row<SourceDocument>, @Ctx() { loaders }: HubContext): Promise<TotalCheck[]> {
    return loaders.totalChecksByDocumentId.load(doc.id);
  }
}
