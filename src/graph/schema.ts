// The schema and its read compiler, built once per process from the concepts (domain/concepts.ts).
import 'reflect-metadata';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CONCEPTS } from '../domain/concepts';
import { readField } from './read-field';
import { ReadCompiler } from './sql/compile';

export interface HubGraph {
  schema: GraphQLSchema;
  compiler: ReadCompiler;
}

let built: Promise<HubGraph> | undefined;

async function buildHubGraph(): Promise<HubGraph> {
  const schema = await buildSchema({ resolvers: CONCEPTS.flatMap((c) => c.resolvers) as [Function, ...Function[]], validate: false });
  const query = schema.getQueryType()!;
  // type-graphql has no option for the root type's description.
  query.description = 'Incheon Plan Hub: planning documents of Incheon Metropolitan City, 2018–2022, as one graph. 인천광역시 계획 문서 데이터 허브.';
  const compiler = new ReadCompiler(schema, CONCEPTS.flatMap((c) => c.reads));
  // Below the root, every field's value is already in its parent's JSON (graphql-js path).
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type === query || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) field.resolve = readField;
  }
  return { schema, compiler };
}

/** Built once per process: type-graphql's metadata is global, and building is the slow part of a start. */
export function hubGraph(): Promise<HubGraph> {
  built ??= buildHubGraph();
  return built;
}

export const hubSchema = async (): Promise<GraphQLSchema> => (await hubGraph()).schema;
