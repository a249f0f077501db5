import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { listComplexity } from '../../graph/complexity';
import { enumObject } from '../../graph/enums';
import { Node, type Related } from '../../graph/node';
import { connectionType } from '../../graph/pagination';
import { SourceDocumentType } from '../documents/document.type';
import { OrganisationType } from '../organisations/organisation.type';
import { ROLE_STATES } from './person.enums';

export const RoleState = enumObject(ROLE_STATES);
registerEnumType(RoleState, {
  name: 'RoleState',
  description: 'State of a post as the document reports it. 직위 상태.',
  valuesConfig: {
    SERVING: { description: '재직' }, PRESENT: { description: '출석' }, ABSENT: { description: '불참' },
    NEWLY_APPOINTED: { description: '신규 부임' }, VACANT: { description: '공석' }, FORMER: { description: '전직' },
  },
});

@ObjectType('Role', { description: 'A post a person held (or, with no person, a post printed vacant), as one document reports it. 직위.' })
export class RoleType {
  @Field({ description: 'Title of the post as printed. 직위명.' })
  title!: string;

  @Field(() => Int, { description: 'Plan year of the reporting document. 연도.' })
  year!: number;

  @Field(() => String, { nullable: true, description: 'Party, constituency or outside body, as printed. 소속.' })
  affiliation!: string | null;

  @Field(() => RoleState, { nullable: true, description: 'State of the post in the document (present, absent, newly appointed, vacant …). 상태.' })
  state!: string | null;

  @Field(() => String, { nullable: true, description: 'Start date as printed. 시작일.' })
  since!: string | null;

  @Field(() => String, { nullable: true, description: 'End date as printed. 종료일.' })
  until!: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the record as printed (현재). 기준일.' })
  asOf!: string | null;

  @Field(() => Int, { description: 'Line of the role. 원문 줄 번호.' })
  sourceLine!: number;

  @Field(() => OrganisationType, { nullable: true, description: 'Organisation of the post. 조직.' })
  organisation!: OrganisationType | null;

  @Field(() => PersonType, { nullable: true, description: 'Holder of the post; null for a vacant post. 인물.' })
  person!: PersonType | null;

  @Field(() => SourceDocumentType, { description: 'Document reporting the role. 출처 문서.' })
  document!: Related<SourceDocumentType>;
}

@ObjectType('Person', { implements: Node, description: 'A person named in the documents: officials, committee chairs, National Assembly members. 인물.' })
export class PersonType extends Node {
  @Field({ description: 'Name as printed. 이름.' })
  name!: string;

  @Field(() => [RoleType], { description: 'Posts the person held, by year. 직위.', complexity: listComplexity })
  roles!: RoleType[];
}

export const PersonConnection = connectionType(PersonType, 'Person', '인물');
