import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { listComplexity } from '../../graph/complexity';
import { enumObject } from '../../graph/enums';
import { Node, type Related } from '../../graph/node';
import { connectionType } from '../../graph/pagination';
import { BudgetLineType } from '../budgets/budget-line.type';
import { SourceDocumentType } from '../documents/document.type';
import { IndicatorType } from '../indicators/indicator.type';
import { OrganisationType } from '../organisations/organisation.type';
import { StrategyType } from '../strategies/strategy.type';
import { MENTION_ROLES, ORGANISATION_BASES, PROGRAM_STATUSES } from './program.enums';

export const ProgramStatus = enumObject(PROGRAM_STATUSES);
registerEnumType(ProgramStatus, {
  name: 'ProgramStatus',
  description: 'New or continuing program. 신규/계속.',
  valuesConfig: { NEW: { description: '신규' }, CONTINUING: { description: '계속' } },
});

export const MentionRole = enumObject(MENTION_ROLES);
registerEnumType(MentionRole, {
  name: 'MentionRole',
  description: 'What a place in a document contributes to a program. 수록 위치의 역할.',
  valuesConfig: {
    SUMMARY_ROW: { description: '총괄표 등 요약표의 행: a row of a summary table' },
    CORE_TASK: { description: '핵심(현안)과제: a core or current-issue task' },
    SECTION: { description: '부서별 추진계획의 항목 제목과 본문: a heading with its body in a work-plan section' },
    CONTENTS: { description: '부서 항목 목록·목차: an entry of an item list or table of contents' },
    INDICATOR_TABLE: { description: '지표표의 행: rows of an indicator table' },
    BUDGET_TABLE: { description: '예산표의 행: a row of a budget table' },
    OTHER: { description: '기타: a strategy-tree item, or a mention inside another text' },
  },
});

export const OrganisationBasis = enumObject(ORGANISATION_BASES);
registerEnumType(OrganisationBasis, {
  name: 'OrganisationBasis',
  description: 'How a program\'s owner is known, strongest first. 담당 조직의 근거.',
  valuesConfig: {
    PRINTED_ON_ROW: { description: '행에 표기: a unit printed on the mention\'s own row' },
    SECTION: { description: '부서 편: printed under the unit\'s section heading' },
    DESCRIBING_DIVISION: { description: '설명 부서: a unit\'s section describes it in its text (summary-table rows)' },
    REPORTING_OFFICE: { description: '보고 부서: the reporting office, where the document names no division (2022 transcript: 기획조정실)' },
    NOT_PRINTED: { description: '미표기: no owner printed (the mid-term plan\'s sector sections)' },
  },
});

@ObjectType('Mention', { description: 'A place where a document prints a program. 수록 위치.' })
export class MentionType {
  @Field(() => Int, { description: 'Line in the document. 원문 줄 번호.' })
  sourceLine!: number;

  @Field(() => MentionRole, { description: 'What this place is. 역할.' })
  role!: string;

  @Field(() => String, { nullable: true, description: 'The wording printed there; null where the place prints no title (a budget row). 표기된 제목.' })
  printedAs!: string | null;
}

@ObjectType('ProjectTotal', { description: 'A money figure over several years (e.g. 총사업비 \'17~\'20), with its period as printed; never summed with fiscal-year amounts. 총사업비(다년도).' })
export class ProjectTotalType {
  @Field(() => Float, { description: 'Amount in million KRW. 금액(백만원).' })
  millionKrw!: number;

  @Field({ description: 'Period as printed, e.g. `\'17~\'20`, or `not printed`. 사업기간 표기.' })
  period!: string;

  @Field(() => String, { nullable: true, description: 'Breakdown as printed (국비, 시비 …); null for the total. 세부 구분.' })
  category!: string | null;

  @Field(() => Float, { description: 'Amount in the printed unit. 표기 금액.' })
  amountAsPrinted!: number;

  @Field({ description: 'Unit as printed. 표기 단위.' })
  unitAsPrinted!: string;

  @Field({ description: 'Cell text as printed. 원문 표기.' })
  rawText!: string;

  @Field(() => Int, { description: 'Line of the figure. 원문 줄 번호.' })
  sourceLine!: number;

  @Field(() => [Int], { description: 'Every line printing this figure. 표기된 모든 줄.' })
  sourceLines!: number[];
}

@ObjectType('Milestone', { description: 'A dated step of a program: design competition, groundbreaking, opening … 추진 일정.' })
export class MilestoneType {
  @Field({ description: 'Date as printed, e.g. `\'18. 3월`. 일자 표기.' })
  date!: string;

  @Field(() => String, { nullable: true, description: 'ISO 8601 date to the precision printed (YYYY, YYYY-MM or YYYY-MM-DD); null when not determinable (상반기). ISO 일자.' })
  isoDate!: string | null;

  @Field(() => String, { nullable: true, description: 'End of a printed range, ISO 8601. 종료 일자.' })
  isoEndDate!: string | null;

  @Field({ description: 'The step, as printed. 내용.' })
  event!: string;

  @Field(() => Int, { description: 'Line of the step. 원문 줄 번호.' })
  sourceLine!: number;
}

@ObjectType('Program', { implements: Node, description: 'A program (추진사업 / 주요과제 / 시책) as one year\'s document lists it. 추진사업.' })
export class ProgramType extends Node {
  @Field(() => Int, { description: 'Plan year of the document. 연도.' })
  year!: number;

  @Field(() => String, { nullable: true, description: 'Number as printed. 번호.' })
  number!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the document lists it: 총괄표, 핵심(현안)과제, a division\'s plan. 수록 위치.' })
  section!: string | null;

  @Field({ description: 'Title as printed. 사업명.' })
  title!: string;

  @Field(() => ProgramStatus, { nullable: true, description: 'New or continuing. 신규/계속.' })
  status!: string | null;

  @Field(() => String, { nullable: true, description: 'Period as printed (지속, 2019, \'20.1.~12.). 사업기간.' })
  period!: string | null;

  @Field(() => Float, {
    nullable: true, description: 'Total budget in million KRW; null for 비예산 or when not printed (see totalBudgetRaw). 총사업비(백만원).',
    deprecationReason: 'The total-budget cell as printed: a fiscal-year amount in some documents, a multi-year total in others. Use budgets (fiscal-year amounts) and projectTotals (multi-year totals).',
  })
  totalBudgetMillionKrw!: number | null;

  @Field(() => String, { nullable: true, description: 'Total budget cell as printed, e.g. `비예산`, `7,975`. 총사업비 표기.' })
  totalBudgetRaw!: string | null;

  @Field(() => String, { nullable: true, description: 'Unit the total budget was printed in. 총사업비 표기 단위.' })
  totalBudgetUnit!: string | null;

  @Field(() => OrganisationBasis, { description: 'How the responsible organisation is known. 담당 조직의 근거.' })
  organisationBasis!: string;

  @Field(() => Int, { nullable: true, description: 'Line that shows the responsible organisation. 담당 조직 근거 줄.' })
  organisationSourceLine!: number | null;

  @Field(() => String, { nullable: true, description: 'National support as printed (ministry). 국가지원.' })
  nationalSupport!: string | null;

  @Field(() => Int, { nullable: true, description: 'Page of the report where printed. 보고서 쪽.' })
  page!: number | null;

  @Field(() => Int, { description: 'Line of the title. 원문 줄 번호.' })
  sourceLine!: number;

  @Field(() => OrganisationType, { nullable: true, description: 'Responsible organisation. 담당 조직.' })
  organisation!: OrganisationType | null;

  @Field(() => StrategyType, { nullable: true, description: 'Strategy the program serves. 전략.' })
  strategy!: StrategyType | null;

  @Field(() => SourceDocumentType, { description: 'Document the program is drawn from. 출처 문서.' })
  document!: Related<SourceDocumentType>;

  @Field(() => [BudgetLineType], { description: 'Budget lines per fiscal year, phase and quarter. 사업 예산.', complexity: listComplexity })
  budgets!: BudgetLineType[];

  @Field(() => [IndicatorType], { description: 'Indicators measuring the program. 지표.', complexity: listComplexity })
  indicators!: IndicatorType[];

  @Field(() => [MentionType], { description: 'Every place the document prints the program, the first (sourceLine) first. 수록 위치.', complexity: listComplexity })
  mentions!: MentionType[];

  @Field(() => [ProjectTotalType], { description: 'Money figures over several years, with their period as printed. 총사업비(다년도).', complexity: listComplexity })
  projectTotals!: ProjectTotalType[];

  @Field(() => [MilestoneType], { description: 'Dated steps, in the order printed. 추진 일정.', complexity: listComplexity })
  milestones!: MilestoneType[];
}

export const ProgramConnection = connectionType(ProgramType, 'Program', '추진사업');
