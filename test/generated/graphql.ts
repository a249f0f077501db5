/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Kind of council audit finding. 행정사무감사 처리구분. */
export type AuditFindingKind =
  /** 처리요구 */
  | 'ACTION_REQUEST'
  /** 시정요구 */
  | 'CORRECTION_REQUEST'
  /** 건의 */
  | 'RECOMMENDATION';

/** Which budget facts to list; `search` matches the program title (the organisation name for an organisation's line); `year` is the fiscal year. 예산 사실 필터. */
export type BudgetFactFilter = {
  /** Only records drawn from this document. 출처 문서 ID. */
  documentId?: string | number | null | undefined;
  /** Only records of this organisation. 조직 ID. */
  organisationId?: string | number | null | undefined;
  /** Only rows whose year ends on or after this instant: an ISO 8601 date or epoch milliseconds (Grafana `${__from}`). 기간 시작. */
  periodFrom?: string | null | undefined;
  /** Only rows whose year starts on or before this instant: an ISO 8601 date or epoch milliseconds (Grafana `${__to}`). 기간 끝. */
  periodTo?: string | null | undefined;
  /** Only this budget phase. 예산 단계. */
  phase?: BudgetPhase | null | undefined;
  /** Only rows of this program. 추진사업 ID. */
  programId?: string | number | null | undefined;
  /** Substring of the name or title, ignoring case and all whitespace (`정책기획` finds `정 책 기 획 관`). 이름 검색. */
  search?: string | null | undefined;
  /** Only records of this year. 연도. */
  year?: number | null | undefined;
  /** Only rows of this year or later. 시작 연도. */
  yearFrom?: number | null | undefined;
  /** Only rows of this year or earlier. 종료 연도. */
  yearTo?: number | null | undefined;
};

/** Conditions on a group's totals, applied after grouping. 그룹 조건. */
export type BudgetHaving = {
  /** Only groups of at least this many lines. 최소 건수. */
  countMin?: number | null | undefined;
  /** Only groups whose sum is at most this (million KRW). 최대 합계. */
  sumMax?: number | null | undefined;
  /** Only groups whose sum is at least this (million KRW). 최소 합계. */
  sumMin?: number | null | undefined;
};

/** Whose budget line a fact is. 예산 소유 구분. */
export type BudgetOwnerType =
  /** 조직: an organisation's line (e.g. its total) */
  | 'ORGANISATION'
  /** 추진사업: a program's line */
  | 'PROGRAM';

/** Which budget a figure belongs to, as the document gives it. 예산 단계. */
export type BudgetPhase =
  /** 집행계획: quarterly execution plan (see quarter) */
  | 'EXECUTION_PLAN'
  /** 최종예산: final budget */
  | 'FINAL'
  /** 중기재정계획: mid-term projection */
  | 'MIDTERM_PLAN'
  /** 본예산, or a year's budget printed without a phase */
  | 'ORIGINAL'
  /** 결산: settlement */
  | 'SETTLEMENT'
  /** 추경: supplementary budget */
  | 'SUPPLEMENTARY';

/** Which budget lines (budgetFacts rows) to sum. Organisation and program lines overlap (an office's line covers its divisions', a division's its programs'): set ownerType to sum one level. 예산 집계 필터. */
export type BudgetSummaryFilter = {
  /** Only lines printed in this document. 출처 문서 ID. */
  documentId?: string | number | null | undefined;
  /** Only line totals, so a table's breakdown columns are not counted twice: lines without a category (인건비, 사업예산, a sub-item) and, unless phase is EXECUTION_PLAN, without a quarter (the quarters of an execution plan repeat its year). false sums every line. 합계 행만(중복 합산 방지). */
  lineTotalsOnly?: boolean | null | undefined;
  /** Only lines of this organisation (its own lines and its programs'). 조직 ID. */
  organisationId?: string | number | null | undefined;
  /** Only organisations' lines or only programs' lines. 소유 구분. */
  ownerType?: BudgetOwnerType | null | undefined;
  /** Only this budget phase. 예산 단계. */
  phase?: BudgetPhase | null | undefined;
  /** Only lines of this program. 추진사업 ID. */
  programId?: string | number | null | undefined;
  /** Only lines of this fiscal year. 회계연도. */
  year?: number | null | undefined;
  /** Only lines of this fiscal year or later. 시작 연도. */
  yearFrom?: number | null | undefined;
  /** Only lines of this fiscal year or earlier. 종료 연도. */
  yearTo?: number | null | undefined;
};

/** Order of budget groups; ties always go by the keys ascending, so the order is stable. 예산 집계 정렬. */
export type BudgetSummaryOrder =
  /** 건수 많은 순: most lines first */
  | 'COUNT_DESC'
  /** 기준 순: by the keys in groupBy order (years ascending, ids as text, phases in BudgetPhase order; missing keys last) */
  | 'KEY_ASC'
  /** 합계 작은 순: smallest sum first */
  | 'SUM_ASC'
  /** 합계 큰 순: largest sum first */
  | 'SUM_DESC';

/** What a source document is. 문서 종류. */
export type DocumentKind =
  /** 주요업무계획: annual work plan */
  | 'ANNUAL_PLAN'
  /** 주요업무보고: report to a council committee */
  | 'COUNCIL_REPORT'
  /** 업무보고 속기록: transcript of an oral report */
  | 'COUNCIL_TRANSCRIPT'
  /** 중기지방재정계획: mid-term local finance plan */
  | 'MIDTERM_FINANCE_PLAN';

/** Which indicators to list; `year`, `yearFrom` and `yearTo` keep those with a value for such a year. 지표 필터. */
export type IndicatorFilter = {
  /** Only records drawn from this document. 출처 문서 ID. */
  documentId?: string | number | null | undefined;
  /** Only records of this organisation. 조직 ID. */
  organisationId?: string | number | null | undefined;
  /** Only indicators of this program. 추진사업 ID. */
  programId?: string | number | null | undefined;
  /** Substring of the name or title, ignoring case and all whitespace (`정책기획` finds `정 책 기 획 관`). 이름 검색. */
  search?: string | null | undefined;
  /** Only records of this year. 연도. */
  year?: number | null | undefined;
  /** Only records of this year or later (inclusive; same year as `year`). 시작 연도(포함). */
  yearFrom?: number | null | undefined;
  /** Only records of this year or earlier (inclusive; same year as `year`). 종료 연도(포함). */
  yearTo?: number | null | undefined;
};

/** Which indicator observations to list; `search` matches the indicator name or the program title. 지표 관측값 필터. */
export type IndicatorObservationFilter = {
  /** Only records drawn from this document. 출처 문서 ID. */
  documentId?: string | number | null | undefined;
  /** Only results or only targets. 실적/목표. */
  kind?: ValueKind | null | undefined;
  /** Only records of this organisation. 조직 ID. */
  organisationId?: string | number | null | undefined;
  /** Only rows whose year ends on or after this instant: an ISO 8601 date or epoch milliseconds (Grafana `${__from}`). 기간 시작. */
  periodFrom?: string | null | undefined;
  /** Only rows whose year starts on or before this instant: an ISO 8601 date or epoch milliseconds (Grafana `${__to}`). 기간 끝. */
  periodTo?: string | null | undefined;
  /** Only rows of this program. 추진사업 ID. */
  programId?: string | number | null | undefined;
  /** Substring of the name or title, ignoring case and all whitespace (`정책기획` finds `정 책 기 획 관`). 이름 검색. */
  search?: string | null | undefined;
  /** Only records of this year. 연도. */
  year?: number | null | undefined;
  /** Only rows of this year or later. 시작 연도. */
  yearFrom?: number | null | undefined;
  /** Only rows of this year or earlier. 종료 연도. */
  yearTo?: number | null | undefined;
};

/** How a program's owner is known, strongest first. 담당 조직의 근거. */
export type OrganisationBasis =
  /** 설명 부서: a unit's section describes it in its text (summary-table rows) */
  | 'DESCRIBING_DIVISION'
  /** 미표기: no owner printed (the mid-term plan's sector sections) */
  | 'NOT_PRINTED'
  /** 행에 표기: a unit printed on the mention's own row */
  | 'PRINTED_ON_ROW'
  /** 보고 부서: the reporting office, where the document names no division (2022 transcript: 기획조정실) */
  | 'REPORTING_OFFICE'
  /** 부서 편: printed under the unit's section heading */
  | 'SECTION';

/** Kind of organisational unit. 조직 종류. */
export type OrganisationKind =
  /** 사업소 / 직속기관: agency */
  | 'AGENCY'
  /** 출장소: branch office */
  | 'BRANCH'
  /** 국: bureau */
  | 'BUREAU'
  /** 시: the city */
  | 'CITY'
  /** 시의회: city council */
  | 'COUNCIL'
  /** 상임위원회: council committee */
  | 'COUNCIL_COMMITTEE'
  /** 과 / 담당관: division */
  | 'DIVISION'
  /** 재단: foundation */
  | 'FOUNDATION'
  /** 본부: headquarters */
  | 'HEADQUARTERS'
  /** 연구원: institute */
  | 'INSTITUTE'
  /** 중앙부처: national body */
  | 'NATIONAL'
  /** 실 / 협력관: office */
  | 'OFFICE'
  /** 기타: other */
  | 'OTHER'
  /** 추진단: task force */
  | 'TASK_FORCE'
  /** 팀 / 담당: team */
  | 'TEAM';

/** Which programs to list. 추진사업 필터. */
export type ProgramFilter = {
  /** Only programs whose total budget is at most this many million KRW; 비예산 (no amount) never matches. 최대 총사업비(백만원). */
  budgetMax?: number | null | undefined;
  /** Only programs whose total budget is at least this many million KRW; 비예산 (no amount) never matches. 최소 총사업비(백만원). */
  budgetMin?: number | null | undefined;
  /** Only records drawn from this document. 출처 문서 ID. */
  documentId?: string | number | null | undefined;
  /** True: only programs with at least one indicator; false: only those with none. 지표 유무. */
  hasIndicators?: boolean | null | undefined;
  /** Only programs whose owner is known this way. 담당 조직의 근거. */
  organisationBasis?: OrganisationBasis | null | undefined;
  /** Only records of this organisation. 조직 ID. */
  organisationId?: string | number | null | undefined;
  /** Substring of the name or title, ignoring case and all whitespace (`정책기획` finds `정 책 기 획 관`). 이름 검색. */
  search?: string | null | undefined;
  /** Only new or only continuing programs. 신규/계속. */
  status?: ProgramStatus | null | undefined;
  /** Only programs of this strategy. 전략 ID. */
  strategyId?: string | number | null | undefined;
  /** Only records of this year. 연도. */
  year?: number | null | undefined;
  /** Only records of this year or later (inclusive; same year as `year`). 시작 연도(포함). */
  yearFrom?: number | null | undefined;
  /** Only records of this year or earlier (inclusive; same year as `year`). 종료 연도(포함). */
  yearTo?: number | null | undefined;
};

/** Order of a program list; ties are broken by id, and programs without a budget come last either way. 추진사업 정렬. */
export type ProgramOrder =
  /** Smallest total budget first; programs without an amount (비예산) last. 총사업비 작은 순. */
  | 'BUDGET_ASC'
  /** Largest total budget first; programs without an amount (비예산) last. 총사업비 큰 순. */
  | 'BUDGET_DESC'
  /** By title, in code point order (가 before 나). 제목 오름차순. */
  | 'TITLE_ASC'
  /** By title, reversed. 제목 내림차순. */
  | 'TITLE_DESC'
  /** Oldest year first, then in document order (the default). 연도 오름차순. */
  | 'YEAR_ASC'
  /** Latest year first, then in document order. 연도 내림차순. */
  | 'YEAR_DESC';

/** New or continuing program. 신규/계속. */
export type ProgramStatus =
  /** 계속 */
  | 'CONTINUING'
  /** 신규 */
  | 'NEW';

/** State of a post as the document reports it. 직위 상태. */
export type RoleState =
  /** 불참 */
  | 'ABSENT'
  /** 전직 */
  | 'FORMER'
  /** 신규 부임 */
  | 'NEWLY_APPOINTED'
  /** 출석 */
  | 'PRESENT'
  /** 재직 */
  | 'SERVING'
  /** 공석 */
  | 'VACANT';

/** A result (a year before the document's plan year) or a target. 실적/목표. */
export type ValueKind =
  /** 실적: result */
  | 'ACTUAL'
  /** 목표: target */
  | 'TARGET';

export type IndicatorPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: IndicatorFilter | null | undefined;
}>;


export type IndicatorPageQuery = { indicators: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, unit: string | null, sourceLine: number, document: { id: string, planYear: number }, program: { id: string, title: string } | null, organisation: { id: string, name: string } | null, values: Array<{ year: number, value: number | null, rawValue: string, kind: ValueKind }> } }> } };

export type BiObservationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: IndicatorObservationFilter | null | undefined;
}>;


export type BiObservationsQuery = { indicatorObservations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, year: number, periodStart: string, value: number | null, rawValue: string, unit: string | null, normalizedUnit: string | null, kind: ValueKind, dimensionName: string | null, dimension: string | null, indicatorId: string, indicatorName: string, programId: string | null, programTitle: string | null, organisationId: string | null, organisationName: string | null, organisationBasis: OrganisationBasis | null, strategyId: string | null, strategyTitle: string | null, documentId: string, documentTitle: string, sourceLine: number }> } };

export type BiBudgetFactsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: BudgetFactFilter | null | undefined;
}>;


export type BiBudgetFactsQuery = { budgetFacts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, fiscalYear: number, periodStart: string, millionKrw: number, amountAsPrinted: number, unitAsPrinted: string, rawText: string, phase: BudgetPhase, quarter: number | null, category: string | null, ownerType: BudgetOwnerType, organisationId: string | null, organisationName: string | null, programId: string | null, programTitle: string | null, strategyId: string | null, strategyTitle: string | null, documentId: string, documentTitle: string, sourceLine: number }> } };

export type ProgramTableQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProgramFilter | null | undefined;
  orderBy?: ProgramOrder | null | undefined;
}>;


export type ProgramTableQuery = { programs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, year: number, number: string | null, section: string | null, title: string, status: ProgramStatus | null, period: string | null, organisationBasis: OrganisationBasis, organisationSourceLine: number | null, sourceLine: number, organisation: { id: string, name: string } | null, strategy: { id: string, number: string, title: string } | null, document: { id: string, title: string } }> } };

export type DashboardBudgetSummaryQueryVariables = Exact<{
  filter?: BudgetSummaryFilter | null | undefined;
  having?: BudgetHaving | null | undefined;
  orderBy?: BudgetSummaryOrder | null | undefined;
  first?: number | null | undefined;
}>;


export type DashboardBudgetSummaryQuery = { budgetSummary: Array<{ year: number | null, count: number, sumMillionKrw: number, avgMillionKrw: number, minMillionKrw: number, maxMillionKrw: number, organisation: { id: string, name: string } | null }> };

export type IndicatorTimelineQueryVariables = Exact<{
  key: string | number;
}>;


export type IndicatorTimelineQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string, unit: string | null, id: string, timeline: Array<{ year: number, value: number | null, kind: ValueKind, document: { id: string, planYear: number }, vintages: Array<{ value: number | null, rawValue: string, kind: ValueKind, sourceLine: number, document: { id: string, planYear: number }, indicator: { name: string } }> }> }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ProgramAcrossYearsQueryVariables = Exact<{
  search: string;
}>;


export type ProgramAcrossYearsQuery = { programs: { totalCount: number, nodes: Array<{ id: string, year: number, title: string, status: ProgramStatus | null, totalBudgetMillionKrw: number | null, totalBudgetRaw: string | null, sourceLine: number, organisation: { id: string, name: string } | null, document: { id: string, planYear: number, kind: DocumentKind }, budgets: Array<{ fiscalYear: number, phase: BudgetPhase, quarter: number | null, category: string | null, millionKrw: number, unitAsPrinted: string }>, indicators: Array<{ name: string, unit: string | null, values: Array<{ year: number, value: number | null, rawValue: string, kind: ValueKind, sourceLine: number }> }> }> } };

export type DeepGraphQueryVariables = Exact<{ [key: string]: never; }>;


export type DeepGraphQuery = { years: Array<{ year: number, programs: { totalCount: number, nodes: Array<{ title: string, indicators: Array<{ name: string, values: Array<{ year: number, value: number | null }> }> }> } }>, organisations: { nodes: Array<{ name: string, children: Array<{ name: string, programs: { totalCount: number, nodes: Array<{ title: string, budgets: Array<{ millionKrw: number }> }> } }> }> } };

export type DeepConnectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeepConnectionsQuery = { organisations: { nodes: Array<{ name: string, programs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ title: string, totalBudgetMillionKrw: number | null, indicators: Array<{ name: string, values: Array<{ year: number, value: number | null }> }> }> }, strategies: { totalCount: number, nodes: Array<{ title: string, programs: { totalCount: number, nodes: Array<{ title: string }> } }> }, committees: { totalCount: number, nodes: Array<{ name: string, memberCount: number | null }> }, auditFindings: { totalCount: number, nodes: Array<{ code: string }> } }> }, years: Array<{ year: number, programs: { totalCount: number, nodes: Array<{ title: string, organisation: { name: string } | null }> }, strategies: { totalCount: number, nodes: Array<{ title: string }> } }> };

export type DeepAggregatesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeepAggregatesQuery = { programsAggregate: { count: number, withoutBudget: number, totalBudgetMillionKrw: { sum: number | null, avg: number | null, min: number | null, max: number | null }, byStatus: Array<{ status: ProgramStatus | null, count: number }>, byYear: Array<{ year: number, count: number, sumMillionKrw: number | null }> }, indicatorsAggregate: { count: number, valueCount: number, byUnit: Array<{ unit: string | null, count: number }>, byYear: Array<{ year: number, valueCount: number, actualCount: number, targetCount: number }> }, budgetSummary: Array<{ year: number | null, count: number, sumMillionKrw: number, organisation: { name: string } | null, strategy: { title: string } | null, document: { id: string, title: string } | null }> };

export type OrganisationWalkQueryVariables = Exact<{
  id: string | number;
  year?: number | null | undefined;
}>;


export type OrganisationWalkQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string, kind: OrganisationKind, aliases: Array<string>, years: Array<number>, id: string, parent: { id: string, name: string } | null, children: Array<{ id: string, name: string, staffing: Array<{ grade: string | null, authorized: number | null, current: number | null }>, programs: { totalCount: number, nodes: Array<{ id: string, title: string, totalBudgetMillionKrw: number | null }> } }>, staffing: Array<{ year: number, grade: string | null, authorized: number | null, current: number | null, raw: string | null, sourceLine: number, document: { id: string } }>, budgets: Array<{ fiscalYear: number, phase: BudgetPhase, category: string | null, millionKrw: number, rawText: string, sourceLine: number }>, committees: { nodes: Array<{ name: string, chair: string | null, memberCount: number | null }> }, people: Array<{ name: string, roles: Array<{ title: string, year: number, state: RoleState | null }> }>, posts: Array<{ title: string, state: RoleState | null, person: { name: string } | null }>, auditFindings: { nodes: Array<{ code: string, title: string, kind: AuditFindingKind }> } }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };


export const IndicatorPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLine"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rawValue"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorPageQuery, IndicatorPageQueryVariables>;
export const BiObservationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BiObservations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorObservationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorObservations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rawValue"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"normalizedUnit"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionName"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"programTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationBasis"}},{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"strategyTitle"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"documentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLine"}}]}}]}}]}}]} as unknown as DocumentNode<BiObservationsQuery, BiObservationsQueryVariables>;
export const BiBudgetFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BiBudgetFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetFactFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"millionKrw"}},{"kind":"Field","name":{"kind":"Name","value":"amountAsPrinted"}},{"kind":"Field","name":{"kind":"Name","value":"unitAsPrinted"}},{"kind":"Field","name":{"kind":"Name","value":"rawText"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"ownerType"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"programTitle"}},{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"strategyTitle"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"documentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLine"}}]}}]}}]}}]} as unknown as DocumentNode<BiBudgetFactsQuery, BiBudgetFactsQueryVariables>;
export const ProgramTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisationBasis"}},{"kind":"Field","name":{"kind":"Name","value":"organisationSourceLine"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceLine"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramTableQuery, ProgramTableQueryVariables>;
export const DashboardBudgetSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardBudgetSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetSummaryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"having"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetHaving"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetSummaryOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"YEAR"},{"kind":"EnumValue","value":"ORGANISATION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"having"},"value":{"kind":"Variable","name":{"kind":"Name","value":"having"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumMillionKrw"}},{"kind":"Field","name":{"kind":"Name","value":"avgMillionKrw"}},{"kind":"Field","name":{"kind":"Name","value":"minMillionKrw"}},{"kind":"Field","name":{"kind":"Name","value":"maxMillionKrw"}}]}}]}}]} as unknown as DocumentNode<DashboardBudgetSummaryQuery, DashboardBudgetSummaryQueryVariables>;
export const IndicatorTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vintages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rawValue"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLine"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorTimelineQuery, IndicatorTimelineQueryVariables>;
export const ProgramAcrossYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramAcrossYears"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalBudgetMillionKrw"}},{"kind":"Field","name":{"kind":"Name","value":"totalBudgetRaw"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planYear"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"millionKrw"}},{"kind":"Field","name":{"kind":"Name","value":"unitAsPrinted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rawValue"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLine"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceLine"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramAcrossYearsQuery, ProgramAcrossYearsQueryVariables>;
export const DeepGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeepGraph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"millionKrw"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeepGraphQuery, DeepGraphQueryVariables>;
export const DeepConnectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeepConnections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"BUDGET_DESC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"totalBudgetMillionKrw"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"TITLE_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"budgetMin"},"value":{"kind":"IntValue","value":"0"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"committees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"MEMBERS_DESC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"CODE_ASC"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"RECOMMENDATION"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"TITLE_ASC"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hasIndicators"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"CONTINUING"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"YEAR_DESC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeepConnectionsQuery, DeepConnectionsQueryVariables>;
export const DeepAggregatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeepAggregates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programsAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"CONTINUING"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"withoutBudget"}},{"kind":"Field","name":{"kind":"Name","value":"totalBudgetMillionKrw"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sum"}},{"kind":"Field","name":{"kind":"Name","value":"avg"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumMillionKrw"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorsAggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"valueCount"}},{"kind":"Field","name":{"kind":"Name","value":"byUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"valueCount"}},{"kind":"Field","name":{"kind":"Name","value":"actualCount"}},{"kind":"Field","name":{"kind":"Name","value":"targetCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"YEAR"},{"kind":"EnumValue","value":"ORGANISATION"},{"kind":"EnumValue","value":"STRATEGY"},{"kind":"EnumValue","value":"DOCUMENT"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"phase"},"value":{"kind":"EnumValue","value":"ORIGINAL"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumMillionKrw"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<DeepAggregatesQuery, DeepAggregatesQueryVariables>;
export const OrganisationWalkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationWalk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"authorized"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"totalBudgetMillionKrw"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"authorized"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLine"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"millionKrw"}},{"kind":"Field","name":{"kind":"Name","value":"rawText"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationWalkQuery, OrganisationWalkQueryVariables>;