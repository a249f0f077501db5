// GraphQL enums, from the same lists the seed schema validates against.
import { registerEnumType } from 'type-graphql';
import {
  BUDGET_PHASES, COMMITTEE_KINDS, DOCUMENT_KINDS, FINDING_KINDS, LINK_KINDS, ORGANISATION_KINDS, PROGRAM_STATUSES, ROLE_STATES, VALUE_KINDS,
} from '../seeds/seed-schema';

export function enumObject<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
}

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

export const OrganisationKind = enumObject(ORGANISATION_KINDS);
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'Kind of organisational unit. 조직 종류.',
  valuesConfig: {
    CITY: { description: '시: the city' }, COUNCIL: { description: '시의회: city council' },
    COUNCIL_COMMITTEE: { description: '상임위원회: council committee' }, OFFICE: { description: '실 / 협력관: office' },
    BUREAU: { description: '국: bureau' }, HEADQUARTERS: { description: '본부: headquarters' },
    DIVISION: { description: '과 / 담당관: division' }, TEAM: { description: '팀 / 담당: team' },
    TASK_FORCE: { description: '추진단: task force' }, AGENCY: { description: '사업소 / 직속기관: agency' },
    BRANCH: { description: '출장소: branch office' }, FOUNDATION: { description: '재단: foundation' },
    INSTITUTE: { description: '연구원: institute' }, NATIONAL: { description: '중앙부처: national body' },
    OTHER: { description: '기타: other' },
  },
});

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

export const ProgramStatus = enumObject(PROGRAM_STATUSES);
registerEnumType(ProgramStatus, {
  name: 'ProgramStatus',
  description: 'New or continuing program. 신규/계속.',
  valuesConfig: { NEW: { description: '신규' }, CONTINUING: { description: '계속' } },
});

export const ValueKind = enumObject(VALUE_KINDS);
registerEnumType(ValueKind, {
  name: 'ValueKind',
  description: 'A result (a year before the document\'s plan year) or a target. 실적/목표.',
  valuesConfig: { ACTUAL: { description: '실적: result' }, TARGET: { description: '목표: target' } },
});

export const CommitteeKind = enumObject(COMMITTEE_KINDS);
registerEnumType(CommitteeKind, {
  name: 'CommitteeKind',
  description: 'A city committee or a council committee. 위원회 종류.',
  valuesConfig: { CITY_COMMITTEE: { description: '시 위원회' }, COUNCIL_COMMITTEE: { description: '의회 위원회' } },
});

export const AuditFindingKind = enumObject(FINDING_KINDS);
registerEnumType(AuditFindingKind, {
  name: 'AuditFindingKind',
  description: 'Kind of council audit finding. 행정사무감사 처리구분.',
  valuesConfig: {
    CORRECTION_REQUEST: { description: '시정요구' }, ACTION_REQUEST: { description: '처리요구' }, RECOMMENDATION: { description: '건의' },
  },
});

export const RoleState = enumObject(ROLE_STATES);
registerEnumType(RoleState, {
  name: 'RoleState',
  description: 'State of a post as the document reports it. 직위 상태.',
  valuesConfig: {
    SERVING: { description: '재직' }, PRESENT: { description: '출석' }, ABSENT: { description: '불참' },
    NEWLY_APPOINTED: { description: '신규 부임' }, VACANT: { description: '공석' }, FORMER: { description: '전직' },
  },
});

export const OrganisationLinkKind = enumObject(LINK_KINDS);
registerEnumType(OrganisationLinkKind, {
  name: 'OrganisationLinkKind',
  description: 'How one unit follows another. 조직 변동 종류.',
  valuesConfig: {
    RENAMED: { description: '명칭 변경: same unit, new name' },
    SUCCEEDED: { description: '후속 조직: the post and its work continued in the other unit' },
    WORK_MOVED: { description: '업무 이관: a program moved to the other unit' },
    SPLIT: { description: '분리' }, MERGED: { description: '통합' },
  },
});
