import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { listComplexity } from '../../graph/complexity';
import { enumObject } from '../../graph/enums';
import { Node, type Related } from '../../graph/node';
import { connectionType } from '../../graph/pagination';
import { SourceDocumentType } from '../documents/document.type';
import { OrganisationType } from '../organisations/organisation.type';
import { FINDING_KINDS, FINDING_STATUSES } from './audit-finding.enums';

export const AuditFindingKind = enumObject(FINDING_KINDS);
registerEnumType(AuditFindingKind, {
  name: 'AuditFindingKind',
  description: 'Kind of council audit finding. 행정사무감사 처리구분.',
  valuesConfig: {
    CORRECTION_REQUEST: { description: '시정요구' }, ACTION_REQUEST: { description: '처리요구' }, RECOMMENDATION: { description: '건의' },
  },
});

export const FindingStatus = enumObject(FINDING_STATUSES);
registerEnumType(FindingStatus, {
  name: 'FindingStatus',
  description: 'Where a finding stands, one vocabulary for every document (the printed status is AuditFinding.status). 조치 상황.',
  valuesConfig: {
    IN_PROGRESS: { description: '진행, 진행 중, 추진중' }, DONE: { description: '완료, 종결' }, PLANNED: { description: '계획' },
    NOT_STARTED: { description: '미착수' }, OTHER: { description: '기타' },
  },
});

@ObjectType('AuditAction', { description: 'A planned action answering a finding. 처리계획.' })
export class AuditActionType {
  @Field({ description: 'Short summary as printed. 조치 내용.' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'When, as printed (`\'20. 6.`). 일정.' })
  due!: string | null;

  @Field(() => Int, { description: 'Line of the action. 원문 줄 번호.' })
  sourceLine!: number;
}

@ObjectType('AuditFinding', { implements: Node, description: 'A finding of the council\'s administrative audit with its planned actions. 행정사무감사 지적사항.' })
export class AuditFindingType extends Node {
  @Field(() => Int, { description: 'Plan year of the reporting document. 보고 연도.' })
  year!: number;

  @Field({ description: 'Management number as printed, e.g. `19-1`. 관리번호.' })
  code!: string;

  @Field(() => Int, { description: 'Year of the audit. 감사 연도.' })
  auditYear!: number;

  @Field(() => AuditFindingKind, { description: '시정요구, 처리요구 or 건의. 처리구분.' })
  kind!: string;

  @Field({ description: 'Title as printed. 제목.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Status as printed (진행, 진행 중 …). 조치 상황(표기).' })
  status!: string | null;

  @Field(() => FindingStatus, { nullable: true, description: 'The printed status in one vocabulary. 조치 상황.' })
  statusKind!: string | null;

  @Field(() => String, { nullable: true, description: 'Council committee that made the finding. 위원회.' })
  committee!: string | null;

  @Field(() => Int, { nullable: true, description: 'Page of the audit report. 보고서 쪽.' })
  page!: number | null;

  @Field(() => Int, { description: 'Line of the finding. 원문 줄 번호.' })
  sourceLine!: number;

  @Field(() => OrganisationType, { nullable: true, description: 'Responsible organisation. 주관 부서.' })
  organisation!: OrganisationType | null;

  @Field(() => SourceDocumentType, { description: 'Document the finding is drawn from. 출처 문서.' })
  document!: Related<SourceDocumentType>;

  @Field(() => [AuditActionType], { description: 'Planned actions with their dates. 처리계획.', complexity: listComplexity })
  actions!: AuditActionType[];
}

export const AuditFindingConnection = connectionType(AuditFindingType, 'AuditFinding', '지적사항');
