import { Field, Int, ObjectType } from 'type-graphql';
import { listComplexity } from '../../graph/complexity';
import { Node, type Related } from '../../graph/node';
import { connectionType } from '../../graph/pagination';
import { SourceDocumentType } from '../documents/document.type';
import { OrganisationType } from '../organisations/organisation.type';

@ObjectType('StrategyItem', { description: 'A numbered item printed under a strategy (①, ②, …). 세부 과제.' })
export class StrategyItemType {
  @Field({ description: 'Number as printed. 번호.' })
  number!: string;

  @Field({ description: 'Title as printed. 과제명.' })
  title!: string;

  @Field(() => Int, { description: 'Line of the item. 원문 줄 번호.' })
  sourceLine!: number;
}

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

  @Field(() => OrganisationType, { nullable: true, description: 'Organisation whose strategy it is. 조직.' })
  organisation!: OrganisationType | null;

  @Field(() => SourceDocumentType, { description: 'Document the strategy is drawn from. 출처 문서.' })
  document!: Related<SourceDocumentType>;

  @Field(() => [StrategyItemType], { description: 'Numbered items printed under the strategy. 세부 과제.', complexity: listComplexity })
  items!: StrategyItemType[];
}

export const StrategyConnection = connectionType(StrategyType, 'Strategy', '전략');
