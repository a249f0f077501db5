// Candidate series links for a person to confirm into seeds/series.yaml: programs (and,
// separately, indicators) of documents with different plan years whose titles are alike by
// pg_trgm. It proposes only; nothing here writes.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Document } from 'yaml';

export const SERIES_KINDS = ['programs', 'indicators'] as const;
export type SeriesKind = (typeof SERIES_KINDS)[number];

export const DEFAULT_MIN_SCORE = 0.4;
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 10_000;

export interface SuggestOptions {
  kinds?: readonly SeriesKind[];
  /** Lowest pg_trgm similarity shown, 0–1. */
  minScore?: number;
  /** At most this many pairs, best first, over all kinds. */
  limit?: number;
  /** Also show pairs already in one series (marked `linked`); hidden by default. */
  includeLinked?: boolean;
}

/** One record of a candidate pair, with what a reviewer needs to find it in its document. */
export interface CandidateRecord {
  id: string;
  title: string;
  unit: string | null;
  documentId: string;
  planYear: number;
  sourceLine: number;
  organisation: string | null;
  /** Key of the curated series the record is in already, if any. */
  seriesKey: string | null;
}

/**
 * new: neither record is in a series; joins-series: one is, so the other would join it;
 * across-series: each is in a different series (the loader allows one series per record);
 * linked: both are in the same series already (shown only with includeLinked).
 */
export type CandidateLink = 'new' | 'joins-series' | 'across-series' | 'linked';

export interface SeriesCandidate {
  kind: SeriesKind;
  /** pg_trgm similarity of the two search_text keys, rounded to 4 places. */
  score: number;
  /** The higher word_similarity of either title within the other: near 1 when one title contains the other. */
  wordSimilarity: number;
  link: CandidateLink;
  /** The record of the earlier plan year. */
  earlier: CandidateRecord;
  later: CandidateRecord;
}

export interface SuggestResult {
  options: Required<SuggestOptions>;
  /** Best first: score, then word similarity, kind, years and ids. */
  candidates: SeriesCandidate[];
  /** Pairs at or above minScore per kind (the linked ones included only with includeLinked). */
  matched: Record<SeriesKind, number>;
  /** Pairs at or above minScore already in one series. */
  alreadyLinked: Record<SeriesKind, number>;
}

export class SuggestOptionsError extends Error {}

// Each kind reads as the same record shape (json, as CandidateRecord); an indicator without an
// organisation of its own takes its program's.
const RECORDS: Record<SeriesKind, string> = {
  programs: `
    select p.id, split_part(p.search_text, E'\n', 1) as search_text, d.plan_year, s.key as series_key,
      json_build_object('id', p.id, 'title', p.title, 'unit', null, 'documentId', p.document_id, 'planYear', d.plan_year,
        'sourceLine', p.source_line, 'organisation', o.name, 'seriesKey', s.key) as record
    from program p
    join source_document d on d.id = p.document_id
    left join organisation o on o.id = p.organisation_id
    left join program_series_member m on m.program_id = p.id
    left join program_series s on s.id = m.series_id`,
  indicators: `
    select i.id, i.search_text, d.plan_year, s.key as series_key,
      json_build_object('id', i.id, 'title', i.name, 'unit', i.unit, 'documentId', i.document_id, 'planYear', d.plan_year,
        'sourceLine', i.source_line, 'organisation', o.name, 'seriesKey', s.key) as record
    from indicator i
    join source_document d on d.id = i.document_id
    left join program p on p.id = i.program_id
    left join organisation o on o.id = coalesce(i.organisation_id, p.organisation_id)
    left join indicator_series_member m on m.indicator_id = i.id
    left join indicator_series s on s.id = m.series_id`,
};

/**
 * One statement per kind. `a.plan_year < b.plan_year` pairs only documents of different plan
 * years (so never two records of one document) and lists each pair once, earlier year first.
 * search_text is the title's key (NFC, lower case, no whitespace: src/text.ts; a program's lists the
 * wording of each of its mentions after it, and only the title's line is compared), which pg_trgm
 * compares on letters and digits only, so `"스마트GIS인천"` and `'스마트GIS인천'` are equal.
 * The score is `similarity`, symmetric in the two titles. `word_similarity` is shown beside it
 * but selects nothing: on these seeds it scores pairs sharing only a phrase (`시민중심의 웹서비스
 * 강화` / `시민중심의 직접 소통 강화`: 0.42) as high as real renamings.
 * A full cross join: a few hundred records per kind compare in about half a second. The counts
 * come back on every row, and on one row of nulls when no pair is shown.
 */
function pairsSql(records: string): string {
  return `
with record as (${records}),
pair as (
  select a.id as a_id, b.id as b_id, a.plan_year as a_plan_year, b.plan_year as b_plan_year,
    a.record as earlier, b.record as later,
    round(similarity(a.search_text, b.search_text)::numeric, 4)::float8 as score,
    round(greatest(word_similarity(a.search_text, b.search_text), word_similarity(b.search_text, a.search_text))::numeric, 4)::float8 as word_similarity,
    coalesce(a.series_key = b.series_key, false) as linked
  from record a
  join record b on a.plan_year < b.plan_year
  where similarity(a.search_text, b.search_text) >= ?::real
),
shown as (select * from pair where ?::boolean or not linked),
top as (select * from shown order by score desc, word_similarity desc, a_plan_year, b_plan_year, a_id collate "C", b_id collate "C" limit ?),
counts as (select (select count(*) from shown)::int as matched, (select count(*) from pair where linked)::int as already_linked)
select counts.*, top.earlier, top.later, top.score, top.word_similarity
from counts left join top on true
order by top.score desc, top.word_similarity desc, top.a_plan_year, top.b_plan_year, top.a_id collate "C", top.b_id collate "C"`;
}

interface PairRow {
  matched: number;
  already_linked: number;
  /** null on the single row of a kind with no pair shown */
  earlier: CandidateRecord | null;
  later: CandidateRecord;
  score: number;
  word_similarity: number;
}

/** Defaults filled in; throws SuggestOptionsError naming the bad option. */
export function resolveSuggestOptions(options: SuggestOptions): Required<SuggestOptions> {
  const resolved = {
    kinds: [...new Set(options.kinds ?? SERIES_KINDS)],
    minScore: options.minScore ?? DEFAULT_MIN_SCORE,
    limit: options.limit ?? DEFAULT_LIMIT,
    includeLinked: options.includeLinked ?? false,
  };
  const unknown = resolved.kinds.filter((k) => !SERIES_KINDS.includes(k));
  if (unknown.length) throw new SuggestOptionsError(`unknown kind ${unknown.join(', ')}: use programs, indicators or all`);
  if (!Number.isFinite(resolved.minScore) || resolved.minScore < 0 || resolved.minScore > 1) {
    throw new SuggestOptionsError(`min-score must be a number from 0 to 1; got ${options.minScore}`);
  }
  if (!Number.isInteger(resolved.limit) || resolved.limit < 1 || resolved.limit > MAX_LIMIT) {
    throw new SuggestOptionsError(`limit must be a whole number from 1 to ${MAX_LIMIT}; got ${options.limit}`);
  }
  return resolved;
}

function linkOf(a: string | null, b: string | null): CandidateLink {
  if (a && b) return a === b ? 'linked' : 'across-series';
  return a || b ? 'joins-series' : 'new';
}

/** Same order as the SQL's (ids by code point), so merging the kinds' top rows keeps the overall top `limit`. */
function bestFirst(x: SeriesCandidate, y: SeriesCandidate): number {
  const byText = (p: string, q: string) => (p < q ? -1 : p > q ? 1 : 0);
  return y.score - x.score || y.wordSimilarity - x.wordSimilarity || SERIES_KINDS.indexOf(x.kind) - SERIES_KINDS.indexOf(y.kind)
    || x.earlier.planYear - y.earlier.planYear || x.later.planYear - y.later.planYear
    || byText(x.earlier.id, y.earlier.id) || byText(x.later.id, y.later.id);
}

/** Candidate pairs, best first; reads only (one SELECT per kind). */
export async function suggestSeriesCandidates(em: EntityManager, options: SuggestOptions = {}): Promise<SuggestResult> {
  const resolved = resolveSuggestOptions(options);
  const matched: Record<SeriesKind, number> = { programs: 0, indicators: 0 };
  const alreadyLinked: Record<SeriesKind, number> = { programs: 0, indicators: 0 };
  const candidates: SeriesCandidate[] = [];
  for (const kind of resolved.kinds) {
    const rows = await em.execute<PairRow[]>(pairsSql(RECORDS[kind]), [resolved.minScore, resolved.includeLinked, resolved.limit], 'all');
    matched[kind] = rows[0].matched;
    alreadyLinked[kind] = rows[0].already_linked;
    for (const row of rows) {
      if (!row.earlier) continue;
      candidates.push({
        kind, score: row.score, wordSimilarity: row.word_similarity, link: linkOf(row.earlier.seriesKey, row.later.seriesKey),
        earlier: row.earlier, later: row.later,
      });
    }
  }
  return { options: resolved, candidates: candidates.sort(bestFirst).slice(0, resolved.limit), matched, alreadyLinked };
}

const KIND_LABEL: Record<SeriesKind, string> = { programs: 'program', indicators: 'indicator' };

function linkLabel(c: SeriesCandidate): string {
  const { earlier: a, later: b } = c;
  switch (c.link) {
    case 'new': return 'new';
    case 'joins-series': return `joins ${a.seriesKey ?? b.seriesKey}`;
    case 'across-series': return `across ${a.seriesKey} / ${b.seriesKey}`;
    case 'linked': return `linked ${a.seriesKey}`;
  }
}

/** Hangul, CJK and fullwidth forms take two terminal columns. */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
const displayWidth = (text: string) => [...text].reduce((w, ch) => w + (WIDE.test(ch) ? 2 : 1), 0);
const padTo = (text: string, width: number, right = false) => {
  const pad = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? pad + text : text + pad;
};

const titleOf = (r: CandidateRecord) => (r.unit ? `${r.title} [${r.unit}]` : r.title);

export function summaryLine({ options, candidates, matched, alreadyLinked }: SuggestResult): string {
  const total = options.kinds.reduce((n, k) => n + matched[k], 0);
  const linked = options.kinds.reduce((n, k) => n + alreadyLinked[k], 0);
  const perKind = options.kinds.map((k) => `${k} ${matched[k]}`).join(', ');
  return `${candidates.length} of ${total} candidate pairs shown (${perKind}) at similarity ≥ ${options.minScore.toFixed(2)}; `
    + `${linked} pairs already in one series ${options.includeLinked ? 'included, marked linked' : 'hidden (--include-linked shows them)'}. `
    + 'Proposals only: nothing was written; confirm each into seeds/series.yaml.';
}

/** Two lines per pair: the earlier record on the first (with score, years and link), the later one below. */
export function candidatesTable(result: SuggestResult): string {
  const header = ['#', 'score', 'word', 'years', 'kind', 'link', 'title', 'organisation', 'line', 'id'];
  const rows = result.candidates.flatMap((c, i) => [
    [String(i + 1), c.score.toFixed(2), c.wordSimilarity.toFixed(2), `${c.earlier.planYear}→${c.later.planYear}`, KIND_LABEL[c.kind], linkLabel(c),
      titleOf(c.earlier), c.earlier.organisation ?? '-', String(c.earlier.sourceLine), c.earlier.id],
    ['', '', '', '', '', '', titleOf(c.later), c.later.organisation ?? '-', String(c.later.sourceLine), c.later.id],
  ]);
  const numeric = new Set([0, 1, 2, 8]);
  const widths = header.map((h, col) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[col]))));
  const format = (cells: string[]) => cells.map((cell, col) => padTo(cell, col === cells.length - 1 ? 0 : widths[col], numeric.has(col))).join('  ').trimEnd();
  return [format(header), ...rows.map(format), '', summaryLine(result)].join('\n') + '\n';
}

function member(self: CandidateRecord, other: CandidateRecord, score: number) {
  return {
    id: self.id,
    reason: `TODO why the same: «${self.title}» (${self.documentId} line ${self.sourceLine}) ~ «${other.title}» (${other.documentId} line ${other.sourceLine}), similarity ${score.toFixed(2)}`,
  };
}

function candidateComment(c: SeriesCandidate): string {
  const head = ` ${c.score.toFixed(2)} (word ${c.wordSimilarity.toFixed(2)}) ${c.earlier.planYear}→${c.later.planYear} ${linkLabel(c)}`;
  const inSeries = c.earlier.seriesKey ? c.earlier : c.later;
  switch (c.link) {
    case 'new': return head;
    case 'joins-series': return `${head}\n ${inSeries.id} is in series ${inSeries.seriesKey} already: add the other member there instead`;
    case 'across-series': return `${head}\n each is in a different series, and a record can be in one only: merge the two or leave them`;
    case 'linked': return `${head}\n both are in series ${c.earlier.seriesKey} already: nothing to add`;
  }
}

/**
 * `programSeries` / `indicatorSeries` entries in the shape of seeds/series.yaml, one per pair.
 * The keys are TODO placeholders that fail the seed check on purpose: a person confirms each.
 */
export function candidatesYaml(result: SuggestResult): string {
  const doc = new Document();
  // Members one per line in flow style, like the curated file; each entry headed by its score and link.
  const entryNode = (c: SeriesCandidate, n: number) => {
    const members = [member(c.earlier, c.later, c.score), member(c.later, c.earlier, c.score)].map((m) => {
      const node = doc.createNode(m);
      node.flow = true;
      return node;
    });
    const unit = c.earlier.unit === c.later.unit && c.later.unit ? { unit: c.later.unit } : {};
    const node = doc.createNode(c.kind === 'programs'
      ? { key: `TODO-${n}`, title: c.later.title, members }
      : { key: `TODO-${n}`, name: c.later.title, ...unit, members });
    node.commentBefore = candidateComment(c);
    return node;
  };
  const numbered = result.candidates.map((c, i) => entryNode(c, i + 1));
  const sections = { programs: 'programSeries', indicators: 'indicatorSeries' } as const;
  doc.contents = doc.createNode(Object.fromEntries(result.options.kinds.map((kind) =>
    [sections[kind], numbered.filter((_, i) => result.candidates[i].kind === kind)])));
  doc.commentBefore = [
    ` ${summaryLine(result)}`,
    ' Check each pair against its documents, write the reasons and a key (TODO fails the seed check on purpose),',
    ' then paste the entry into seeds/series.yaml and run `npm run seed`.',
  ].join('\n');
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
