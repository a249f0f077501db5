import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../graph/pagination';
import { AuditFindingFilter } from './audit-finding.filter';
import { AuditFindingOrder } from './audit-finding.order';

/** Paging, filter and order of every audit finding list: the root `auditFindings` and the nested ones. */
@ArgsType()
export class AuditFindingArgs extends PageArgs {
  @Field(() => AuditFindingFilter, { nullable: true, description: 'Which records to list; all when absent. 필터.' })
  filter?: AuditFindingFilter | null;

  @Field(() => AuditFindingOrder.enum, { nullable: true, defaultValue: AuditFindingOrder.defaultValue, description: 'Order of the rows; a cursor only continues the order it came from. 정렬 순서.' })
  orderBy?: keyof typeof AuditFindingOrder.enum | null;
}
