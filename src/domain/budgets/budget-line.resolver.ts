import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext, Row } from '../../graph/context';
import { SourceDocumentType } from '../documents/document.type';
import { OrganisationType } from '../organisations/organisation.type';
import { ProgramType } from '../programs/program.type';
import type { BudgetLine } from './budget-line.entity';
import { BudgetLineType } from './budget-line.type';

@Resolver(() => BudgetLineType)
export class BudgetLineResolver {
  @FieldResolver(() => SourceDocumentType, { description: 'Document that prints the figure. 출처 문서.' })
  document(@Root() line: Row<BudgetLine>, @Ctx() { loaders }: HubContext) {
    return loaders.documentById.load(line.document);
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'Owner, when the line is an organisation\'s. 조직.' })
  organisation(@Root() line: Row<BudgetLine>, @Ctx() { loaders }: HubContext) {
    return line.organisation ? loaders.organisationById.load(line.organisation) : null;
  }

  @FieldResolver(() => ProgramType, { nullable: true, description: 'Owner, when the line is a program\'s. 추진사업.' })
  program(@Root() line: Row<BudgetLine>, @Ctx() { loaders }: HubContext) {
    return line.program ? loaders.programById.load(line.program) : null;
  }
}
