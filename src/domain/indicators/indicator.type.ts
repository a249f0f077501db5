import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { listComplexity } from '../../graph/complexity';
import { enumObject } from '../../graph/enums';
import { Node, type Related } from '../../graph/node';
import { connectionType } from '../../graph/pagination';
import { SourceDocumentType } from '../documents/document.type';
import { OrganisationType } from '../organisations/organisation.type';
import { ProgramType } from '../programs/program.type';
import { VALUE_KINDS } from './indicator.enums';

export const ValueKind = enumObject(VALUE_KINDS);
registerEnumType(ValueKind, {
  name: 'ValueKind',
  description: 'A result (a year before the document\'s plan year) or a target. 실적/목표.',
  valuesConfig: { ACTUAL: { description: '실적: result' }, TARGET: { description: '목표: target' } },
});

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

  @Field(() => String, { nullable: true, description: 'The category of a broken-down measure (인천, 초등학교 …; see Indicator.dimensionName); null for its total (계) or an undivided measure. 구분.' })
  dimension!: string | null;

  @Field(() => Int, { description: 'Line of the value. 원문 줄 번호.' })
  sourceLine!: number;

  @Field(() => SourceDocumentType, { description: 'Document that prints the value. 출처 문서.' })
  document!: Related<SourceDocumentType>;

  @Field(() => IndicatorType, { description: 'Indicator the value belongs to. 지표.' })
  indicator!: Related<IndicatorType>;
}

@ObjectType('Indicator', { implements: Node, description: 'A measure with yearly results and targets, of a program or (context statistics) of an organisation. 지표.' })
export class IndicatorType extends Node {
  @Field({ description: 'Name as printed. 지표명.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Unit exactly as printed (건, %, 억원, 진행율 …). 단위.' })
  unit!: string | null;

  @Field(() => String, { nullable: true, description: 'The hub\'s reading of the unit: 명 for a count of people printed without one, 개 for a printed counter noun (읍면동, 담당관); equals unit otherwise. 단위(정규화).' })
  normalizedUnit!: string | null;

  @Field(() => String, { nullable: true, description: 'What the values are broken down by (지역, 학교급 …) when the document prints one measure per category; each value names its dimension. 구분 기준.' })
  dimensionName!: string | null;

  @Field(() => Int, { description: 'Line of the indicator. 원문 줄 번호.' })
  sourceLine!: number;

  @Field(() => ProgramType, { nullable: true, description: 'Program the indicator measures; null for context statistics. 추진사업.' })
  program!: ProgramType | null;

  @Field(() => OrganisationType, { nullable: true, description: 'Organisation owning the indicator. 조직.' })
  organisation!: OrganisationType | null;

  @Field(() => SourceDocumentType, { description: 'Document the indicator is drawn from. 출처 문서.' })
  document!: Related<SourceDocumentType>;

  @Field(() => [IndicatorValueType], { description: 'Values by year. 연도별 값.', complexity: listComplexity })
  values!: IndicatorValueType[];
}

export const IndicatorConnection = connectionType(IndicatorType, 'Indicator', '지표');
