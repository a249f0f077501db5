// The aggregates in SQL, over the whole filtered set (no paging). Each takes its list's own
// filter function, so an aggregate honours exactly the fields its list does. Money is summed as
// numeric (exact for the stored amounts) and returned as float8.
import { GraphQLError } from 'graphql';
import { equals } from '../../graph/filters';
import { and, int, rowRef, sql, subquery, type Expr, type Row, type TableRef } from '../../graph/sql/expr';
import { byId, many, moreFields, one, readModel } from '../../graph/sql/model';
import { BUDGET_PHASES } from '../budgets/budget.enums';
import { documentOf } from '../documents/document.relations';
import { indicatorConditions, type IndicatorFilter } from '../indicators/indicator.filter';
import { budgetFactConditions } from '../observations/observation.filter';
import { organisationOf } from '../organisations/organisation.relations';
import { programConditions, type ProgramFilter } from '../programs/program.filter';
import type { BudgetSummaryArgs, BudgetSummaryFilter } from './aggregate.args';
import {
  BudgetGroupType, IndicatorsAggregateType, IndicatorUnitCountType, IndicatorYearAggregateType, MAX_BUDGET_GROUPS, MillionKrwStatsType,
  ProgramsAggregateType, ProgramStatusCountType, ProgramYearAggregateType, type BudgetGroupKey,
} from './aggregate.type';

const badInput = (message: string, argumentName: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName } });

/** One row over the matching programs: counts, budget statistics, and their ids for the breakdowns. */
type ProgramTotals = Row<{ count: number; without_budget: number; sum: number | null; avg: number | null; min: number | null; max: number | null; ids: string[] }>;

const programTotals = (filter: ProgramFilter) => subquery(sql`
  select count(*)::int as count, count(*) filter (where p.total_budget_million_krw is null)::int as without_budget,
    sum(p.total_budget_million_krw::numeric)::float8 as sum, round(avg(p.total_budget_million_krw::numeric), 6)::float8 as avg,
    min(p.total_budget_million_krw) as min, max(p.total_budget_million_krw) as max, coalesce(array_agg(p.id), '{}') as ids
  from program p where ${and(programConditions(rowRef('p'), filter))}`);

export const programsAggregateRead = readModel(ProgramsAggregateType, 'ProgramsAggregate', {
  columns: (a: ProgramTotals) => ({ count: a.count, withoutBudget: a.without_budget }),
  relations: {
    totalBudgetMillionKrw: one((a: ProgramTotals) => ({ from: subquery(sql`select ${a.sum} as sum, ${a.avg} as avg, ${a.min} as min, ${a.max} as max`) })),
    byStatus: many((a: ProgramTotals) => ({
      from: subquery(sql`select p.status, count(*)::int as count from program p where p.id = any(${a.ids}) group by p.status`),
      orderBy: (g: Row<{ status: string | null }>) => [sql`${g.status} collate "C" asc nulls last`],
    })),
    byYear: many((a: ProgramTotals) => ({
      from: subquery(sql`select p.year, count(*)::int as count, sum(p.total_budget_million_krw::numeric)::float8 as sum_million_krw
        from program p where p.id = any(${a.ids}) group by p.year`),
      orderBy: (g: Row<{ year: number }>) => [g.year],
    })),
  },
});

export const millionKrwStatsRead = readModel(MillionKrwStatsType, 'MillionKrwStats', {
  columns: (s: Row<{ sum: number | null; avg: number | null; min: number | null; max: number | null }>) => ({ sum: s.sum, avg: s.avg, min: s.min, max: s.max }),
});

export const programStatusCountRead = readModel(ProgramStatusCountType, 'ProgramStatusCount', {
  columns: (g: Row<{ status: string | null; count: number }>) => ({ status: g.status, count: g.count }),
});

export const programYearAggregateRead = readModel(ProgramYearAggregateType, 'ProgramYearAggregate', {
  columns: (g: Row<{ year: number; count: number; sum_million_krw: number | null }>) => ({ year: g.year, count: g.count, sumMillionKrw: g.sum_million_krw }),
});

/** One row over the matching indicators: their count, the count of their values, and their ids. */
type IndicatorTotals = Row<{ count: number; value_count: number; ids: string[] }>;

const indicatorTotals = (filter: IndicatorFilter) => subquery(sql`
  select m.count, m.ids, (select count(*)::int from indicator_value v where v.indicator_id = any(m.ids)) as value_count
  from (select count(*)::int as count, coalesce(array_agg(i.id), '{}') as ids from indicator i where ${and(indicatorConditions(rowRef('i'), filter))}) m`);

export const indicatorsAggregateRead = readModel(IndicatorsAggregateType, 'IndicatorsAggregate', {
  columns: (a: IndicatorTotals) => ({ count: a.count, valueCount: a.value_count }),
  relations: {
    byUnit: many((a: IndicatorTotals) => ({
      from: subquery(sql`select i.unit, count(*)::int as count from indicator i where i.id = any(${a.ids}) group by i.unit`),
      orderBy: (g: Row<{ unit: string | null; count: number }>) => [sql`${g.count} desc`, sql`${g.unit} collate "C" asc nulls last`],
    })),
    byYear: many((a: IndicatorTotals) => ({
      from: subquery(sql`select v.year, count(*)::int as value_count, count(*) filter (where v.kind = 'ACTUAL')::int as actual_count,
        count(*) filter (where v.kind = 'TARGET')::int as target_count from indicator_value v where v.indicator_id = any(${a.ids}) group by v.year`),
      orderBy: (g: Row<{ year: number }>) => [g.year],
    })),
  },
});

export const indicatorUnitCountRead = readModel(IndicatorUnitCountType, 'IndicatorUnitCount', {
  columns: (g: Row<{ unit: string | null; count: number }>) => ({ unit: g.unit, count: g.count }),
});

export const indicatorYearAggregateRead = readModel(IndicatorYearAggregateType, 'IndicatorYearAggregate', {
  columns: (g: Row<{ year: number; value_count: number; actual_count: number; target_count: number }>) => ({
    year: g.year, valueCount: g.value_count, actualCount: g.actual_count, targetCount: g.target_count,
  }),
});

/** Each key's column in budget_fact (alias f), the group column it fills, and how KEY_ASC sorts it. */
const BUDGET_KEYS: Record<BudgetGroupKey, { column: string; as: string; type: string; sort: string }> = {
  YEAR: { column: 'f.fiscal_year', as: 'year', type: 'int', sort: 'f.fiscal_year' },
  ORGANISATION: { column: 'f.organisation_id', as: 'organisation_id', type: 'text', sort: 'f.organisation_id collate "C"' },
  STRATEGY: { column: 'f.strategy_id', as: 'strategy_id', type: 'text', sort: 'f.strategy_id collate "C"' },
  DOCUMENT: { column: 'f.document_id', as: 'document_id', type: 'text', sort: 'f.document_id collate "C"' },
  // the enum's own order (ORIGINAL before SUPPLEMENTARY …), from a constant, not from the request
  PHASE: { column: 'f.phase', as: 'phase', type: 'text', sort: `array_position('{${BUDGET_PHASES.join(',')}}'::text[], f.phase)` },
};

const SUM = sql`sum(f.million_krw::numeric)`;

/** The lines budgetSummary sums: the budgetFacts filter, an owner type, and by default only line totals. */
function budgetSummaryConditions(f: TableRef<'budget_fact'>, filter: BudgetSummaryFilter): Expr<boolean>[] {
  const { ownerType, lineTotalsOnly, ...facts } = filter;
  return [
    ...budgetFactConditions(f, facts),
    ...equals(f.owner_type, ownerType),
    // an execution plan is its quarters: keep them when the phase asks for exactly that plan
    ...(lineTotalsOnly ?? true ? [sql<boolean>`${f.category} is null`, ...(filter.phase !== 'EXECUTION_PLAN' ? [sql<boolean>`${f.quarter} is null`] : [])] : []),
  ];
}

function checkBudgetSummaryArgs({ groupBy, having, first }: BudgetSummaryArgs): void {
  if (groupBy.length === 0) throw badInput('groupBy must name at least one key: YEAR, ORGANISATION, STRATEGY, DOCUMENT or PHASE', 'groupBy');
  const twice = groupBy.find((key, i) => groupBy.indexOf(key) !== i);
  if (twice) throw badInput(`groupBy names ${twice} more than once`, 'groupBy');
  if (first != null && (!Number.isInteger(first) || first < 1 || first > MAX_BUDGET_GROUPS)) {
    throw badInput(`first must be between 1 and ${MAX_BUDGET_GROUPS}; got ${first}`, 'first');
  }
  if (having?.sumMin != null && having.sumMax != null && having.sumMin > having.sumMax) {
    throw badInput(`having.sumMin (${having.sumMin}) must not be greater than having.sumMax (${having.sumMax})`, 'having');
  }
}

/** Budget lines grouped by the requested keys, filtered, then kept, ordered (numbered) and cut. */
function budgetGroups(args: BudgetSummaryArgs) {
  checkBudgetSummaryArgs(args);
  const { groupBy, having } = args;
  const keys = groupBy.map((k) => BUDGET_KEYS[k]);
  const keyColumns = (Object.keys(BUDGET_KEYS) as BudgetGroupKey[]).map((k) => {
    const key = BUDGET_KEYS[k];
    return groupBy.includes(k) ? sql.raw(`${key.column} as ${key.as}`) : sql.raw(`null::${key.type} as ${key.as}`);
  });
  const kept = [
    ...(having?.sumMin != null ? [sql<boolean>`${SUM} >= ${having.sumMin}::numeric`] : []),
    ...(having?.sumMax != null ? [sql<boolean>`${SUM} <= ${having.sumMax}::numeric`] : []),
    ...(having?.countMin != null ? [sql<boolean>`count(*) >= ${having.countMin}::int`] : []),
  ];
  const leading = { SUM_DESC: [sql`${SUM} desc`], SUM_ASC: [sql`${SUM} asc`], COUNT_DESC: [sql`count(*) desc`], KEY_ASC: [] }[args.orderBy ?? 'KEY_ASC'];
  const order = sql.join([...leading, ...keys.map((k) => sql.raw(`${k.sort} nulls last`))]);
  return subquery(sql`
    select ${sql.join(keyColumns)}, count(*)::int as count, ${SUM}::float8 as sum_million_krw,
      round(avg(f.million_krw::numeric), 6)::float8 as avg_million_krw, min(f.million_krw) as min_million_krw, max(f.million_krw) as max_million_krw,
      row_number() over (order by ${order}) as position
    from budget_fact f
    where ${and(budgetSummaryConditions(rowRef('f'), args.filter ?? {}))}
    group by ${sql.raw(keys.map((k) => k.column).join(', '))}
    having ${and(kept)}
    order by ${order}
    ${args.first != null ? sql`limit ${int(args.first)}` : sql``}`);
}

type Group = Row<{
  year: number | null; phase: string | null; organisation_id: string | null; strategy_id: string | null; document_id: string | null;
  count: number; sum_million_krw: number; avg_million_krw: number; min_million_krw: number; max_million_krw: number; position: number;
}>;

export const budgetGroupRead = readModel(BudgetGroupType, 'BudgetGroup', {
  columns: (g: Group) => ({
    year: g.year, phase: g.phase, count: g.count, sumMillionKrw: g.sum_million_krw, avgMillionKrw: g.avg_million_krw,
    minMillionKrw: g.min_million_krw, maxMillionKrw: g.max_million_krw,
    organisationId: g.organisation_id, strategyId: g.strategy_id, documentId: g.document_id,
    organisationName: sql<string | null>`(select o.name from organisation o where o.id = ${g.organisation_id})`,
    strategyTitle: sql<string | null>`(select s.title from strategy s where s.id = ${g.strategy_id})`,
    documentTitle: sql<string | null>`(select d.title from source_document d where d.id = ${g.document_id})`,
  }),
  relations: {
    organisation: organisationOf((g: Group) => g.organisation_id),
    strategy: one((g: Group) => byId('strategy', g.strategy_id)),
    document: one((g: Group) => byId('source_document', g.document_id)),
  },
});

export const aggregateQueries = moreFields('Query', {
  programsAggregate: one((_row: unknown, { filter }: { filter?: ProgramFilter | null }) => ({ from: programTotals(filter ?? {}) })),
  indicatorsAggregate: one((_row: unknown, { filter }: { filter?: IndicatorFilter | null }) => ({ from: indicatorTotals(filter ?? {}) })),
  budgetSummary: many((_row: unknown, args: BudgetSummaryArgs) => ({ from: budgetGroups(args), orderBy: (g: Group) => [g.position] })),
});
