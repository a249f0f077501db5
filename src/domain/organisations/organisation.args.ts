import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../graph/pagination';
import { OrganisationFilter } from './organisation.filter';
import { OrganisationOrder } from './organisation.order';

@ArgsType()
export class OrganisationArgs extends PageArgs {
  @Field(() => OrganisationFilter, { nullable: true, description: 'Which records to list; year, yearFrom, yearTo and documentId match any record naming the unit. 필터.' })
  filter?: OrganisationFilter | null;

  @Field(() => OrganisationOrder.enum, { nullable: true, defaultValue: OrganisationOrder.defaultValue, description: 'Order of the rows; a cursor only continues the order it came from. 정렬 순서.' })
  orderBy?: keyof typeof OrganisationOrder.enum | null;
}
