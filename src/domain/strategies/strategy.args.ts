import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../graph/pagination';
import { StrategyFilter } from './strategy.filter';
import { StrategyOrder } from './strategy.order';

/** Paging, filter and order of every strategy list: the root `strategies` and the nested ones. */
@ArgsType()
export class StrategyArgs extends PageArgs {
  @Field(() => StrategyFilter, { nullable: true, description: 'Which records to list; all when absent. 필터.' })
  filter?: StrategyFilter | null;

  @Field(() => StrategyOrder.enum, { nullable: true, defaultValue: StrategyOrder.defaultValue, description: 'Order of the rows; a cursor only continues the order it came from. 정렬 순서.' })
  orderBy?: keyof typeof StrategyOrder.enum | null;
}
