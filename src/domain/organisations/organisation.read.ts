import { equals } from '../../graph/filters';
import { and, codePointOrder, eq, sql, subquery, type Expr, type Row, type TableRef } from '../../graph/sql/expr';
import { byId, many, moreFields, one, page, readModel, rowsOf } from '../../graph/sql/model';
import { auditFindingList } from '../audit-findings/audit-finding.list';
import { committeeList } from '../committees/committee.list';
import { documentOf } from '../documents/document.relations';
import { programList } from '../programs/program.list';
import { strategyList } from '../strategies/strategy.list';
import { organisationList } from './organisation.list';
import { organisationOf } from './organisation.relations';
import { OrganisationLinkType, OrganisationType, StaffingType } from './organisation.type';

type O = TableRef<'organisation'>;

/** The unit and every unit it follows (renamed from, succeeded, took work from), transitively. */
const lineage = (id: Expr<string>) => sql<string>`with recursive lineage(id) as (
  select ${id}::text union select l.from_id from organisation_link l join lineage on l.to_id = lineage.id) select id from lineage`;

export const organisationRead = readModel(OrganisationType, 'Organisation', {
  table: 'organisation',
  columns: (o: O) => ({
    id: o.id, name: o.name, kind: o.kind, aliases: o.aliases,
    years: sql<number[]>`coalesce((select json_agg(y.year order by y.year) from (select distinct oy.year from organisation_year oy where oy.organisation_id = ${o.id}) y), '[]'::json)`,
  }),
  relations: {
    // where the unit sat that year (else in its latest snapshot with a parent)
    parent: one((o: O, { year }: { year?: number | null }) => rowsOf('organisation', (p) => [eq(p.id, sql<string>`(
      select s.parent_id from organisation_snapshot s where s.organisation_id = ${o.id} and s.parent_id is not null and ${and(equals(sql<number>`s.year`, year))}
      order by s.year desc, s.document_id collate "C" desc, s.id collate "C" desc limit 1)`)])),
    // each child once, in the order of its first snapshot under this unit
    children: many((o: O, { year }: { year?: number | null }) => ({
      from: subquery(sql`select c.*, f.year as first_year, f.source_line as first_line, f.id as first_snapshot from organisation c join (
        select distinct on (s.organisation_id) s.organisation_id, s.year, s.source_line, s.id from organisation_snapshot s
        where s.parent_id = ${o.id} and ${and(equals(sql<number>`s.year`, year))}
        order by s.organisation_id, s.year, s.source_line, s.id collate "C") f on f.organisation_id = c.id`),
      orderBy: (c: Row<{ first_year: number; first_line: number; first_snapshot: string }>) => [c.first_year, c.first_line, codePointOrder(c.first_snapshot)],
    })),
    staffing: many((o: O, { year }: { year?: number | null }) => rowsOf('staffing',
      (s) => [eq(s.organisation_id, o.id), ...equals(s.year, year)],
      (s) => [s.year, codePointOrder(s.document_id), s.source_line, codePointOrder(s.id)])),
    budgets: many((o: O, { year }: { year?: number | null }) => rowsOf('budget_line',
      (b) => [eq(b.organisation_id, o.id), ...equals(b.fiscal_year, year)],
      (b) => [b.fiscal_year, codePointOrder(b.document_id), b.source_line, codePointOrder(b.id)])),
    strategies: page(strategyList, (o: O, { year }: { year?: number | null }) => rowsOf('strategy', (s) => [eq(s.organisation_id, o.id), ...equals(s.year, year)])),
    programs: page(programList, (o: O, { year, includePredecessors }: { year?: number | null; includePredecessors?: boolean }) => rowsOf('program', (p) => [
      includePredecessors ? sql<boolean>`${p.organisation_id} in (${lineage(o.id)})` : eq(p.organisation_id, o.id), ...equals(p.year, year)])),
    committees: page(committeeList, (o: O) => rowsOf('committee', (c) => [eq(c.organisation_id, o.id)])),
    auditFindings: page(auditFindingList, (o: O) => rowsOf('audit_finding', (f) => [eq(f.organisation_id, o.id)])),
    people: many((o: O) => rowsOf('person',
      (p) => [sql<boolean>`exists (select from person_role r where r.person_id = ${p.id} and r.organisation_id = ${o.id})`],
      (p) => [codePointOrder(p.name), codePointOrder(p.id)])),
    posts: many((o: O) => rowsOf('person_role', (r) => [eq(r.organisation_id, o.id)], (r) => [r.year, r.source_line, codePointOrder(r.id)])),
    predecessors: many((o: O) => rowsOf('organisation_link', (l) => [eq(l.to_id, o.id)], (l) => [l.year, codePointOrder(l.id)])),
    successors: many((o: O) => rowsOf('organisation_link', (l) => [eq(l.from_id, o.id)], (l) => [l.year, codePointOrder(l.id)])),
  },
});

export const organisationLinkRead = readModel(OrganisationLinkType, 'OrganisationLink', {
  columns: (l: TableRef<'organisation_link'>) => ({ kind: l.kind, year: l.year, reason: l.reason, sourceLine: l.source_line }),
  relations: {
    from: organisationOf((l: TableRef<'organisation_link'>) => l.from_id),
    to: organisationOf((l: TableRef<'organisation_link'>) => l.to_id),
    document: documentOf,
  },
});

export const staffingRead = readModel(StaffingType, 'Staffing', {
  columns: (s: TableRef<'staffing'>) => ({
    year: s.year, grade: s.grade, authorized: s.authorized, current: s.current, asOf: s.as_of, raw: s.raw, sourceLine: s.source_line,
  }),
  relations: { document: documentOf },
});

export const organisationQueries = moreFields('Query', {
  organisations: page(organisationList, () => rowsOf('organisation')),
});
