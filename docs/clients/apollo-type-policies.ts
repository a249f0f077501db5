// Apollo Client type policies for the hub: every record has a globally unique `id` (Node), so
// the default normalisation (`__typename:id`) applies as is; the connections need a merge
// that appends a page fetched with `after` (fetchMore) to the pages already read.
//   new ApolloClient({ link, cache: new InMemoryCache({ typePolicies: hubTypePolicies }) })
import type { FieldPolicy, TypePolicies } from '@apollo/client';

interface Page { nodes?: unknown[]; edges?: unknown[]; pageInfo?: unknown; totalCount?: number }

/** One list per (filter, orderBy): a page read with `after` continues it, a page without `after` starts it over. */
export function connectionPolicy(keyArgs: string[] = ['filter', 'orderBy']): FieldPolicy<Page> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      const merged: Page = { ...incoming };
      if (incoming.nodes) merged.nodes = [...(existing.nodes ?? []), ...incoming.nodes];
      if (incoming.edges) merged.edges = [...(existing.edges ?? []), ...incoming.edges];
      return merged;
    },
  };
}

/** The root lists a client pages through; add the nested ones you page (Organisation.programs …) the same way. */
export const hubTypePolicies: TypePolicies = {
  Query: {
    fields: {
      programs: connectionPolicy(),
      indicators: connectionPolicy(),
      strategies: connectionPolicy(),
      committees: connectionPolicy(),
      auditFindings: connectionPolicy(),
      indicatorObservations: connectionPolicy(['filter']),
      budgetFacts: connectionPolicy(['filter']),
      programSeries: connectionPolicy(),
      indicatorSeries: connectionPolicy(),
    },
  },
};
