import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../graph/pagination';
import { ProgramFilter } from './program.filter';
import { ProgramOrder } from './program.order';

/** Paging, filter and order of every program list: the root `programs` and the nested ones. */
@ArgsType()
export class ProgramArgs extends PageArgs {
  @Field(() => ProgramFilter, { nullable: true, description: 'Which records to list; all when absent. 필터.' })
  filter?: ProgramFilter | null;

  @Field(() => ProgramOrder.enum, { nullable: true, defaultValue: ProgramOrder.defaultValue, description: 'Order of the rows; a cursor only continues the order it came from. 정렬 순서.' })
  orderBy?: keyof typeof ProgramOrder.enum | null;
}
