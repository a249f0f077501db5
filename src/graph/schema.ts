import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AggregateResolver } from '../domain/aggregates/aggregate.resolver';
import { AuditFindingResolver } from '../domain/audit-findings/audit-finding.resolver';
import { BudgetLineResolver } from '../domain/budgets/budget-line.resolver';
import { CivicOrganisationResolver } from '../domain/civic-organisations/civic-organisation.resolver';
import { CommitteeResolver } from '../domain/committees/committee.resolver';
import { DocumentResolver } from '../domain/documents/document.resolver';
import { IndicatorResolver, IndicatorValueResolver } from '../domain/indicators/indicator.resolver';
import { NodeResolver } from '../domain/node/node.resolver';
import { ObservationResolver } from '../domain/observations/observation.resolver';
import { OrganisationLinkResolver, OrganisationResolver } from '../domain/organisations/organisation.resolver';
import { StaffingResolver } from '../domain/organisations/staffing.resolver';
import { PersonResolver, RoleResolver } from '../domain/people/person.resolver';
import { ProgramResolver } from '../domain/programs/program.resolver';
import { SearchResolver } from '../domain/search/search.resolver';
import { StrategyResolver } from '../domain/strategies/strategy.resolver';
import {
  BudgetTimelinePointResolver, BudgetVintageResolver, IndicatorSeriesFieldResolver, IndicatorSeriesResolver, IndicatorTimelinePointResolver,
  IndicatorVintageResolver, ProgramSeriesFieldResolver, ProgramSeriesResolver,
} from '../domain/series/series.resolver';
import { YearResolver } from '../domain/years/year.resolver';

let built: Promise<GraphQLSchema> | undefined;

async function buildHubSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      NodeResolver, YearResolver, DocumentResolver, OrganisationResolver, OrganisationLinkResolver, StaffingResolver, BudgetLineResolver,
      StrategyResolver, ProgramResolver, IndicatorResolver, IndicatorValueResolver, CommitteeResolver,
      CivicOrganisationResolver, AuditFindingResolver, PersonResolver, RoleResolver, SearchResolver,
      ProgramSeriesResolver, IndicatorSeriesResolver, IndicatorTimelinePointResolver, BudgetTimelinePointResolver,
      IndicatorVintageResolver, BudgetVintageResolver, ProgramSeriesFieldResolver, IndicatorSeriesFieldResolver,
      ObservationResolver, AggregateResolver,
    ],
    validate: false,
  });
  // type-graphql has no option for the root type's description.
  schema.getQueryType()!.description = 'Incheon Plan Hub: planning documents of Incheon Metropolitan City, 2018–2022, as one graph. 인천광역시 계획 문서 데이터 허브.';
  return schema;
}

/** Built once per process: type-graphql's metadata is global, and building is the slow part of a start. */
export function hubSchema(): Promise<GraphQLSchema> {
  built ??= buildHubSchema();
  return built;
}
