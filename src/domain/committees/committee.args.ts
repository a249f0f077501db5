import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../graph/pagination';
import { CommitteeFilter } from './committee.filter';
import { CommitteeOrder } from './committee.order';

/** Paging, filter and order of every committee list: the root `committees` and the nested ones. */
@ArgsType()
export class CommitteeArgs extends PageArgs {
  @Field(() => CommitteeFilter, { nullable: true, description: 'Which records to list; all when absent. 필터.' })
  filter?: CommitteeFilter | null;

  @Field(() => CommitteeOrder.enum, { nullable: true, defaultValue: CommitteeOrder.defaultValue, description: 'Order of the rows; a cursor only continues the order it came from. 정렬 순서.' })
  orderBy?: keyof typeof CommitteeOrder.enum | null;
}
