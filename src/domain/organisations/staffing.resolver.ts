import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext, Row } from '../../graph/context';
import { SourceDocumentType } from '../documents/document.type';
import type { Staffing } from './organisation-snapshot.entity';
import { StaffingType } from './organisation.type';

@Resolver(() => StaffingType)
export class StaffingResolver {
  @FieldResolver(() => SourceDocumentType, { description: 'Document that prints the figures. 출처 문서.' })
  document(@Root() staffing: Row<Staffing>, @Ctx() { loaders }: HubContext) {
    return loaders.documentById.load(staffing.document);
  }
}
