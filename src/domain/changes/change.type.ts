import { Field, Float, Int, ObjectType } from 'type-graphql';
import { listComplexity } from '../../graph/complexity';
import type { Related } from '../../graph/node';
import { ProgramType } from '../programs/program.type';
import { ProgramSeriesType } from '../series/series.type';

@ObjectType('ContinuedProgram', { description: 'One initiative in both years (a series with a program in each), with what changed. 이어진 사업.' })
export class ContinuedProgramType {
  @Field(() => ProgramSeriesType, { description: 'The series that carries it across. 시계열.' })
  series!: Related<ProgramSeriesType>;

  @Field(() => ProgramType, { description: 'The program in the earlier year. 이전 연도 사업.' })
  from!: Related<ProgramType>;

  @Field(() => ProgramType, { description: 'The program in the later year. 이후 연도 사업.' })
  to!: Related<ProgramType>;

  @Field(() => Float, { nullable: true, description: 'The earlier program\'s budget for its own plan year (fiscal-year line totals, the most final phase); null when none is printed. 이전 예산(백만원).' })
  budgetFromMillionKrw!: number | null;

  @Field(() => Float, { nullable: true, description: 'The later program\'s budget for its own plan year, likewise. 이후 예산(백만원).' })
  budgetToMillionKrw!: number | null;

  @Field(() => Float, { nullable: true, description: 'budgetTo − budgetFrom; null when either is missing. 예산 증감(백만원).' })
  budgetChangeMillionKrw!: number | null;

  @Field({ description: 'Whether the owner differs (a null owner counts as unknown: two nulls are not a change). 소관 변경 여부.' })
  ownerChanged!: boolean;

  @Field({ description: 'Whether the titles differ (whitespace ignored). 명칭 변경 여부.' })
  titleChanged!: boolean;
}

@ObjectType('Changes', { description: 'What changed between the programs of two years: continued through a series, added, dropped and renamed. 연도 간 변화.' })
export class ChangesType {
  @Field(() => Int, { description: 'The earlier year. 이전 연도.' })
  fromYear!: number;

  @Field(() => Int, { description: 'The later year. 이후 연도.' })
  toYear!: number;

  @Field(() => [ContinuedProgramType], { description: 'Initiatives with a program in both years, by series key. 이어진 사업.', complexity: listComplexity })
  continued!: ContinuedProgramType[];

  @Field(() => [ContinuedProgramType], { description: 'The continued ones whose title changed. 명칭이 바뀐 사업.', complexity: listComplexity })
  renamed!: ContinuedProgramType[];

  @Field(() => [ProgramType], { description: 'Programs of toYear that no series carries from fromYear. 신규 사업.', complexity: listComplexity })
  added!: ProgramType[];

  @Field(() => [ProgramType], { description: 'Programs of fromYear that no series carries to toYear. 사라진 사업.', complexity: listComplexity })
  dropped!: ProgramType[];
}
