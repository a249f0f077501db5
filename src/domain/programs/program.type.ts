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
import { PROGRAM_STATUSES } from './program.enums';

export const ProgramStatus = enumObject(PROGRAM_STATUSES);
registerEnumType(ProgramStatus, {
  name: 'ProgramStatus',
  description: 'New or continuing program. 신규/계속.',
  valuesConfig: { NEW: { description: '신규' }, CONTINUING: { description: '계속' } },
});

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

  @Field(() => Float, { nullable: true, description: 'Total budget in million KRW; null for 비예산 or when not printed (see totalBudgetRaw). 총사업비(백만원).' })
  totalBudgetMillionKrw!: number | null;

  @Field(() => String, { nullable: true, description: 'Total budget cell as printed, e.g. `비예산`, `7,975`. 총사업비 표기.' })
  totalBudgetRaw!: string | null;

  @Field(() => String, { nullable: true, description: 'Unit the total budget was printed in. 총사업비 표기 단위.' })
  totalBudgetUnit!: string | null;

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
}

export const ProgramConnection = connectionType(ProgramType, 'Program', '추진사업');
