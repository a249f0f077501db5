// The contract for seeds/*.yaml: facts drawn from one source document, each with the
// line it was read from. Documented for the data team in seeds/README.md; keep both in step.
import { z } from 'zod';
import { FINDING_KINDS } from '../domain/audit-findings/audit-finding.enums';
import { BUDGET_PHASES, MONEY_UNITS } from '../domain/budgets/budget.enums';
import { COMMITTEE_KINDS } from '../domain/committees/committee.enums';
import { DOCUMENT_KINDS } from '../domain/documents/document.enums';
import { VALUE_KINDS } from '../domain/indicators/indicator.enums';
import { LINK_KINDS, ORGANISATION_KINDS } from '../domain/organisations/organisation.enums';
import { ROLE_STATES } from '../domain/people/person.enums';
import { MENTION_ROLES, ORGANISATION_BASES, PROGRAM_STATUSES } from '../domain/programs/program.enums';

const line = z.number().int().positive().max(2_147_483_647, 'a line number is at most 2147483647').describe('1-based line in the source document');
/** A count as printed: a whole number, never below zero. */
const count = z.number().int().nonnegative();
/** An amount: finite; below zero only where the document prints a reduction (a minus sign, △ or ▲ in `raw`). */
const amount = z.number().finite().max(1e15).min(-1e15);
const reductionPrinted = (m: { amount?: number | null; raw: string }) => m.amount == null || m.amount >= 0 || /^[\s]*[-−△▲]/u.test(m.raw);
const reduction = { message: 'a negative amount needs a printed reduction (a minus sign, △ or ▲) in raw', path: ['amount'] };
const text = z.string().trim().min(1);
const year = z.number().int().min(1990).max(2100);

/** An amount as printed: `amount` in `unit`; `raw` keeps the cell text. No amount (비예산, -) means no money figure. */
const money = z.object({
  amount: amount.nullable().optional(),
  unit: z.enum(MONEY_UNITS).optional(),
  raw: text,
}).strict().refine((m) => m.amount == null || m.unit != null, { message: 'an amount needs its unit', path: ['unit'] })
  .refine(reductionPrinted, reduction);

const budgetLine = z.object({
  fiscalYear: year,
  phase: z.enum(BUDGET_PHASES),
  phasePrinted: z.string().optional().describe('the column header as printed, e.g. 2019년, \'20년, 1/4'),
  quarter: z.number().int().min(1).max(4).optional(),
  category: z.string().trim().min(1).optional().describe('breakdown (인건비, 사업예산, a sub-item); absent for the line total'),
  amount,
  unit: z.enum(MONEY_UNITS),
  raw: text,
  line,
  lines: z.array(line).default([]).describe('other lines printing this same figure: one fact, however often printed'),
}).strict().refine((b) => (b.phase === 'EXECUTION_PLAN') === (b.quarter != null), {
  message: 'quarter is given exactly for EXECUTION_PLAN lines', path: ['quarter'],
}).refine(reductionPrinted, reduction);

const indicatorValue = z.object({
  year,
  raw: z.string().trim().min(1).describe('cell text as printed: 61, 20%, 가등급 3개, 수시, -'),
  value: z.number().finite().nullable().optional().describe('numeric reading of raw; absent/null when raw has none'),
  kind: z.enum(VALUE_KINDS).optional().describe('default: ACTUAL before the plan year, TARGET from it'),
  dimension: z.string().trim().min(1).optional().describe('the category of a broken-down measure (인천, 초등학교); absent for its total (계)'),
  line: line.optional(),
}).strict();

const indicatorFields = z.object({
  key: z.string().optional().describe('needed only when two indicators of one program share a name'),
  name: text,
  unit: z.string().trim().optional().describe('exactly as printed; absent when none is printed'),
  unitNormalized: z.string().trim().optional().describe('the hub\'s reading when it differs from the printed unit (명 for a count of people printed without a unit)'),
  dimensionName: z.string().trim().min(1).optional().describe('what the values are broken down by (지역, 학교급); each value then names its `dimension`'),
  org: z.string().optional().describe('owner when not implied by the program; context statistics: the issuing organisation'),
  program: z.string().optional().describe('top-level indicators only: key or title of a program of this document'),
  line,
  values: z.array(indicatorValue),
}).strict();

/** One value per year and category, and categories only on a broken-down measure. */
function valuesAreDistinct(ind: { dimensionName?: string; values: { year: number; dimension?: string }[] }, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  ind.values.forEach((v, i) => {
    if (v.dimension && !ind.dimensionName) ctx.addIssue({ code: 'custom', message: 'a value with a dimension needs the indicator\'s dimensionName', path: ['values', i, 'dimension'] });
    const key = `${v.year}/${v.dimension ?? ''}`;
    if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `two values for ${v.year}${v.dimension ? ` ${v.dimension}` : ''}`, path: ['values', i] });
    seen.add(key);
  });
}
const indicator = indicatorFields.superRefine(valuesAreDistinct);

/** Another place the document prints the same initiative. */
const mention = z.object({
  line,
  role: z.enum(MENTION_ROLES),
  printedAs: z.string().trim().min(1).optional().describe('the wording printed there; absent where that place prints no title (a budget row)'),
}).strict();

/** A money figure over several years, with its period as printed: never summed with fiscal-year amounts. */
const projectTotal = z.object({
  amount,
  unit: z.enum(MONEY_UNITS),
  raw: text,
  period: text.describe('as printed: \'17~\'20, 2019~2022, or `not printed`'),
  category: z.string().trim().min(1).optional(),
  line,
  lines: z.array(line).default([]),
}).strict();

const partialIsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');
const milestone = z.object({
  date: text.describe('as printed: \'18. 3월, 2019. 12. 31.'),
  iso: partialIsoDate.optional().describe('to the precision printed; absent when not determinable (상반기)'),
  isoEnd: partialIsoDate.optional().describe('the end of a printed range'),
  event: text,
  line,
}).strict();

const program = z.object({
  key: z.string().optional().describe('stable key; default: the title with whitespace removed'),
  number: z.string().optional().describe('as printed: 1, ①'),
  section: z.string().optional().describe('where the document lists it: 총괄표, 핵심(현안)과제, a division\'s plan'),
  title: text.describe('the initiative\'s title as printed where the document presents it (its row, heading or item)'),
  role: z.enum(MENTION_ROLES).describe('what the first mention (line) is'),
  printedAs: z.string().trim().min(1).optional().describe('the wording printed at line; absent where that place prints no title (a budget row)'),
  mentions: z.array(mention).default([]).describe('every other place the document prints this initiative'),
  org: z.string().optional(),
  orgBasis: z.enum(ORGANISATION_BASES).describe('how the owner is known'),
  orgLine: line.optional().describe('the line that shows the owner'),
  strategy: z.string().optional().describe('number of a strategy of this document'),
  status: z.enum(PROGRAM_STATUSES).optional(),
  period: z.string().trim().optional(),
  totalBudget: money.optional(),
  nationalSupport: z.string().trim().optional(),
  page: z.number().int().positive().optional(),
  line,
  budgets: z.array(budgetLine).default([]).describe('fiscal-year amounts'),
  projectTotals: z.array(projectTotal).default([]),
  milestones: z.array(milestone).default([]),
  indicators: z.array(indicatorFields.omit({ program: true }).superRefine(valuesAreDistinct)).default([]),
}).strict().superRefine((p, ctx) => {
  if (p.orgBasis === 'NOT_PRINTED' ? p.org != null : p.org == null) {
    ctx.addIssue({ code: 'custom', message: p.org == null ? `an owner known by ${p.orgBasis} needs its org` : 'NOT_PRINTED means no org', path: ['orgBasis'] });
  }
  p.mentions.forEach((m, i) => {
    if (m.line <= p.line) ctx.addIssue({ code: 'custom', message: `line is the first mention: mentions come after line ${p.line}`, path: ['mentions', i, 'line'] });
  });
});

const strategyItem = z.object({ number: text, title: text, line }).strict();
const strategy = z.object({
  number: text,
  title: text,
  org: z.string().optional(),
  vision: z.string().optional(),
  goal: z.string().optional(),
  line,
  items: z.array(strategyItem).default([]),
}).strict();

const unit = z.object({
  org: text,
  year,
  parent: z.string().optional(),
  printedAs: z.string().optional(),
  line,
}).strict();

const staffing = z.object({
  org: text,
  year,
  asOf: z.string().optional(),
  grade: z.string().trim().optional().describe('absent for the unit total'),
  authorized: count.nullable(),
  current: count.nullable(),
  raw: z.string().optional(),
  line,
}).strict();

const orgBudget = budgetLine.and(z.object({ org: text }));

const committee = z.object({
  name: text,
  kind: z.enum(COMMITTEE_KINDS),
  chairs: z.array(text).default([]),
  memberCount: count.nullable().optional(),
  exOfficioCount: count.nullable().optional(),
  appointedCount: count.nullable().optional(),
  org: z.string().optional().describe('managing organisation (ditto marks resolved)'),
  asOf: z.string().optional(),
  date: z.iso.date().optional(),
  line,
}).strict();

const civicOrganisation = z.object({
  name: text,
  representative: z.string().optional(),
  address: z.string().optional(),
  memberCount: count.nullable().optional(),
  corporateMemberCount: count.nullable().optional(),
  membersRaw: z.string().optional(),
  phone: z.string().optional(),
  asOf: z.string().optional(),
  date: z.iso.date().optional(),
  line,
}).strict();

const auditAction = z.object({ summary: text, due: z.string().optional(), line }).strict();
const auditFinding = z.object({
  code: text,
  auditYear: year,
  kind: z.enum(FINDING_KINDS),
  title: text,
  org: z.string().optional(),
  committee: z.string().optional(),
  status: z.string().optional(),
  page: z.number().int().positive().optional(),
  line,
  actions: z.array(auditAction).default([]),
}).strict();

const role = z.object({
  title: text,
  org: z.string().optional(),
  affiliation: z.string().optional().describe('party, constituency or outside body'),
  state: z.enum(ROLE_STATES).optional(),
  since: z.string().optional().describe('date as printed'),
  until: z.string().optional(),
  asOf: z.string().optional(),
  line,
}).strict();
const person = z.object({ name: text, roles: z.array(role).min(1) }).strict();
const vacantPost = role.omit({ state: true });

export const TOTAL_OF = [
  'budget', 'staffing.authorized', 'staffing.current', 'program.totalBudget', 'count.programs',
  'count.auditFindings', 'count.committees', 'count.civicOrganisations', 'committee.members',
  'civic.members',
] as const;
const totalCheck = z.object({
  label: text,
  printed: z.number().nullable().describe('the printed total (in million KRW for money); null when printed blank'),
  printedRaw: z.string().optional(),
  line,
  of: z.enum(TOTAL_OF),
  where: z.object({
    orgs: z.array(text).optional(),
    programs: z.array(text).optional(),
    strategy: z.string().optional(),
    fiscalYear: year.optional(),
    year: year.optional(),
    phase: z.enum(BUDGET_PHASES).optional(),
    quarter: z.number().int().min(1).max(4).optional(),
    category: z.string().optional().describe('"*" for every non-total category'),
    grade: z.string().optional(),
    kind: z.string().optional(),
    status: z.string().optional(),
  }).strict().default({}),
}).strict();

export const documentSeed = z.object({
  document: z.object({
    slug: z.string().regex(/^[a-z0-9-]+$/),
    file: text,
    title: text,
    kind: z.enum(DOCUMENT_KINDS),
    planYear: year,
    publishedOn: z.string().optional(),
    issuer: z.string().optional(),
    line,
  }).strict(),
  units: z.array(unit).default([]),
  staffing: z.array(staffing).default([]),
  budgets: z.array(orgBudget).default([]),
  strategies: z.array(strategy).default([]),
  programs: z.array(program).default([]),
  indicators: z.array(indicator).default([]),
  committees: z.array(committee).default([]),
  civicOrganisations: z.array(civicOrganisation).default([]),
  auditFindings: z.array(auditFinding).default([]),
  people: z.array(person).default([]),
  vacantPosts: z.array(vacantPost).default([]),
  totals: z.array(totalCheck).default([]),
}).strict();


export const organisationRegistry = z.object({
  organisations: z.array(z.object({
    name: text,
    kind: z.enum(ORGANISATION_KINDS),
    aliases: z.array(text).default([]),
    note: z.string().optional(),
  }).strict()),
  /** Where the documents show a unit renamed, succeeded, or its work moved: both units stay, linked. */
  links: z.array(z.object({
    from: text,
    to: text,
    kind: z.enum(LINK_KINDS),
    year,
    reason: text,
    document: z.string().describe('slug of the document that shows it'),
    line,
  }).strict()).default([]),
}).strict();

const seriesMember = z.object({
  id: text.describe('stable id of a program or indicator, e.g. program:plan-2019-planning-coordination:…'),
  reason: text.describe('one line: why this is the same initiative or measure, with document and line'),
}).strict();
const seriesKey = z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes');

/** seeds/series.yaml: curated links of one initiative or measure across documents. */
export const seriesFile = z.object({
  programSeries: z.array(z.object({ key: seriesKey, title: text, members: z.array(seriesMember).min(2) }).strict()).default([]),
  indicatorSeries: z.array(z.object({
    key: seriesKey, name: text, unit: z.string().optional(),
    members: z.array(seriesMember.extend({
      dimension: text.optional().describe('the category of a broken-down indicator that is this measure (지역통계); absent: its totals'),
    })).min(2),
  }).strict()).default([]),
}).strict();

export type DocumentSeed = z.infer<typeof documentSeed>;
export type SeriesFile = z.infer<typeof seriesFile>;
export type OrganisationRegistry = z.infer<typeof organisationRegistry>;
export type ProgramSeed = DocumentSeed['programs'][number];
export type IndicatorSeed = DocumentSeed['indicators'][number];
export type BudgetLineSeed = z.infer<typeof budgetLine>;
