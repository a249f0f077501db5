import { Field, Int, ObjectType } from 'type-graphql';
import { Node, type Related } from '../../graph/node';
import { connectionType } from '../../graph/pagination';
import { SourceDocumentType } from '../documents/document.type';

@ObjectType('CivicOrganisation', { implements: Node, description: 'A civic organisation (국민운동단체 등) as one document lists it. 단체.' })
export class CivicOrganisationType extends Node {
  @Field(() => Int, { description: 'Plan year of the document. 연도.' })
  year!: number;

  @Field({ description: 'Name as printed. 단체명.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Representative. 대표.' })
  representative!: string | null;

  @Field(() => String, { nullable: true, description: 'Address as printed. 소재지.' })
  address!: string | null;

  @Field(() => Int, { nullable: true, description: 'Individual members. 개인 회원 수.' })
  memberCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Corporate members, where printed apart. 법인 회원 수.' })
  corporateMemberCount!: number | null;

  @Field(() => String, { nullable: true, description: 'Member cell as printed, e.g. `94(개인) 22(법인)`. 회원수 표기.' })
  membersRaw!: string | null;

  @Field(() => String, { nullable: true, description: 'Phone as printed. 연락처.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the figures as printed (현재). 기준일.' })
  asOf!: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the figures, ISO 8601. 기준일(ISO).' })
  asOfDate!: string | null;

  @Field(() => Int, { description: 'Line of the row. 원문 줄 번호.' })
  sourceLine!: number;

  @Field(() => SourceDocumentType, { description: 'Document the row is drawn from. 출처 문서.' })
  document!: Related<SourceDocumentType>;
}

export const CivicOrganisationConnection = connectionType(CivicOrganisationType, 'CivicOrganisation', '단체');
