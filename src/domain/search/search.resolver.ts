import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../graph/context';
import { DEFAULT_SEARCH_HITS, MAX_SEARCH_HITS, SearchArgs, SearchHitType } from './search.type';

/**
 * Cost of a search: `first` (clamped to the allowed range, so an out-of-range value reaches the
 * precise error instead of the cost limit) times what each hit selects.
 */
export const searchComplexity = ({ args, childComplexity }: { args: { first?: number | null }; childComplexity: number }) =>
  Math.min(Math.max(args.first ?? DEFAULT_SEARCH_HITS, 0), MAX_SEARCH_HITS) * Math.max(childComplexity, 1);

@Resolver()
export class SearchQueries {
  @Query(() => [SearchHitType], {
    description: 'Records of every kind whose name or title matches the text, best first: those containing it (ignoring case and whitespace), then similar ones (pg_trgm word similarity, so a term with one wrong letter or syllable can still find its record; terms of one or two letters or digits match as substrings only). Ties go by type, year and id. 통합 검색.',
    complexity: searchComplexity,
  })
  search(@Args() _args: SearchArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return ctx.readRoot(info);
  }
}
