import { Field, Int, ObjectType } from 'type-graphql';
import { listComplexity } from '../../graph/complexity';
import { SourceDocumentType } from '../documents/document.type';
import { IndicatorValueType } from '../indicators/indicator.type';
import { OrganisationType } from '../organisations/organisation.type';

@ObjectType('Year', { description: 'A year any record refers to: the entry point of cross-year views. 연도.' })
export class YearType {
  @Field(() => Int, { description: 'The year. 연도.' })
  year!: number;

  @Field(() => [SourceDocumentType], { description: 'Documents whose plan year it is. 문서.', complexity: listComplexity })
  documents!: SourceDocumentType[];

  @Field(() => [OrganisationType], { description: 'Organisations any record of the year names. 조직.', complexity: listComplexity })
  organisations!: OrganisationType[];

  @Field(() => [IndicatorValueType], { description: 'Indicator values for the year, from every document. 지표 값.', complexity: listComplexity })
  indicatorValues!: IndicatorValueType[];
}
