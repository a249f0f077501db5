import { Field, ID, InterfaceType } from 'type-graphql';

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
  resolveType: (value: { id: string }) => typeNameForId(value.id),
})
export abstract class Node {
  @Field(() => ID, { description: 'Stable id derived from content; never changes between loads. 고유 ID.' })
  id!: string;
}
