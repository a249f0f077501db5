import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../graph/pagination';
import { BudgetFactFilter, IndicatorObservationFilter } from './observation.filter';

@ArgsType()
export class IndicatorObservationArgs extends PageArgs {
  @Field(() => IndicatorObservationFilter, { nullable: true, description: 'Which rows to list; all when absent. 필터.' })
  filter?: IndicatorObservationFilter | null;
}

@ArgsType()
export class BudgetFactArgs extends PageArgs {
  @Field(() => BudgetFactFilter, { nullable: true, description: 'Which rows to list; all when absent. 필터.' })
  filter?: BudgetFactFilter | null;
}
