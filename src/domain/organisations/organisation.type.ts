import { Field, Int, ObjectType } from 'type-graphql';
import { OrganisationKind, OrganisationLinkKind } from '../../graph/enums';
import { Node } from '../../graph/node';

@ObjectType('Organisation', { implements: Node, description: 'An organisational unit, one identity across all years and documents (name key without whitespace). 조직.' })
export class OrganisationType extends Node {
  @Field({ description: 'The unit\'s proper written name. 조직명.' })
  name!: string;

  @Field(() => OrganisationKind, { description: 'Kind of unit. 조직 종류.' })
  kind!: string;

  @Field(() => [String], { description: 'Other written forms found in the documents, e.g. 평가담당관실. 다른 표기.' })
  aliases!: string[];
}

@ObjectType('Staffing', { description: 'Authorised and current staff of a unit in a year, as one document prints it. 정원/현원.' })
export class StaffingType {
  @Field(() => Int, { description: 'Year of the figures (the document\'s plan year). 연도.' })
  year!: number;

  @Field(() => String, { nullable: true, description: 'Grade column (5급 …); null for the unit total. 직급.' })
  grade!: string | null;

  @Field(() => Int, { nullable: true, description: '정원: authorised posts; null where printed `-`.' })
  authorized!: number | null;

  @Field(() => Int, { nullable: true, description: '현원: staff in post; null where printed `-`.' })
  current!: number | null;

  @Field(() => String, { nullable: true, description: 'Date of the figures as printed (현재). 기준일.' })
  asOf!: string | null;

  @Field(() => String, { nullable: true, description: 'Cell as printed, e.g. `27/26`. 표기.' })
  raw!: string | null;

  @Field(() => Int, { description: 'Line of the figures. 원문 줄 번호.' })
  sourceLine!: number;
}

@ObjectType('OrganisationLink', { description: 'A unit renamed, succeeded, or whose work moved to another, as the documents show it. 조직 변동.' })
export class OrganisationLinkType {
  @Field(() => OrganisationLinkKind, { description: 'How the later unit follows the earlier. 변동 종류.' })
  kind!: string;

  @Field(() => Int, { description: 'Year of the change. 연도.' })
  year!: number;

  @Field({ description: 'What the documents show, in a line. 근거.' })
  reason!: string;

  @Field(() => Int, { description: 'Line of the evidence in document. 원문 줄 번호.' })
  sourceLine!: number;
}
