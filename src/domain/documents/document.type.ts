import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumObject } from '../../graph/enums';
import { Node } from '../../graph/node';
import { OrganisationType } from '../organisations/organisation.type';
import { DOCUMENT_KINDS } from './document.enums';

export const DocumentKind = enumObject(DOCUMENT_KINDS);
registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: 'What a source document is. 문서 종류.',
  valuesConfig: {
    ANNUAL_PLAN: { description: '주요업무계획: annual work plan' },
    COUNCIL_REPORT: { description: '주요업무보고: report to a council committee' },
    COUNCIL_TRANSCRIPT: { description: '업무보고 속기록: transcript of an oral report' },
    MIDTERM_FINANCE_PLAN: { description: '중기지방재정계획: mid-term local finance plan' },
  },
});

@ObjectType('TotalCheck', { description: 'A total the document prints, re-added from the loaded rows. Mismatches are kept as printed, never fixed. 합계 검증.' })
export class TotalCheckType {
  @Field({ description: 'What the total is, e.g. `예산 2019 계`. 항목.' })
  label!: string;

  @Field({ description: 'What was summed: budget, staffing.authorized, program.totalBudget, count.auditFindings … 합산 대상.' })
  of!: string;

  @Field(() => Float, { nullable: true, description: 'The printed total (money in million KRW). 인쇄된 합계.' })
  printed!: number | null;

  @Field(() => String, { nullable: true, description: 'The printed cell when it is not a plain number. 인쇄된 표기.' })
  printedRaw!: string | null;

  @Field(() => Float, { nullable: true, description: 'Sum of the loaded rows the total covers. 재계산 합계.' })
  computed!: number | null;

  @Field({ description: 'True when printed equals computed. 일치 여부.' })
  matches!: boolean;

  @Field(() => Int, { description: 'Line of the printed total. 원문 줄 번호.' })
  sourceLine!: number;
}

@ObjectType('SourceDocument', { implements: Node, description: 'A source planning document the facts are drawn from. 출처 문서.' })
export class SourceDocumentType extends Node {
  @Field({ description: 'Title as printed. 제목.' })
  title!: string;

  @Field(() => DocumentKind, { description: 'What the document is. 문서 종류.' })
  kind!: string;

  @Field(() => Int, { description: 'The year the document plans or reports for. 계획 연도.' })
  planYear!: number;

  @Field(() => String, { nullable: true, description: 'Date as printed, e.g. `2018. 12.`. 발행일(표기대로).' })
  publishedOn!: string | null;

  @Field({ description: 'Text file the citations point into. 원문 파일명.' })
  fileName!: string;

  @Field(() => Int, { description: 'Line of the title in fileName. 원문 줄 번호.' })
  sourceLine!: number;

  @Field(() => OrganisationType, { nullable: true, description: 'Organisation that issued the document. 발행 조직.' })
  issuer!: OrganisationType | null;

  @Field(() => [TotalCheckType], { description: 'Every printed total with its re-computed sum. 합계 검증 목록.' })
  totalChecks!: TotalCheckType[];
}
