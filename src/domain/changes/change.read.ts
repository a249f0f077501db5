// changes(fromYear, toYear): the programs of two plan years compared through the curated series.
// A pair continues when one series has a program in each year; the rest of each year is added
// or dropped. Budgets compare each program's own plan-year amount (fiscal-year line totals, the
// most final phase: the rule budgetTimeline uses).
import { codePointOrder, sql, subquery, texts, type Expr, type Row } from '../../graph/sql/expr';
import { byId, many, moreFields, one, readModel } from '../../graph/sql/model';
import { PHASE_PRECEDENCE } from '../budgets/budget.enums';
import { ChangesType, ContinuedProgramType } from './change.type';

type Years = Row<{ from_year: number; to_year: number }>;
type Pair = Row<{
  series_id: string; series_key: string; from_id: string; to_id: string; budget_from: number | null; budget_to: number | null;
  owner_changed: boolean; title_changed: boolean;
}>;

/** A program's budget for its plan year: line totals of that fiscal year in the most final phase printed. */
const planYearBudget = (program: Expr<string>) => sql<number | null>`(
  select sum(b.million_krw) from budget_line b join program p on p.id = b.program_id
  where b.program_id = ${program} and b.fiscal_year = p.year and b.category is null and b.quarter is null
    and b.phase = (select b2.phase from budget_line b2 join program p2 on p2.id = b2.program_id
      where b2.program_id = ${program} and b2.fiscal_year = p2.year and b2.category is null and b2.quarter is null
      order by array_position(${texts(PHASE_PRECEDENCE)}, b2.phase) limit 1))`;

const pairs = (years: Years) => subquery(sql`
  select s.id as series_id, s.key as series_key, f.id as from_id, t.id as to_id,
    ${planYearBudget(sql`f.id`)} as budget_from, ${planYearBudget(sql`t.id`)} as budget_to,
    (f.organisation_id is not null and t.organisation_id is not null and f.organisation_id <> t.organisation_id) as owner_changed,
    regexp_replace(f.title, '\\s', '', 'g') <> regexp_replace(t.title, '\\s', '', 'g') as title_changed
  from program_series s
  join program_series_member fm on fm.series_id = s.id join program f on f.id = fm.program_id and f.year = ${years.from_year}
  join program_series_member tm on tm.series_id = s.id join program t on t.id = tm.program_id and t.year = ${years.to_year}`);

/** Programs of `year` that no series links to a program of `other`. */
const unlinked = (year: Expr<number>, other: Expr<number>) => subquery(sql`
  select p.* from program p where p.year = ${year} and not exists (
    select from program_series_member m join program_series_member o on o.series_id = m.series_id join program q on q.id = o.program_id
    where m.program_id = p.id and q.year = ${other})`);

const pairOrder = (p: Pair) => [codePointOrder(p.series_key), codePointOrder(p.from_id), codePointOrder(p.to_id)];
const programOrder = (p: Row<{ document_id: string; source_line: number; id: string }>) => [codePointOrder(p.document_id), p.source_line, codePointOrder(p.id)];

export const continuedProgramRead = readModel(ContinuedProgramType, 'ContinuedProgram', {
  columns: (p: Pair) => ({
    budgetFromMillionKrw: p.budget_from, budgetToMillionKrw: p.budget_to,
    budgetChangeMillionKrw: sql<number | null>`${p.budget_to} - ${p.budget_from}`,
    ownerChanged: p.owner_changed, titleChanged: p.title_changed,
  }),
  relations: {
    series: one((p: Pair) => byId('program_series', p.series_id)),
    from: one((p: Pair) => byId('program', p.from_id)),
    to: one((p: Pair) => byId('program', p.to_id)),
  },
});

export const changesRead = readModel(ChangesType, 'Changes', {
  columns: (y: Years) => ({ fromYear: y.from_year, toYear: y.to_year }),
  relations: {
    continued: many((y: Years) => ({ from: pairs(y), orderBy: pairOrder })),
    renamed: many((y: Years) => ({ from: pairs(y), where: (p: Pair) => [p.title_changed], orderBy: pairOrder })),
    added: many((y: Years) => ({ from: unlinked(y.to_year, y.from_year), orderBy: programOrder })),
    dropped: many((y: Years) => ({ from: unlinked(y.from_year, y.to_year), orderBy: programOrder })),
  },
});

export const changeQueries = moreFields('Query', {
  changes: one((_row: unknown, { fromYear, toYear }: { fromYear: number; toYear: number }) => ({
    from: subquery(sql`select ${fromYear}::int as from_year, ${toYear}::int as to_year`),
  })),
});
