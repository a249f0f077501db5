import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graph/node';
import { SourceDocumentType } from '../documents/document.type';

/** The searchable record types, in the order that breaks ties between equally ranked hits. */
export const EntityType = {
  SOURCE_DOCUMENT: 'SOURCE_DOCUMENT',
  ORGANISATION: 'ORGANISATION',
  STRATEGY: 'STRATEGY',
  PROGRAM: 'PROGRAM',
  INDICATOR: 'INDICATOR',
  COMMITTEE: 'COMMITTEE',
  CIVIC_ORGANISATION: 'CIVIC_ORGANISATION',
  AUDIT_FINDING: 'AUDIT_FINDING',
  PERSON: 'PERSON',
} as const;
export type EntityType = (typeof EntityType)[keyof typeof EntityType];

registerEnumType(EntityType, {
  name: 'EntityType',
  description: 'Kind of record a search hit is. Equally ranked hits go in the order SOURCE_DOCUMENT, ORGANISATION, STRATEGY, PROGRAM, INDICATOR, COMMITTEE, CIVIC_ORGANISATION, AUDIT_FINDING, PERSON. 검색 대상 종류.',
  valuesConfig: {
    SOURCE_DOCUMENT: { description: '출처 문서: a source document, by its title' },
    ORGANISATION: { description: '조직: an organisational unit, by its name and other written forms' },
    STRATEGY: { description: '전략: a strategy, by its title' },
    PROGRAM: { description: '추진사업: a program, by its title' },
    INDICATOR: { description: '지표: an indicator, by its name' },
    COMMITTEE: { description: '위원회: a committee, by its name' },
    CIVIC_ORGANISATION: { description: '민간단체: a civic organisation, by its name' },
    AUDIT_FINDING: { description: '행정사무감사 지적사항: an audit finding, by its title and code' },
    PERSON: { description: '인물: a person, by name' },
  },
});

export const DEFAULT_SEARCH_HITS = 20;
export const MAX_SEARCH_HITS = 100;
export const MAX_SEARCH_TEXT = 200;

@ArgsType()
export class SearchArgs {
  @Field({ description: 'What to look for: a name or part of one; case and all whitespace are ignored (`정 책 기 획` finds `정책기획관`). 검색어.' })
  text!: string;

  @Field(() => [EntityType], { nullable: true, description: 'Only hits of these kinds; every kind when absent, none for an empty list. 검색 대상 종류.' })
  types?: EntityType[] | null;

  @Field(() => Int, { nullable: true, description: `How many hits, best first: ${DEFAULT_SEARCH_HITS} by default, 1 to ${MAX_SEARCH_HITS}. 결과 수.` })
  first?: number | null;
}

@ObjectType('SearchHit', { description: 'A record whose name or title matches a search, with its rank. 검색 결과.' })
export class SearchHitType {
  @Field(() => EntityType, { description: 'Kind of record. 레코드 종류.' })
  type!: EntityType;

  @Field(() => ID, { description: 'Global id of the record, for `node(id)`. 레코드 ID.' })
  id!: string;

  @Field({ description: 'Name or title of the record as printed. 이름 또는 제목.' })
  title!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Plan year of the document the record is drawn from (of a document: its own); null for organisations and people, which span years. 연도.',
  })
  year!: number | null;

  @Field(() => Float, {
    description: 'Rank, higher first: 1 for containing the text (ignoring case and whitespace), plus the pg_trgm word_similarity of the text to the best matching stretch of the record\'s names (0–1), rounded to 4 places. 검색 점수.',
  })
  score!: number;

  @Field(() => SourceDocumentType, {
    nullable: true,
    description: 'Document the record is drawn from (a document: itself); null for organisations and people. 출처 문서.',
  })
  document!: SourceDocumentType | null;

  @Field(() => Node, { nullable: true, description: 'The record itself, as `node(id)` returns it. 레코드.' })
  node!: Node | null;
}
