import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { listComplexity } from '../../graph/complexity';
import { enumObject } from '../../graph/enums';
import { Node, type Related } from '../../graph/node';
import { connectionType } from '../../graph/pagination';
import { SourceDocumentType } from '../documents/document.type';
import { PersonType, RoleType } from '../people/person.type';
import { LINK_KINDS, ORGANISATION_KINDS } from './organisation.enums';

export const OrganisationKind = enumObject(ORGANISATION_KINDS);
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'Kind of organisational unit. 조직 종류.',
  valuesConfig: {
    CITY: { description: '시: the city' }, COUNCIL: { description: '시의회: city council' },
    COUNCIL_COMMITTEE: { description: '상임위원회: council committee' }, OFFICE: { description: '실 / 협력관: office' },
    BUREAU: { description: '국: bureau' }, HEADQUARTERS: { description: '본부: headquarters' },
    DIVISION: { description: '과 / 담당관: division' }, TEAM: { description: '팀 / 담당: team' },
    TASK_FORCE: { description: '추진단: task force' }, AGENCY: { description: '사업소 / 직속기관: agency' },
    BRANCH: { description: '출장소: branch office' }, FOUNDATION: { description: '재단: foundation' },
    INSTITUTE: { description: '연구원: institute' }, NATIONAL: { description: '중앙부처: national body' },
    OTHER: { description: '기타: other' },
  },
});

export const OrganisationLinkKind = enumObject(LINK_KINDS);
registerEnumType(OrganisationLinkKind, {
  name: 'OrganisationLinkKind',
  description: 'How one unit follows another. 조직 변동 종류.',
  valuesConfig: {
    RENAMED: { description: '명칭 변경: same unit, new name' },
    SUCCEEDED: { description: '후속 조직: the post and its work continued in the other unit' },
    WORK_MOVED: { description: '업무 이관: a program moved to the other unit' },
    SPLIT: { description: '분리' }, MERGED: { description: '통합' },
  },
});

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

  @Field(() => OrganisationType, { description: 'The earlier unit. 이전 조직.' })
  from!: Related<OrganisationType>;

  @Field(() => OrganisationType, { description: 'The later unit. 이후 조직.' })
  to!: Related<OrganisationType>;

  @Field(() => SourceDocumentType, { description: 'Document that shows the change. 출처 문서.' })
  document!: Related<SourceDocumentType>;
}

@ObjectType('Organisation', { implements: Node, description: 'An organisational unit, one identity across all years and documents (name key without whitespace). 조직.' })
export class OrganisationType extends Node {
  @Field({ description: 'The unit\'s proper written name. 조직명.' })
  name!: string;

  @Field(() => OrganisationKind, { description: 'Kind of unit. 조직 종류.' })
  kind!: string;

  @Field(() => [String], { description: 'Other written forms found in the documents, e.g. 평가담당관실. 다른 표기.' })
  aliases!: string[];

  @Field(() => [Int], { description: 'Years in which any document names this unit. 등장 연도.' })
  years!: number[];

  @Field(() => [PersonType], { description: 'People holding a post in the unit. 소속 인물.', complexity: listComplexity })
  people!: PersonType[];

  @Field(() => [OrganisationLinkType], { description: 'Units this one follows: renamed from, succeeded, or took work from. 이전 조직.', complexity: listComplexity })
  predecessors!: OrganisationLinkType[];

  @Field(() => [OrganisationLinkType], { description: 'Units that follow this one. 이후 조직.', complexity: listComplexity })
  successors!: OrganisationLinkType[];

  @Field(() => [RoleType], { description: 'Posts in the unit, held or vacant, as each document reports them. 직위.', complexity: listComplexity })
  posts!: RoleType[];
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

  @Field(() => SourceDocumentType, { description: 'Document that prints the figures. 출처 문서.' })
  document!: Related<SourceDocumentType>;
}

export const OrganisationConnection = connectionType(OrganisationType, 'Organisation', '조직');
