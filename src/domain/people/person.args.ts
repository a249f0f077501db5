import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../graph/pagination';
import { PersonFilter } from './person.filter';
import { PersonOrder } from './person.order';

@ArgsType()
export class PersonArgs extends PageArgs {
  @Field(() => PersonFilter, { nullable: true, description: 'Which records to list; all when absent. 필터.' })
  filter?: PersonFilter | null;

  @Field(() => PersonOrder.enum, { nullable: true, defaultValue: PersonOrder.defaultValue, description: 'Order of the rows; a cursor only continues the order it came from. 정렬 순서.' })
  orderBy?: keyof typeof PersonOrder.enum | null;
}
