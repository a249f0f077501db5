// One search over every named record: a single parameterised subquery (a UNION ALL over the
// tables' search_text), ranked substring hits first, then pg_trgm word similarity.
import { GraphQLError } from 'graphql';
import { containsPattern, nameKey } from '../../text';
import { codePointOrder, float, int, sql, subquery, text, texts, type Row } from '../../graph/sql/expr';
import { many, moreFields, readModel } from '../../graph/sql/model';
import { documentOf } from '../documents/document.relations';
import { DEFAULT_SEARCH_HITS, EntityType, MAX_SEARCH_HITS, MAX_SEARCH_TEXT, SearchHitType, type SearchArgs } from './search.type';

/**
 * Below this word_similarity a hit that does not contain the text is dropped. 0.5 keeps one
 * wrong syllable or letter in a term of four or more characters (`스마트GlS` scores 0.57
 * against `스마트GIS인천`) and drops names sharing only a common word (`스마트도시…`: 0.43).
 */
export const MIN_WORD_SIMILARITY = 0.5;

/** Terms shorter than this (in letters and digits) have no trigram of their own (`예산`): substring only. */
export const MIN_SIMILARITY_LENGTH = 3;

export interface SearchTerms {
  /** The text as search_text stores names: NFC, no whitespace, lower case. */
  key: string;
  /** LIKE pattern for "search_text contains key". */
  pattern: string;
  /** Threshold for similarity-only hits; null when the term is too short for trigrams. */
  minSimilarity: number | null;
  limit: number;
}

const badInput = (message: string, argumentName: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName } });

/** Checks the arguments and normalises the text like search_text (see src/text.ts). */
export function searchTerms(textArg: string, first: number | null | undefined): SearchTerms {
  const key = nameKey(textArg).toLowerCase();
  if (!key) throw badInput('text must not be empty or only whitespace', 'text');
  const length = [...key].length;
  if (length > MAX_SEARCH_TEXT) throw badInput(`text must be at most ${MAX_SEARCH_TEXT} characters without whitespace; got ${length}`, 'text');
  const limit = first ?? DEFAULT_SEARCH_HITS;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_HITS) {
    throw badInput(`first must be between 1 and ${MAX_SEARCH_HITS}; got ${first}`, 'first');
  }
  // pg_trgm makes trigrams of letters and digits only: `50%` is a two-character term to it.
  const trigramLength = [...key.replace(/[^\p{L}\p{N}]+/gu, '')].length;
  return { key, pattern: containsPattern(textArg), minSimilarity: trigramLength >= MIN_SIMILARITY_LENGTH ? MIN_WORD_SIMILARITY : null, limit };
}

/**
 * The hits, best first. type_rank follows the EntityType enum. An indicator has no year of its
 * own: it takes its document's plan year, like every other record. Organisations and people
 * span years and documents.
 */
function hits(terms: SearchTerms, kinds: readonly string[]) {
  const minSimilarity = terms.minSimilarity === null ? sql`null::real` : sql`${float(terms.minSimilarity)}::real`;
  return subquery(sql`
    with q as (select ${text(terms.key)} as key, ${text(terms.pattern)} as pattern, ${minSimilarity} as min_similarity),
    record as (
      select 'SOURCE_DOCUMENT' as type, 'SourceDocument' as graphql_type, 1 as type_rank, id, title, plan_year as year, id as document_id, search_text from source_document
      union all select 'ORGANISATION', 'Organisation', 2, id, name, null, null, search_text from organisation
      union all select 'STRATEGY', 'Strategy', 3, id, title, year, document_id, search_text from strategy
      union all select 'PROGRAM', 'Program', 4, id, title, year, document_id, search_text from program
      union all select 'INDICATOR', 'Indicator', 5, i.id, i.name, d.plan_year, i.document_id, i.search_text
        from indicator i join source_document d on d.id = i.document_id
      union all select 'COMMITTEE', 'Committee', 6, id, name, year, document_id, search_text from committee
      union all select 'CIVIC_ORGANISATION', 'CivicOrganisation', 7, id, name, year, document_id, search_text from civic_organisation
      union all select 'AUDIT_FINDING', 'AuditFinding', 8, id, title, year, document_id, search_text from audit_finding
      union all select 'PERSON', 'Person', 9, id, name, null, null, search_text from person
    ),
    scored as (
      select r.type, r.graphql_type, r.type_rank, r.id, r.title, r.year, r.document_id,
        r.search_text like q.pattern as substring_hit, word_similarity(q.key, r.search_text) as similarity, q.min_similarity
      from record r cross join q
      where r.type = any(${texts(kinds)})
    )
    select type, graphql_type, type_rank, id, title, year, document_id, substring_hit,
      round(((case when substring_hit then 1 else 0 end) + similarity)::numeric, 4)::float8 as score
    from scored
    where substring_hit or similarity >= min_similarity
    order by substring_hit desc, score desc, type_rank, year, id collate "C"
    limit ${int(terms.limit)}`);
}

type Hit = Row<{
  type: string; graphql_type: string; type_rank: number; id: string; title: string; year: number | null; document_id: string | null;
  substring_hit: boolean; score: number;
}>;

export const searchHitRead = readModel(SearchHitType, 'SearchHit', {
  columns: (h: Hit) => ({ type: h.type as never, id: h.id, title: h.title, year: h.year, score: h.score }),
  relations: {
    document: documentOf,
    node: { kind: 'anyNode', typeOf: (h: Hit) => h.graphql_type, id: (h: Hit) => h.id },
  },
});

export const searchQueries = moreFields('Query', {
  search: many((_row: unknown, args: SearchArgs) => {
    const terms = searchTerms(args.text, args.first);
    const kinds = [...new Set(args.types ?? Object.values(EntityType))];
    return {
      from: hits(terms, kinds),
      orderBy: (h: Hit) => [sql`${h.substring_hit} desc`, sql`${h.score} desc`, h.type_rank, h.year, codePointOrder(h.id)],
    };
  }),
});
