import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../graph/pagination';
import { CivicOrganisationFilter } from './civic-organisation.filter';
import { CivicOrganisationOrder } from './civic-organisation.order';

@ArgsType()
export class CivicOrganisationArgs extends PageArgs {
  @Field(() => CivicOrganisationFilter, { nullable: true, description: 'Which records to list; all when absent. 필터.' })
  filter?: CivicOrganisationFilter | null;

  @Field(() => CivicOrganisationOrder.enum, { nullable: true, defaultValue: CivicOrganisationOrder.defaultValue, description: 'Order of the rows; a cursor only continues the order it came from. 정렬 순서.' })
  orderBy?: keyof typeof CivicOrganisationOrder.enum | null;
}
