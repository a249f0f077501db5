import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../graph/pagination';
import { IndicatorFilter } from './indicator.filter';
import { IndicatorOrder } from './indicator.order';

@ArgsType()
export class IndicatorArgs extends PageArgs {
  @Field(() => IndicatorFilter, { nullable: true, description: 'Which records to list; all when absent. 필터.' })
  filter?: IndicatorFilter | null;

  @Field(() => IndicatorOrder.enum, { nullable: true, defaultValue: IndicatorOrder.defaultValue, description: 'Order of the rows; a cursor only continues the order it came from. 정렬 순서.' })
  orderBy?: keyof typeof IndicatorOrder.enum | null;
}
