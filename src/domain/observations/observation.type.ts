// Flat rows for BI connectors (Grafana, Power Query): scalar columns only, so one query with
// `first` and `after` pulls a whole table without walking relations.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumObject } from '../../graph/enums';
import { connectionType } from '../../graph/pagination';
import { BudgetPhase } from '../budgets/budget-line.type';
import { ValueKind } from '../indicators/indicator.type';
import { OrganisationBasis } from '../programs/program.type';
import { BUDGET_OWNER_TYPES } from './observation.enums';

export const BudgetOwnerType = enumObject(BUDGET_OWNER_TYPES);
registerEnumType(BudgetOwnerType, {
  name: 'BudgetOwnerType',
  description: 'Whose budget line a fact is. 예산 소유 구분.',
  valuesConfig: {
    ORGANISATION: { description: '조직: an organisation\'s line (e.g. its total)' },
    PROGRAM: { description: '추진사업: a program\'s line' },
  },
});

@ObjectType('IndicatorObservation', { description: 'One indicator value as a flat row with the names of its indicator, program, organisation, strategy and document. 지표 관측값(평면 행).' })
export class IndicatorObservationType {
  @Field(() => ID, { description: 'Id of the indicator value; stable across loads. 행 ID(지표값 ID).' })
  id!: string;

  @Field(() => Int, { description: 'Year the value is for. 연도.' })
  year!: number;

  @Field({ description: 'First day of the year, ISO 8601 (`YYYY-01-01`), for time axes. 기간 시작일.' })
  periodStart!: string;

  @Field(() => Float, { nullable: true, description: 'Numeric reading of rawValue; null when it has none. 수치.' })
  value!: number | null;

  @Field({ description: 'Cell as printed. 원문 표기.' })
  rawValue!: string;

  @Field(() => String, { nullable: true, description: 'Unit of the indicator as printed. 단위.' })
  unit!: string | null;

  @Field(() => ValueKind, { description: 'ACTUAL (a year before the document\'s plan year) or TARGET. 실적/목표.' })
  kind!: string;

  @Field(() => ID, { description: 'Id of the indicator. 지표 ID.' })
  indicatorId!: string;

  @Field({ description: 'Name of the indicator as printed. 지표명.' })
  indicatorName!: string;

  @Field(() => ID, { nullable: true, description: 'Id of the program measured; null for context statistics. 추진사업 ID.' })
  programId!: string | null;

  @Field(() => String, { nullable: true, description: 'Title of the program. 추진사업명.' })
  programTitle!: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the indicator\'s organisation, else its program\'s. 조직 ID.' })
  organisationId!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of that organisation. 조직명.' })
  organisationName!: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the program\'s strategy. 전략 ID.' })
  strategyId!: string | null;

  @Field(() => String, { nullable: true, description: 'Title of the program\'s strategy. 전략명.' })
  strategyTitle!: string | null;

  @Field(() => ID, { description: 'Id of the document that prints the value. 출처 문서 ID.' })
  documentId!: string;

  @Field({ description: 'Title of that document. 출처 문서명.' })
  documentTitle!: string;

  @Field(() => Int, { description: 'Line of the value in the document. 원문 줄 번호.' })
  sourceLine!: number;

  @Field(() => String, { nullable: true, description: 'What the indicator is broken down by (지역 …), if it is. 구분 기준.' })
  dimensionName!: string | null;

  @Field(() => String, { nullable: true, description: 'The category of this value (인천 …); null for a total (계) or an undivided measure. 구분.' })
  dimension!: string | null;

  @Field(() => String, { nullable: true, description: 'The hub\'s reading of the unit (명 where the table prints none); unit stays as printed. 단위(정규화).' })
  normalizedUnit!: string | null;

  @Field(() => OrganisationBasis, { nullable: true, description: 'How the owner (organisation) is known: the program\'s basis; null when the indicator names its own organisation (context statistics). 소관 근거.' })
  organisationBasis!: string | null;
}

@ObjectType('BudgetFact', { description: 'One budget line as a flat row with the names of its owner, program, strategy and document. 예산 사실(평면 행).' })
export class BudgetFactType {
  @Field(() => ID, { description: 'Id of the budget line; stable across loads. 행 ID(예산 항목 ID).' })
  id!: string;

  @Field(() => Int, { description: 'Fiscal year. 회계연도.' })
  fiscalYear!: number;

  @Field({ description: 'First day of the quarter when quarter is set, else of the fiscal year; ISO 8601. 기간 시작일.' })
  periodStart!: string;

  @Field(() => Float, { description: 'Amount in million KRW (백만원), converted from the printed unit. 금액(백만원).' })
  millionKrw!: number;

  @Field(() => Float, { description: 'Amount in the printed unit. 표기 금액.' })
  amountAsPrinted!: number;

  @Field({ description: 'Unit as printed: 원, 천원, 백만원, 억원. 표기 단위.' })
  unitAsPrinted!: string;

  @Field({ description: 'Cell text as printed. 원문 표기.' })
  rawText!: string;

  @Field(() => BudgetPhase, { description: 'Budget phase as the document gives it. 예산 단계.' })
  phase!: string;

  @Field(() => Int, { nullable: true, description: 'Quarter of an execution plan (1–4). 분기.' })
  quarter!: number | null;

  @Field(() => String, { nullable: true, description: 'Breakdown as printed; null for the line total. 세부 구분.' })
  category!: string | null;

  @Field(() => BudgetOwnerType, { description: 'Whether an organisation or a program owns the line. 소유 구분.' })
  ownerType!: string;

  @Field(() => ID, { nullable: true, description: 'Id of the owning organisation, or of the program\'s organisation. 조직 ID.' })
  organisationId!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of that organisation. 조직명.' })
  organisationName!: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the owning program; null for an organisation\'s line. 추진사업 ID.' })
  programId!: string | null;

  @Field(() => String, { nullable: true, description: 'Title of the owning program. 추진사업명.' })
  programTitle!: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the program\'s strategy. 전략 ID.' })
  strategyId!: string | null;

  @Field(() => String, { nullable: true, description: 'Title of the program\'s strategy. 전략명.' })
  strategyTitle!: string | null;

  @Field(() => ID, { description: 'Id of the document that prints the figure. 출처 문서 ID.' })
  documentId!: string;

  @Field({ description: 'Title of that document. 출처 문서명.' })
  documentTitle!: string;

  @Field(() => Int, { description: 'Line of the figure in the document. 원문 줄 번호.' })
  sourceLine!: number;
}

export const IndicatorObservationConnection = connectionType(IndicatorObservationType, 'IndicatorObservation', '지표 관측값');
export const BudgetFactConnection = connectionType(BudgetFactType, 'BudgetFact', '예산 사실');
