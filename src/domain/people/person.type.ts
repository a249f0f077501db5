import { Field, Int, ObjectType } from 'type-graphql';
import { RoleState } from '../../graph/enums';
import { Node } from '../../graph/node';

@ObjectType('Person', { implements: Node, description: 'A person named in the documents: officials, committee chairs, National Assembly members. 인물.' })
export class PersonType extends Node {
  @Field({ description: 'Name as printed. 이름.' })
  name!: string;
}

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
}
