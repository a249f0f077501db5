import type { TypeRead } from '../graph/sql/model';

/** What a concept brings to the graph: its resolver classes (root fields, fields with arguments) and its reads. */
export interface Concept {
  resolvers: Function[];
  reads: TypeRead[];
}
