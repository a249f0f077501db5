import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumObject } from '../../graph/enums';
import { Node, type Related } from '../../graph/node';
import { connectionType } from '../../graph/pagination';
import { SourceDocumentType } from '../documents/document.type';
import { OrganisationType } from '../organisations/organisation.type';
import { COMMITTEE_KINDS } from './committee.enums';

export const CommitteeKind = enumObject(COMMITTEE_KINDS);
registerEnumType(CommitteeKind, {
  name: 'CommitteeKind',
  description: 'A city committee or a council committee. 위원회 종류.',
  valuesConfig: { CITY_COMMITTEE: { description: '시 위원회' }, COUNCIL_COMMITTEE: { description: '의회 위원회' } },
});

@ObjectType('Committee', { implements: Node, description: 'A city or council committee with its membership, as one document prints it. 위원회.' })
export class CommitteeType extends Node {
  @Field(() => Int, { description: 'Plan year of the document. 연도.' })
  year!: number;

  @Field({ description: 'Name as printed. 위원회명.' })
  name!: string;

  @Field(() => CommitteeKind, { description: 'City committee or council committee. 종류.' })
  kind!: string;

  @Field(() => [String], { description: 'Chair or co-chairs. 위원장.' })
  chairs!: string[];

  @Field(() => String, { nullable: true, description: 'Chair(s) as one text, co-chairs joined by `, `. 위원장.' })
  chair!: string | null;

  @Field(() => Int, { nullable: true, description: 'Members in all (계). 위원 수.' })
  memberCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Ex-officio members (당연직); null where printed `-`.' })
  exOfficioCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Appointed members (위촉직); null where printed `-`.' })
  appointedCount!: number | null;

  @Field(() => String, { nullable: true, description: 'Date of the figures as printed (현재). 기준일.' })
  asOf!: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the figures, ISO 8601. 기준일(ISO).' })
  asOfDate!: string | null;

  @Field(() => Int, { description: 'Line of the committee row. 원문 줄 번호.' })
  sourceLine!: number;

  @Field(() => OrganisationType, { nullable: true, description: 'Managing organisation (비고). 소관 부서.' })
  organisation!: OrganisationType | null;

  @Field(() => SourceDocumentType, { description: 'Document the row is drawn from. 출처 문서.' })
  document!: Related<SourceDocumentType>;
}

export const CommitteeConnection = connectionType(CommitteeType, 'Committee', '위원회');
