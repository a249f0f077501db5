import 'reflect-metadata';
import { Field, ID, InterfaceType } from 'type-graphql';
import { TYPE_KEY } from './sql/model';

/** Which GraphQL type an id belongs to: ids carry their type as a prefix (`program:…`); a bare slug is a document. */
export const TYPE_BY_ID_PREFIX: Record<string, string> = {
  org: 'Organisation', strategy: 'Strategy', program: 'Program', indicator: 'Indicator', committee: 'Committee',
  civic: 'CivicOrganisation', finding: 'AuditFinding', person: 'Person',
  programSeries: 'ProgramSeries', indicatorSeries: 'IndicatorSeries',
};

export function typeNameForId(id: string): string | undefined {
  const prefix = id.includes(':') ? id.slice(0, id.indexOf(':')) : null;
  return prefix === null ? 'SourceDocument' : TYPE_BY_ID_PREFIX[prefix];
}

@InterfaceType({
  description: 'A record with a stable global id, fetchable with `node(id)`. 고유 ID를 가진 레코드.',
  // the compiled JSON of an object in an abstract position names its type (sql/compile.ts)
  resolveType: (value: Record<string, string>) => value[TYPE_KEY] ?? typeNameForId(value.id),
})
export abstract class Node {
  @Field(() => ID, { description: 'Stable id derived from content; never changes between loads. 고유 ID.' })
  id!: string;
}

/**
 * The type of a non-null related record in a GraphQL class (`document!: Related<SourceDocumentType>`).
 * A class annotation would be emitted as decorator metadata, evaluated when the class is
 * defined, which fails in a cycle of imports; through this alias the metadata says Object,
 * and type-graphql takes the type from the field's thunk.
 */
export type Related<T> = T;
