import { type Related } from '../../graph/node';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumObject } from '../../graph/enums';
import { SourceDocumentType } from '../documents/document.type';
import { OrganisationType } from '../organisations/organisation.type';
import { ProgramType } from '../programs/program.type';
import { BUDGET_PHASES } from './budget.enums';

export const BudgetPhase = enumObject(BUDGET_PHASES);
registerEnumType(BudgetPhase, {
  name: 'BudgetPhase',
  description: 'Which budget a figure belongs to, as the document gives it. 예산 단계.',
  valuesConfig: {
    ORIGINAL: { description: '본예산, or a year\'s budget printed without a phase' },
    SUPPLEMENTARY: { description: '추경: supplementary budget' }, FINAL: { description: '최종예산: final budget' },
    EXECUTION_PLAN: { description: '집행계획: quarterly execution plan (see quarter)' },
    MIDTERM_PLAN: { description: '중기재정계획: mid-term projection' }, SETTLEMENT: { description: '결산: settlement' },
  },
});

@ObjectType('BudgetLine', { description: 'One budget fact: an owner (organisation or program), fiscal year, phase, quarter and category. 예산 항목.' })
export class BudgetLineType {
  @Field(() => Int, { description: 'Fiscal year. 회계연도.' })
  fiscalYear!: number;

  @Field(() => Float, { description: 'Amount in million KRW (백만원), converted from the printed unit. 금액(백만원).' })
  millionKrw!: number;

  @Field(() => BudgetPhase, { description: 'Budget phase as the document gives it. 예산 단계.' })
  phase!: string;

  @Field(() => String, { nullable: true, description: 'Column header as printed, e.g. `\'20년`, `1/4`. 표기된 구분.' })
  phasePrinted!: string | null;

  @Field(() => Int, { nullable: true, description: 'Quarter of an execution plan (1–4). 분기.' })
  quarter!: number | null;

  @Field(() => String, { nullable: true, description: 'Breakdown as printed (인건비, 사업예산, a sub-item); null for the line total. 세부 구분.' })
  category!: string | null;

  @Field(() => Float, { description: 'Amount in the printed unit. 표기 금액.' })
  amountAsPrinted!: number;

  @Field({ description: 'Unit as printed: 원, 천원, 백만원, 억원. 표기 단위.' })
  unitAsPrinted!: string;

  @Field({ description: 'Cell text as printed. 원문 표기.' })
  rawText!: string;

  @Field(() => Int, { description: 'Line of the figure. 원문 줄 번호.' })
  sourceLine!: number;

  @Field(() => [Int], { description: 'Every line printing this same figure: one fact, however often the document prints it. 표기된 모든 줄.' })
  sourceLines!: number[];

  @Field(() => SourceDocumentType, { description: 'Document that prints the figure. 출처 문서.' })
  document!: Related<SourceDocumentType>;

  @Field(() => OrganisationType, { nullable: true, description: 'Owner, when the line is an organisation\'s. 조직.' })
  organisation!: OrganisationType | null;

  @Field(() => ProgramType, { nullable: true, description: 'Owner, when the line is a program\'s. 추진사업.' })
  program!: ProgramType | null;
}
