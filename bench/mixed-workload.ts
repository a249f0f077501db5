// The mixed workload of the peer comparison (../shared/peer-bench), as autocannon requests: the
// dashboard, a BI page of 1,000 rows, the relationship walk and the deep graph, in turn.
// bench/memory.ts and bench/workers.ts send it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const operation = (file: string) => readFileSync(join(__dirname, '../schema/operations', file), 'utf8');

export const mixedWorkload = [
  { query: operation('dashboard-program-across-years.graphql'), operationName: 'ProgramAcrossYears', variables: { search: '스마트GIS' } },
  { query: operation('bi-observations.graphql'), operationName: 'BiObservations', variables: { first: 1000 } },
  { query: operation('relationship-walk.graphql'), operationName: 'OrganisationWalk', variables: { id: 'org:기획조정실' } },
  { query: operation('deep-graph.graphql'), operationName: 'DeepGraph', variables: {} },
];

/** autocannon's `requests`: one POST per operation, taken in turn by each connection. */
export const mixedRequests = () => mixedWorkload.map((w) => ({ method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: JSON.stringify(w) }));
