import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../graph/pagination';
import { SeriesFilter } from './series.filter';
import { IndicatorSeriesOrder, ProgramSeriesOrder } from './series.order';

@ArgsType()
export class ProgramSeriesArgs extends PageArgs {
  @Field(() => SeriesFilter, { nullable: true, description: 'Which records to list; all when absent. 필터.' })
  filter?: SeriesFilter | null;

  @Field(() => ProgramSeriesOrder.enum, { nullable: true, defaultValue: ProgramSeriesOrder.defaultValue, description: 'Order of the rows; a cursor only continues the order it came from. 정렬 순서.' })
  orderBy?: keyof typeof ProgramSeriesOrder.enum | null;
}

@ArgsType()
export class IndicatorSeriesArgs extends PageArgs {
  @Field(() => SeriesFilter, { nullable: true, description: 'Which records to list; all when absent. 필터.' })
  filter?: SeriesFilter | null;

  @Field(() => IndicatorSeriesOrder.enum, { nullable: true, defaultValue: IndicatorSeriesOrder.defaultValue, description: 'Order of the rows; a cursor only continues the order it came from. 정렬 순서.' })
  orderBy?: keyof typeof IndicatorSeriesOrder.enum | null;
}
