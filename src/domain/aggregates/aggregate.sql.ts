// The aggregates as SQL: one statement each, over the whole filtered set. Money is summed as
// numeric (exact for the stored amounts, which are rounded to the won) and returned as float8.
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { sql } from '../../graph/batch';
import { BUDGET_PHASES } from '../../seeds/seed-schema';
import { containsPattern } from '../../text';
import type { IndicatorFilter } from '../indicators/indicator.resolver';
import type { ProgramFilter } from '../programs/program.resolver';
import {
  type BudgetGroupKey, type BudgetGroupType, type BudgetSummaryArgs, type IndicatorsAggregateType, MAX_BUDGET_GROUPS,
  type ProgramsAggregateType,
} from './aggregate.type';

function badInput(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName } });
}

/** A where clause built clause by clause, with its `?` parameters in order. */
class Conditions {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  add(clause: string, ...params: unknown[]): void {
    this.clauses.push(clause);
    this.params.push(...params);
  }

  toString(): string {
    return this.clauses.length ? this.clauses.join(' and ') : 'true';
  }
}

/**
 * The list filters (ProgramFilter, IndicatorFilter) are shared with the list resolvers and may
 * gain fields there: a field this SQL does not know is refused rather than silently ignored,
 * which would return totals over the wrong set.
 */
function refuseUnknownFilters(filter: object | null | undefined, known: readonly string[], field: string): void {
  for (const [name, value] of Object.entries(filter ?? {})) {
    if (value != null && !known.includes(name)) throw badInput(`${field} does not support filter.${name} yet`, 'filter');
  }
}

type ProgramRow = {
  byStatus: boolean; byYear: boolean; status: string | null; year: number | null; count: number; withoutBudget: number;
  sum: number | null; avg: number | null; min: number | null; max: number | null;
};

/** Programs as `programs(filter)` lists them, counted three ways in one pass (grouping sets). */
export async function programsAggregate(em: EntityManager, filter: ProgramFilter | null | undefined): Promise<ProgramsAggregateType> {
  refuseUnknownFilters(filter, ['search', 'year', 'documentId', 'organisationId', 'status', 'strategyId'], 'programsAggregate');
  const where = new Conditions();
  if (filter?.search) where.add('search_text like ?', containsPattern(filter.search));
  if (filter?.year != null) where.add('year = ?', filter.year);
  if (filter?.documentId) where.add('document_id = ?', filter.documentId);
  if (filter?.organisationId) where.add('organisation_id = ?', filter.organisationId);
  if (filter?.status) where.add('status = ?', filter.status);
  if (filter?.strategyId) where.add('strategy_id = ?', filter.strategyId);
  const rows = await sql<ProgramRow>(em, `
    select grouping(status) = 0 as "byStatus", grouping(year) = 0 as "byYear", status, year,
      count(*)::int as count,
      count(*) filter (where total_budget_million_krw is null)::int as "withoutBudget",
      sum(total_budget_million_krw::numeric)::float8 as sum,
      round(avg(total_budget_million_krw::numeric), 6)::float8 as avg,
      min(total_budget_million_krw) as min,
      max(total_budget_million_krw) as max
    from program
    where ${where}
    group by grouping sets ((), (status), (year))
    order by year, status collate "C" nulls last`, where.params);
  const total = rows.find((r) => !r.byStatus && !r.byYear)!; // the empty grouping set: one row even when nothing matches
  return {
    count: total.count,
    withoutBudget: total.withoutBudget,
    totalBudgetMillionKrw: { sum: total.sum, avg: total.avg, min: total.min, max: total.max },
    byStatus: rows.filter((r) => r.byStatus).map((r) => ({ status: r.status, count: r.count })),
    byYear: rows.filter((r) => r.byYear).map((r) => ({ year: r.year!, count: r.count, sumMillionKrw: r.sum })),
  };
}

type IndicatorRow = {
  part: 'unit' | 'year'; grouped: boolean; unit: string | null; year: number | null; count: number; actualCount: number | null; targetCount: number | null;
};

/** Indicators as `indicators(filter)` lists them, by unit, and all their values by year. */
export async function indicatorsAggregate(em: EntityManager, filter: IndicatorFilter | null | undefined): Promise<IndicatorsAggregateType> {
  refuseUnknownFilters(filter, ['search', 'year', 'documentId', 'organisationId', 'programId'], 'indicatorsAggregate');
  const where = new Conditions();
  if (filter?.search) where.add('i.search_text like ?', containsPattern(filter.search));
  // as in `indicators`: `year` keeps the indicators with a value for that year
  if (filter?.year != null) where.add('exists (select 1 from indicator_value y where y.indicator_id = i.id and y.year = ?)', filter.year);
  if (filter?.documentId) where.add('i.document_id = ?', filter.documentId);
  if (filter?.organisationId) where.add('i.organisation_id = ?', filter.organisationId);
  if (filter?.programId) where.add('i.program_id = ?', filter.programId);
  const rows = await sql<IndicatorRow>(em, `
    with matching as (select i.id, i.unit collate "C" as unit from indicator i where ${where}),
    per_unit as (
      select grouping(unit) = 0 as grouped, unit, count(*)::int as count from matching group by grouping sets ((), (unit))
    ),
    per_year as (
      select grouping(v.year) = 0 as grouped, v.year, count(*)::int as count,
        count(*) filter (where v.kind = 'ACTUAL')::int as actual, count(*) filter (where v.kind = 'TARGET')::int as target
      from indicator_value v join matching m on m.id = v.indicator_id
      group by grouping sets ((), (v.year))
    )
    select 'unit' as part, grouped, unit, null::int as year, count, null::int as "actualCount", null::int as "targetCount" from per_unit
    union all
    select 'year', grouped, null, year, count, actual, target from per_year
    order by part, grouped, year, count desc, unit nulls last`, where.params);
  const units = rows.filter((r) => r.part === 'unit');
  const years = rows.filter((r) => r.part === 'year');
  return {
    count: units.find((r) => !r.grouped)!.count,
    valueCount: years.find((r) => !r.grouped)!.count,
    byUnit: units.filter((r) => r.grouped).map((r) => ({ unit: r.unit, count: r.count })),
    byYear: years.filter((r) => r.grouped).map((r) => ({ year: r.year!, valueCount: r.count, actualCount: r.actualCount!, targetCount: r.targetCount! })),
  };
}

/** Each key's column in budget_fact, the GraphQL field it fills, and how KEY_ASC sorts it. */
const BUDGET_KEYS: Record<BudgetGroupKey, { column: string; as: string; type: string; sort: string }> = {
  YEAR: { column: 'fiscal_year', as: 'year', type: 'int', sort: 'fiscal_year' },
  ORGANISATION: { column: 'organisation_id', as: 'organisationId', type: 'text', sort: 'organisation_id collate "C"' },
  STRATEGY: { column: 'strategy_id', as: 'strategyId', type: 'text', sort: 'strategy_id collate "C"' },
  DOCUMENT: { column: 'document_id', as: 'documentId', type: 'text', sort: 'document_id collate "C"' },
  // the enum's own order (ORIGINAL before SUPPLEMENTARY …), from a constant, not from the request
  PHASE: { column: 'phase', as: 'phase', type: 'text', sort: `array_position('{${BUDGET_PHASES.join(',')}}'::text[], phase)` },
};

const SUM = 'sum(million_krw::numeric)';

/** Checks the arguments before any SQL runs. */
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

/** Budget lines (budget_fact) grouped by the requested keys, filtered, then kept, ordered and cut. */
export async function budgetSummary(em: EntityManager, args: BudgetSummaryArgs): Promise<BudgetGroupType[]> {
  checkBudgetSummaryArgs(args);
  const { groupBy, filter, having } = args;
  const where = new Conditions();
  if (filter?.year != null) where.add('fiscal_year = ?', filter.year);
  if (filter?.yearFrom != null) where.add('fiscal_year >= ?', filter.yearFrom);
  if (filter?.yearTo != null) where.add('fiscal_year <= ?', filter.yearTo);
  if (filter?.documentId) where.add('document_id = ?', filter.documentId);
  if (filter?.organisationId) where.add('organisation_id = ?', filter.organisationId);
  if (filter?.programId) where.add('program_id = ?', filter.programId);
  if (filter?.phase) where.add('phase = ?', filter.phase);
  if (filter?.ownerType) where.add('owner_type = ?', filter.ownerType);
  if (filter?.lineTotalsOnly ?? true) {
    where.add('category is null');
    // an execution plan is its quarters: keep them when the phase asks for exactly that plan
    if (filter?.phase !== 'EXECUTION_PLAN') where.add('quarter is null');
  }

  const kept = new Conditions();
  if (having?.sumMin != null) kept.add(`${SUM} >= ?::numeric`, having.sumMin);
  if (having?.sumMax != null) kept.add(`${SUM} <= ?::numeric`, having.sumMax);
  if (having?.countMin != null) kept.add('count(*) >= ?', having.countMin);

  const keys = groupBy.map((k) => BUDGET_KEYS[k]);
  const keyColumns = (Object.keys(BUDGET_KEYS) as BudgetGroupKey[]).map((k) => {
    const key = BUDGET_KEYS[k];
    return groupBy.includes(k) ? `${key.column} as "${key.as}"` : `null::${key.type} as "${key.as}"`;
  });
  const keyOrder = keys.map((k) => `${k.sort} nulls last`);
  const leading = { SUM_DESC: [`${SUM} desc`], SUM_ASC: [`${SUM} asc`], COUNT_DESC: ['count(*) desc'], KEY_ASC: [] }[args.orderBy ?? 'KEY_ASC'];
  const limit = args.first != null ? 'limit ?' : '';

  return sql<BudgetGroupType>(em, `
    select ${keyColumns.join(', ')},
      count(*)::int as count,
      ${SUM}::float8 as "sumMillionKrw",
      round(avg(million_krw::numeric), 6)::float8 as "avgMillionKrw",
      min(million_krw) as "minMillionKrw",
      max(million_krw) as "maxMillionKrw"
    from budget_fact
    where ${where}
    group by ${keys.map((k) => k.column).join(', ')}
    having ${kept}
    order by ${[...leading, ...keyOrder].join(', ')}
    ${limit}`, [...where.params, ...kept.params, ...(args.first != null ? [args.first] : [])]);
}
