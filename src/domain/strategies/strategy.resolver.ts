import { Args, ArgsType, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root } from 'type-graphql';
import type { HubContext, Row } from '../../graph/context';
import { OwnedFilter, commonWhere, connectionComplexity, listComplexity, matchesCommonFilter } from '../../graph/filters';
import { connectionType, listOrders, PageArgs, paginate, paginateRows } from '../../graph/pagination';
import { SourceDocumentType } from '../documents/document.type';
import { OrganisationType } from '../organisations/organisation.type';
import { Program } from '../programs/program.entity';
import { ProgramArgs, ProgramConnection, ProgramOrder, programsMatching } from '../programs/program.resolver';
import { Strategy } from './strategy.entity';
import { StrategyItemType, StrategyType } from './strategy.type';

@InputType({ description: 'Which strategies to list. 전략 필터.' })
export class StrategyFilter extends OwnedFilter {}

/** The filter on a strategy already loaded, for nested lists; `strategies` below builds it in SQL (commonWhere). */
export const matchesStrategyFilter = (strategy: Strategy, filter: StrategyFilter | null | undefined) => matchesCommonFilter(strategy, filter);

const inDocumentOrder = { document: 'asc', sourceLine: 'asc' } as const;

export const StrategyOrder = listOrders('StrategyOrder', 'Order of a strategy list; ties are broken by id. 전략 정렬.', 'YEAR_ASC', {
  YEAR_ASC: { by: { year: 'asc', ...inDocumentOrder }, description: 'Oldest year first, then in document order (the default). 연도 오름차순.' },
  YEAR_DESC: { by: { year: 'desc', ...inDocumentOrder }, description: 'Latest year first, then in document order. 연도 내림차순.' },
  TITLE_ASC: { by: { title: 'asc' }, description: 'By title, in code point order. 제목 오름차순.' },
  TITLE_DESC: { by: { title: 'desc' }, description: 'By title, reversed. 제목 내림차순.' },
});

/** Paging, filter and order of every strategy list: the root `strategies` and the nested ones. */
@ArgsType()
export class StrategyArgs extends PageArgs {
  @Field(() => StrategyFilter, { nullable: true, description: 'Which records to list; all when absent. 필터.' })
  filter?: StrategyFilter | null;

  @Field(() => StrategyOrder.enum, { nullable: true, defaultValue: StrategyOrder.defaultValue, description: 'Order of the rows; a cursor only continues the order it came from. 정렬 순서.' })
  orderBy?: keyof typeof StrategyOrder.enum | null;
}

export const StrategyConnection = connectionType(StrategyType, 'Strategy', '전략');

@Resolver(() => StrategyType)
export class StrategyResolver {
  @Query(() => StrategyConnection, { description: 'Strategies of every document, in document order. 전략 목록.', complexity: connectionComplexity })
  strategies(@Args() { filter, orderBy, first, after }: StrategyArgs, @Ctx() { em }: HubContext) {
    return paginate(em, Strategy, commonWhere(filter), StrategyOrder.of(orderBy), { first, after });
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'Organisation whose strategy it is. 조직.' })
  organisation(@Root() strategy: Row<Strategy>, @Ctx() { loaders }: HubContext) {
    return strategy.organisation ? loaders.organisationById.load(strategy.organisation) : null;
  }

  @FieldResolver(() => SourceDocumentType, { description: 'Document the strategy is drawn from. 출처 문서.' })
  document(@Root() strategy: Row<Strategy>, @Ctx() { loaders }: HubContext) {
    return loaders.documentById.load(strategy.document);
  }

  @FieldResolver(() => ProgramConnection, { description: 'Programs serving the strategy. 추진사업.', complexity: connectionComplexity })
  async programs(@Root() strategy: Row<Strategy>, @Args() { filter, orderBy, first, after }: ProgramArgs, @Ctx() { em, loaders }: HubContext) {
    const programs = await programsMatching(await loaders.programsByStrategyId.load(strategy.id), filter, loaders);
    return paginateRows(em, Program, programs, ProgramOrder.of(orderBy), { first, after });
  }

  @FieldResolver(() => [StrategyItemType], { description: 'Numbered items printed under the strategy. 세부 과제.', complexity: listComplexity })
  items(@Root() strategy: Row<Strategy>, @Ctx() { loaders }: HubContext) {
    return loaders.itemsByStrategyId.load(strategy.id);
  }
}
