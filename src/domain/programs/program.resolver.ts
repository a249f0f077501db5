import { Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import type { HubContext, Row } from '../../graph/context';
import { ProgramStatus } from '../../graph/enums';
import { OwnedFilter, commonWhere, connectionComplexity, listComplexity } from '../../graph/filters';
import { connectionType, PageArgs, paginate } from '../../graph/pagination';
import { BudgetLineType } from '../budgets/budget-line.type';
import { SourceDocumentType } from '../documents/document.type';
import { IndicatorType } from '../indicators/indicator.type';
import { OrganisationType } from '../organisations/organisation.type';
import { StrategyType } from '../strategies/strategy.type';
import { Program } from './program.entity';
import { ProgramType } from './program.type';

@InputType({ description: 'Which programs to list. 추진사업 필터.' })
export class ProgramFilter extends OwnedFilter {
  @Field(() => ProgramStatus, { nullable: true, description: 'Only new or only continuing programs. 신규/계속.' })
  status?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only programs of this strategy. 전략 ID.' })
  strategyId?: string | null;
}

@ArgsType()
class ProgramArgs extends PageArgs {
  @Field(() => ProgramFilter, { nullable: true, description: 'Which records to list; all when absent. 필터.' })
  filter?: ProgramFilter | null;
}

export const ProgramConnection = connectionType(ProgramType, 'Program', '추진사업');

@Resolver(() => ProgramType)
export class ProgramResolver {
  @Query(() => ProgramConnection, { description: 'Programs of every year, in document order. 추진사업 목록.', complexity: connectionComplexity })
  programs(@Args() { filter, first, after }: ProgramArgs, @Ctx() { em }: HubContext) {
    const where: Record<string, unknown> = commonWhere(filter);
    if (filter?.status) where.status = filter.status;
    if (filter?.strategyId) where.strategy = filter.strategyId;
    return paginate(em, Program, where, { year: 'asc', document: 'asc', sourceLine: 'asc' }, { first, after });
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'Responsible organisation. 담당 조직.' })
  organisation(@Root() program: Row<Program>, @Ctx() { loaders }: HubContext) {
    return program.organisation ? loaders.organisationById.load(program.organisation) : null;
  }

  @FieldResolver(() => StrategyType, { nullable: true, description: 'Strategy the program serves. 전략.' })
  strategy(@Root() program: Row<Program>, @Ctx() { loaders }: HubContext) {
    return program.strategy ? loaders.strategyById.load(program.strategy) : null;
  }

  @FieldResolver(() => SourceDocumentType, { description: 'Document the program is drawn from. 출처 문서.' })
  document(@Root() program: Row<Program>, @Ctx() { loaders }: HubContext) {
    return loaders.documentById.load(program.document);
  }

  @FieldResolver(() => [BudgetLineType], { description: 'Budget lines per fiscal year, phase and quarter. 사업 예산.', complexity: listComplexity })
  budgets(@Root() program: Row<Program>, @Ctx() { loaders }: HubContext) {
    return loaders.budgetLinesByProgramId.load(program.id);
  }

  @FieldResolver(() => [IndicatorType], { description: 'Indicators measuring the program. 지표.', complexity: listComplexity })
  indicators(@Root() program: Row<Program>, @Ctx() { loaders }: HubContext) {
    return loaders.indicatorsByProgramId.load(program.id);
  }
}
