import { Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import type { HubContext, Row } from '../../graph/context';
import { OwnedFilter, commonWhere, connectionComplexity, listComplexity, yearCondition } from '../../graph/filters';
import { connectionType, listOrders, PageArgs, paginate } from '../../graph/pagination';
import { SourceDocumentType } from '../documents/document.type';
import { OrganisationType } from '../organisations/organisation.type';
import { ProgramType } from '../programs/program.type';
import { Indicator, IndicatorValue } from './indicator.entity';
import { IndicatorType, IndicatorValueType } from './indicator.type';

@InputType({ description: 'Which indicators to list; `year`, `yearFrom` and `yearTo` keep those with a value for such a year. 지표 필터.' })
export class IndicatorFilter extends OwnedFilter {
  @Field(() => ID, { nullable: true, description: 'Only indicators of this program. 추진사업 ID.' })
  programId?: string | null;
}

export const IndicatorOrder = listOrders('IndicatorOrder', 'Order of an indicator list; ties are broken by id. 지표 정렬.', 'DOCUMENT_ORDER', {
  DOCUMENT_ORDER: { by: { document: 'asc', sourceLine: 'asc' }, description: 'By document, then as printed (the default). 문서 순서.' },
  NAME_ASC: { by: { name: 'asc' }, description: 'By name, in code point order. 이름 오름차순.' },
  NAME_DESC: { by: { name: 'desc' }, description: 'By name, reversed. 이름 내림차순.' },
});

@ArgsType()
class IndicatorArgs extends PageArgs {
  @Field(() => IndicatorFilter, { nullable: true, description: 'Which records to list; all when absent. 필터.' })
  filter?: IndicatorFilter | null;

  @Field(() => IndicatorOrder.enum, { nullable: true, defaultValue: IndicatorOrder.defaultValue, description: 'Order of the rows; a cursor only continues the order it came from. 정렬 순서.' })
  orderBy?: keyof typeof IndicatorOrder.enum | null;
}

export const IndicatorConnection = connectionType(IndicatorType, 'Indicator', '지표');

@Resolver(() => IndicatorType)
export class IndicatorResolver {
  @Query(() => IndicatorConnection, { description: 'Indicators of every document, in document order. 지표 목록.', complexity: connectionComplexity })
  async indicators(@Args() { filter, orderBy, first, after }: IndicatorArgs, @Ctx() { em }: HubContext) {
    const where: Record<string, unknown> = commonWhere({ ...filter, year: null, yearFrom: null, yearTo: null });
    if (filter?.programId) where.program = filter.programId;
    const years = yearCondition(filter);
    if (years) {
      const values = await em.find(IndicatorValue, { year: years }, { fields: ['indicator'] });
      where.id = { $in: [...new Set(values.map((v) => v.indicator))] };
    }
    return paginate(em, Indicator, where, IndicatorOrder.of(orderBy), { first, after });
  }

  @FieldResolver(() => ProgramType, { nullable: true, description: 'Program the indicator measures; null for context statistics. 추진사업.' })
  program(@Root() indicator: Row<Indicator>, @Ctx() { loaders }: HubContext) {
    return indicator.program ? loaders.programById.load(indicator.program) : null;
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'Organisation owning the indicator. 조직.' })
  organisation(@Root() indicator: Row<Indicator>, @Ctx() { loaders }: HubContext) {
    return indicator.organisation ? loaders.organisationById.load(indicator.organisation) : null;
  }

  @FieldResolver(() => SourceDocumentType, { description: 'Document the indicator is drawn from. 출처 문서.' })
  document(@Root() indicator: Row<Indicator>, @Ctx() { loaders }: HubContext) {
    return loaders.documentById.load(indicator.document);
  }

  @FieldResolver(() => [IndicatorValueType], { description: 'Values by year. 연도별 값.', complexity: listComplexity })
  values(@Root() indicator: Row<Indicator>, @Ctx() { loaders }: HubContext) {
    return loaders.valuesByIndicatorId.load(indicator.id);
  }
}

@Resolver(() => IndicatorValueType)
export class IndicatorValueResolver {
  @FieldResolver(() => SourceDocumentType, { description: 'Document that prints the value. 출처 문서.' })
  document(@Root() value: Row<IndicatorValue>, @Ctx() { loaders }: HubContext) {
    return loaders.documentById.load(value.document);
  }

  @FieldResolver(() => IndicatorType, { description: 'Indicator the value belongs to. 지표.' })
  indicator(@Root() value: Row<IndicatorValue>, @Ctx() { loaders }: HubContext) {
    return loaders.indicatorById.load(value.indicator);
  }
}
