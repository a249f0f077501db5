import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import { isPresent, loadAll, sql } from '../../graph/batch';
import type { HubContext, Row } from '../../graph/context';
import { OrganisationKind } from '../../graph/enums';
import { CommonFilter, commonWhere, connectionComplexity, listComplexity, yearCondition, yearSql } from '../../graph/filters';
import { connectionType, listOrders, PageArgs, paginate, paginateRows } from '../../graph/pagination';
import { AuditFinding } from '../audit-findings/audit-finding.entity';
import { AuditFindingArgs, AuditFindingConnection, AuditFindingOrder, matchesAuditFindingFilter } from '../audit-findings/audit-finding.resolver';
import type { BudgetLine } from '../budgets/budget-line.entity';
import { BudgetLineType } from '../budgets/budget-line.type';
import { Committee } from '../committees/committee.entity';
import { CommitteeArgs, CommitteeConnection, CommitteeOrder, matchesCommitteeFilter } from '../committees/committee.resolver';
import { PersonType, RoleType } from '../people/person.type';
import { Program } from '../programs/program.entity';
import { ProgramArgs, ProgramConnection, ProgramOrder, programsMatching } from '../programs/program.resolver';
import { Strategy } from '../strategies/strategy.entity';
import { matchesStrategyFilter, StrategyArgs, StrategyConnection, StrategyOrder } from '../strategies/strategy.resolver';
import type { OrganisationLink, OrganisationSnapshot } from './organisation-snapshot.entity';
import { Organisation } from './organisation.entity';
import { OrganisationLinkType, OrganisationType, StaffingType } from './organisation.type';
import { SourceDocumentType } from '../documents/document.type';

@InputType({ description: 'Which organisations to list. 조직 필터.' })
export class OrganisationFilter extends CommonFilter {
  @Field(() => OrganisationKind, { nullable: true, description: 'Only units of this kind. 조직 종류.' })
  kind?: string | null;
}

export const OrganisationOrder = listOrders('OrganisationOrder', 'Order of an organisation list; ties are broken by id. 조직 정렬.', 'NAME_ASC', {
  NAME_ASC: { by: { name: 'asc' }, description: 'By name, in code point order (the default). 이름 오름차순.' },
  NAME_DESC: { by: { name: 'desc' }, description: 'By name, reversed. 이름 내림차순.' },
});

@ArgsType()
class OrganisationArgs extends PageArgs {
  @Field(() => OrganisationFilter, { nullable: true, description: 'Which records to list; year, yearFrom, yearTo and documentId match any record naming the unit. 필터.' })
  filter?: OrganisationFilter | null;

  @Field(() => OrganisationOrder.enum, { nullable: true, defaultValue: OrganisationOrder.defaultValue, description: 'Order of the rows; a cursor only continues the order it came from. 정렬 순서.' })
  orderBy?: keyof typeof OrganisationOrder.enum | null;
}

export const OrganisationConnection = connectionType(OrganisationType, 'Organisation', '조직');

const yearArg = { nullable: true, description: 'Only this year; all years when absent. 연도.' } as const;
const byYear = <T>(rows: T[], year: number | null | undefined, yearOf: (r: T) => number) =>
  year == null ? rows : rows.filter((r) => yearOf(r) === year);

/** The snapshot that answers "where was this unit in `year`": that year's, else the latest one. */
function snapshotFor(snapshots: OrganisationSnapshot[], year: number | null | undefined) {
  const candidates = year == null ? snapshots : snapshots.filter((s) => s.year === year);
  return [...candidates].reverse().find((s) => s.parent) ?? null;
}

/** The unit and all it follows, walking predecessor links one batched level at a time. */
async function lineageOf(id: string, loaders: HubContext['loaders']): Promise<string[]> {
  const seen = new Set([id]);
  let frontier = [id];
  while (frontier.length) {
    const links = (await loadAll(loaders.linksToOrganisationId, frontier)).flat();
    frontier = links.map((l) => l.from).filter((from) => !seen.has(from));
    frontier.forEach((from) => seen.add(from));
  }
  return [...seen];
}

@Resolver(() => OrganisationType)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, { description: 'Organisations, by name. 조직 목록.', complexity: connectionComplexity })
  async organisations(@Args() { filter, orderBy, first, after }: OrganisationArgs, @Ctx() { em }: HubContext) {
    const where: Record<string, unknown> = commonWhere({ search: filter?.search });
    if (filter?.kind) where.kind = filter.kind;
    if (yearCondition(filter) || filter?.documentId) {
      // Which units a year (or years) or a document names: the organisation_year view gathers every reference.
      const years = yearSql('year', filter);
      const rows = await sql<{ organisation_id: string }>(em,
        `select distinct organisation_id from organisation_year where ${years.sql} and (? :: text is null or document_id = ?)`,
        [...years.params, filter!.documentId ?? null, filter!.documentId ?? null]);
      where.id = { $in: rows.map((r) => r.organisation_id) };
    }
    return paginate(em, Organisation, where, OrganisationOrder.of(orderBy), { first, after });
  }

  @FieldResolver(() => [Int], { description: 'Years in which any document names this unit. 등장 연도.' })
  years(@Root() org: Row<Organisation>, @Ctx() { loaders }: HubContext) {
    return loaders.yearsByOrganisationId.load(org.id);
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'Parent unit in that year (latest known when no year is given). 상위 조직.' })
  async parent(@Root() org: Row<Organisation>, @Arg('year', () => Int, yearArg) year: number | null, @Ctx() { loaders }: HubContext) {
    const snapshot = snapshotFor(await loaders.snapshotsByOrganisationId.load(org.id), year);
    return snapshot?.parent ? loaders.organisationById.load(snapshot.parent) : null;
  }

  @FieldResolver(() => [OrganisationType], { description: 'Units under this one in that year (every year when absent). 하위 조직.', complexity: listComplexity })
  async children(@Root() org: Row<Organisation>, @Arg('year', () => Int, yearArg) year: number | null, @Ctx() { loaders }: HubContext) {
    const snapshots = byYear(await loaders.snapshotsByParentId.load(org.id), year, (s) => s.year);
    const ids = [...new Set(snapshots.map((s) => s.organisation))];
    return (await loadAll(loaders.organisationById, ids)).filter(isPresent);
  }

  @FieldResolver(() => [StaffingType], { description: 'Staffing figures (unit total and per grade), by year. 정원/현원.', complexity: listComplexity })
  async staffing(@Root() org: Row<Organisation>, @Arg('year', () => Int, yearArg) year: number | null, @Ctx() { loaders }: HubContext) {
    return byYear(await loaders.staffingByOrganisationId.load(org.id), year, (s) => s.year);
  }

  @FieldResolver(() => [BudgetLineType], { description: 'Budget lines of the unit, by fiscal year. 조직 예산.', complexity: listComplexity })
  async budgets(@Root() org: Row<Organisation>, @Arg('year', () => Int, { ...yearArg, description: 'Only this fiscal year. 회계연도.' }) year: number | null, @Ctx() { loaders }: HubContext): Promise<BudgetLine[]> {
    return byYear(await loaders.budgetLinesByOrganisationId.load(org.id), year, (b) => b.fiscalYear);
  }

  // The nested lists below page the parent's rows from one batched statement for all parents, in memory.
  @FieldResolver(() => StrategyConnection, { description: 'Strategies the unit owns. 전략.', complexity: connectionComplexity })
  async strategies(
    @Root() org: Row<Organisation>,
    @Arg('year', () => Int, yearArg) year: number | null,
    @Args() { filter, orderBy, first, after }: StrategyArgs,
    @Ctx() { em, loaders }: HubContext,
  ) {
    const strategies = byYear(await loaders.strategiesByOrganisationId.load(org.id), year, (s) => s.year).filter((s) => matchesStrategyFilter(s, filter));
    return paginateRows(em, Strategy, strategies, StrategyOrder.of(orderBy), { first, after });
  }

  @FieldResolver(() => ProgramConnection, { description: 'Programs the unit is responsible for; with includePredecessors, also those of the units it follows. 추진사업.', complexity: connectionComplexity })
  async programs(
    @Root() org: Row<Organisation>,
    @Arg('year', () => Int, yearArg) year: number | null,
    @Arg('includePredecessors', () => Boolean, { defaultValue: false, description: 'Add the programs of every predecessor (renamed from, succeeded, took work from), transitively. 이전 조직 포함.' }) includePredecessors: boolean,
    @Args() { filter, orderBy, first, after }: ProgramArgs,
    @Ctx() { em, loaders }: HubContext,
  ) {
    const owners = includePredecessors ? await lineageOf(org.id, loaders) : [org.id];
    const programs = (await loadAll(loaders.programsByOrganisationId, owners)).flat();
    const matching = await programsMatching(byYear(programs, year, (p) => p.year), filter, loaders);
    return paginateRows(em, Program, matching, ProgramOrder.of(orderBy), { first, after });
  }

  @FieldResolver(() => CommitteeConnection, { description: 'Committees the unit manages. 소관 위원회.', complexity: connectionComplexity })
  async committees(@Root() org: Row<Organisation>, @Args() { filter, orderBy, first, after }: CommitteeArgs, @Ctx() { em, loaders }: HubContext) {
    const committees = (await loaders.committeesByOrganisationId.load(org.id)).filter((c) => matchesCommitteeFilter(c, filter));
    return paginateRows(em, Committee, committees, CommitteeOrder.of(orderBy), { first, after });
  }

  @FieldResolver(() => AuditFindingConnection, { description: 'Council audit findings the unit is responsible for. 행정사무감사 지적사항.', complexity: connectionComplexity })
  async auditFindings(@Root() org: Row<Organisation>, @Args() { filter, orderBy, first, after }: AuditFindingArgs, @Ctx() { em, loaders }: HubContext) {
    const findings = (await loaders.auditFindingsByOrganisationId.load(org.id)).filter((f) => matchesAuditFindingFilter(f, filter));
    return paginateRows(em, AuditFinding, findings, AuditFindingOrder.of(orderBy), { first, after });
  }

  @FieldResolver(() => [PersonType], { description: 'People holding a post in the unit. 소속 인물.', complexity: listComplexity })
  people(@Root() org: Row<Organisation>, @Ctx() { loaders }: HubContext) {
    return loaders.peopleByOrganisationId.load(org.id);
  }

  @FieldResolver(() => [OrganisationLinkType], { description: 'Units this one follows: renamed from, succeeded, or took work from. 이전 조직.', complexity: listComplexity })
  predecessors(@Root() org: Row<Organisation>, @Ctx() { loaders }: HubContext) {
    return loaders.linksToOrganisationId.load(org.id);
  }

  @FieldResolver(() => [OrganisationLinkType], { description: 'Units that follow this one. 이후 조직.', complexity: listComplexity })
  successors(@Root() org: Row<Organisation>, @Ctx() { loaders }: HubContext) {
    return loaders.linksFromOrganisationId.load(org.id);
  }

  @FieldResolver(() => [RoleType], { description: 'Posts in the unit, held or vacant, as each document reports them. 직위.', complexity: listComplexity })
  posts(@Root() org: Row<Organisation>, @Ctx() { loaders }: HubContext) {
    return loaders.rolesByOrganisationId.load(org.id);
  }
}


@Resolver(() => OrganisationLinkType)
export class OrganisationLinkResolver {
  @FieldResolver(() => OrganisationType, { description: 'The earlier unit. 이전 조직.' })
  from(@Root() link: Row<OrganisationLink>, @Ctx() { loaders }: HubContext) {
    return loaders.organisationById.load(link.from);
  }

  @FieldResolver(() => OrganisationType, { description: 'The later unit. 이후 조직.' })
  to(@Root() link: Row<OrganisationLink>, @Ctx() { loaders }: HubContext) {
    return loaders.organisationById.load(link.to);
  }

  @FieldResolver(() => SourceDocumentType, { description: 'Document that shows the change. 출처 문서.' })
  document(@Root() link: Row<OrganisationLink>, @Ctx() { loaders }: HubContext) {
    return loaders.documentById.load(link.document);
  }
}
