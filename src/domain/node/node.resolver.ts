import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../graph/context';
import { Node, typeNameForId } from '../../graph/node';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any record by its id. ID로 레코드 조회.' })
  node(@Arg('id', () => ID, { description: 'A global id, e.g. `org:정책기획관` or a document slug. ID.' }) id: string, @Ctx() { loaders }: HubContext) {
    switch (typeNameForId(id)) {
      case 'SourceDocument': return loaders.documentById.load(id);
      case 'Organisation': return loaders.organisationById.load(id);
      case 'Strategy': return loaders.strategyById.load(id);
      case 'Program': return loaders.programById.load(id);
      case 'Indicator': return loaders.indicatorById.load(id);
      case 'Committee': return loaders.committeeById.load(id);
      case 'CivicOrganisation': return loaders.civicOrganisationById.load(id);
      case 'AuditFinding': return loaders.auditFindingById.load(id);
      case 'Person': return loaders.personById.load(id);
      case 'ProgramSeries': return loaders.programSeriesById.load(id);
      case 'IndicatorSeries': return loaders.indicatorSeriesById.load(id);
      default: return null;
    }
  }
}
