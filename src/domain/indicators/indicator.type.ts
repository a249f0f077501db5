import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ValueKind } from '../../graph/enums';
import { Node } from '../../graph/node';

@ObjectType('Indicator', { implements: Node, description: 'A measure with yearly results and targets, of a program or (context statistics) of an organisation. 지표.' })
export class IndicatorType extends Node {
  @Field({ description: 'Name as printed. 지표명.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Unit as printed (건, %, 억원 …). 단위.' })
  unit!: string | null;

  @Field(() => Int, { description: 'Line of the indicator. 원문 줄 번호.' })
  sourceLine!: number;
}

@ObjectType('IndicatorValue', { description: 'One year\'s value of an indicator, as one document prints it. 연도별 값.' })
export class IndicatorValueType {
  @Field(() => Int, { description: 'Year the value is for. 연도.' })
  year!: number;

  @Field(() => Float, { nullable: true, description: 'Numeric reading of rawValue; null when it has none (수시, -, 가등급 3개). 수치.' })
  value!: number | null;

  @Field({ description: 'Cell as printed, always kept. 원문 표기.' })
  rawValue!: string;

  @Field(() => ValueKind, { description: 'ACTUAL for years before the document\'s plan year, else TARGET. 실적/목표.' })
  kind!: string;

  @Field(() => Int, { description: 'Line of the value. 원문 줄 번호.' })
  sourceLine!: number;
}
