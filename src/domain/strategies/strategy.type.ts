import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graph/node';

@ObjectType('Strategy', { implements: Node, description: 'A strategy of one document and organisation, with the vision and goal it serves. 전략.' })
export class StrategyType extends Node {
  @Field(() => Int, { description: 'Plan year of the document. 연도.' })
  year!: number;

  @Field({ description: 'Number as printed. 전략 번호.' })
  number!: string;

  @Field({ description: 'Title as printed. 전략명.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Vision the strategy serves. 비전.' })
  vision!: string | null;

  @Field(() => String, { nullable: true, description: 'Goal the strategy serves. 목표.' })
  goal!: string | null;

  @Field(() => Int, { description: 'Line of the title. 원문 줄 번호.' })
  sourceLine!: number;
}

@ObjectType('StrategyItem', { description: 'A numbered item printed under a strategy (①, ②, …). 세부 과제.' })
export class StrategyItemType {
  @Field({ description: 'Number as printed. 번호.' })
  number!: string;

  @Field({ description: 'Title as printed. 과제명.' })
  title!: string;

  @Field(() => Int, { description: 'Line of the item. 원문 줄 번호.' })
  sourceLine!: number;
}
