// One search over every named record: a single parameterised statement (a UNION ALL over
// the tables' search_text), ranked substring hits first, then pg_trgm word similarity.
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { sql } from '../../graph/batch';
import type { HubContext, Row } from '../../graph/context';
import type { Loaders } from '../../graph/loaders';
import { Node } from '../../graph/node';
import { containsPattern, nameKey } from '../../text';
import { SourceDocumentType } from '../documents/document.type';
import {
  DEFAULT_SEARCH_HITS, EntityType, MAX_SEARCH_HITS, MAX_SEARCH_TEXT, SearchArgs, SearchHitType,
} from './search.type';

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

function badInput(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName } });
}

/** Checks the arguments and normalises the text like search_text (see src/text.ts). */
export function searchTerms(text: string, first: number | null | undefined): SearchTerms {
  const key = nameKey(text).toLowerCase();
  if (!key) throw badInput('text must not be empty or only whitespace', 'text');
  const length = [...key].length;
  if (length > MAX_SEARCH_TEXT) throw badInput(`text must be at most ${MAX_SEARCH_TEXT} characters without whitespace; got ${length}`, 'text');
  const limit = first ?? DEFAULT_SEARCH_HITS;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_HITS) {
    throw badInput(`first must be between 1 and ${MAX_SEARCH_HITS}; got ${first}`, 'first');
  }
  // pg_trgm makes trigrams of letters and digits only: `50%` is a two-character term to it.
  const trigramLength = [...key.replace(/[^\p{L}\p{N}]+/gu, '')].length;
  return { key, pattern: containsPattern(text), minSimilarity: trigramLength >= MIN_SIMILARITY_LENGTH ? MIN_WORD_SIMILARITY : null, limit };
}

// type_rank follows the EntityType enum. An indicator has no year of its own: it takes its
// document's plan year, like every other record. Organisations and people span years and documents.
const SEARCH_SQL = `
with q as (select ?::text as key, ?::text as pattern, ?::real as min_similarity),
record as (
  select 'SOURCE_DOCUMENT' as type, 1 as type_rank, id, title, plan_year as year, id as document_id, search_text from source_document
  union all select 'ORGANISATION', 2, id, name, null, null, search_text from organisation
  union all select 'STRATEGY', 3, id, title, year, document_id, search_text from strategy
  union all select 'PROGRAM', 4, id, title, year, document_id, search_text from program
  union all select 'INDICATOR', 5, i.id, i.name, d.plan_year, i.document_id, i.search_text
    from indicator i join source_document d on d.id = i.document_id
  union all select 'COMMITTEE', 6, id, name, year, document_id, search_text from committee
  union all select 'CIVIC_ORGANISATION', 7, id, name, year, document_id, search_text from civic_organisation
  union all select 'AUDIT_FINDING', 8, id, title, year, document_id, search_text from audit_finding
  union all select 'PERSON', 9, id, name, null, null, search_text from person
),
scored as (
  select r.type, r.type_rank, r.id, r.title, r.year, r.document_id,
    r.search_text like q.pattern as substring_hit, word_similarity(q.key, r.search_text) as similarity, q.min_similarity
  from record r cross join q
  where r.type in (?)
)
select type, id, title, year, document_id,
  round(((case when substring_hit then 1 else 0 end) + similarity)::numeric, 4)::float8 as score
from scored
where substring_hit or similarity >= min_similarity
order by substring_hit desc, score desc, type_rank, year, id
limit ?`;

interface SearchRow { type: EntityType; id: string; title: string; year: number | null; document_id: string | null; score: number }

/** The hits of one search, best first: exactly one SQL statement (none for an empty `types`). */
export async function searchHits(em: EntityManager, { text, types, first }: SearchArgs): Promise<SearchHitType[]> {
  const terms = searchTerms(text, first);
  const kinds = types ?? Object.values(EntityType);
  if (kinds.length === 0) return [];
  const rows = await sql<SearchRow>(em, SEARCH_SQL, [terms.key, terms.pattern, terms.minSimilarity, [...new Set(kinds)], terms.limit]);
  return rows.map((r) => ({ type: r.type, id: r.id, title: r.title, year: r.year, documentId: r.document_id, score: r.score }));
}

/**
 * Cost of a search: `first` (clamped to the allowed range, so an out-of-range value reaches the
 * resolver's precise error instead of the cost limit) times what each hit selects.
 */
export const searchComplexity = ({ args, childComplexity }: { args: { first?: number | null }; childComplexity: number }) =>
  Math.min(Math.max(args.first ?? DEFAULT_SEARCH_HITS, 0), MAX_SEARCH_HITS) * Math.max(childComplexity, 1);

/** The per-request loader of each kind's rows by id: node resolution batches one statement per kind. */
const loaderOf: Record<EntityType, (loaders: Loaders) => { load(id: string): Promise<unknown> }> = {
  SOURCE_DOCUMENT: (l) => l.documentById,
  ORGANISATION: (l) => l.organisationById,
  STRATEGY: (l) => l.strategyById,
  PROGRAM: (l) => l.programById,
  INDICATOR: (l) => l.indicatorById,
  COMMITTEE: (l) => l.committeeById,
  CIVIC_ORGANISATION: (l) => l.civicOrganisationById,
  AUDIT_FINDING: (l) => l.auditFindingById,
  PERSON: (l) => l.personById,
};

@Resolver(() => SearchHitType)
export class SearchResolver {
  @Query(() => [SearchHitType], {
    description: 'Records of every kind whose name or title matches the text, best first: those containing it (ignoring case and whitespace), then similar ones (pg_trgm word similarity, so a term with one wrong letter or syllable can still find its record; terms of one or two letters or digits match as substrings only). Ties go by type, year and id. 통합 검색.',
    complexity: searchComplexity,
  })
  search(@Args() args: SearchArgs, @Ctx() { em }: HubContext): Promise<SearchHitType[]> {
    return searchHits(em, args);
  }

  @FieldResolver(() => SourceDocumentType, {
    nullable: true,
    description: 'Document the record is drawn from (a document: itself); null for organisations and people. 출처 문서.',
  })
  document(@Root() hit: Row<SearchHitType>, @Ctx() { loaders }: HubContext) {
    return hit.documentId ? loaders.documentById.load(hit.documentId) : null;
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The record itself, as `node(id)` returns it. 레코드.' })
  node(@Root() hit: Row<SearchHitType>, @Ctx() { loaders }: HubContext) {
    return loaderOf[hit.type](loaders).load(hit.id);
  }
}
