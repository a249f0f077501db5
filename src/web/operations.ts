// Named operations at stable URLs. The files of schema/operations are a catalogue: each query in
// them runs at GET /operations/{OperationName}?variable=value… (variables typed by the
// operation, web/query-params.ts), through the same GraphQL pipeline as POST /graphql (limits,
// cost, logging, the one-statement read path). Only catalogue operations run there: a URL names
// a reviewed query, never an arbitrary one. A query whose answer is a flat list (a connection's
// nodes, or a list of rows) also comes as CSV (`format=csv`), and the flat tables are exported
// whole, page after page, at /export/{table}.csv.
import { readdirSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import express from 'express';
import {
  getNamedType, GraphQLError, isInputObjectType, isListType, isNonNullType, isObjectType, Kind, parse, print, typeFromAST,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLInputType, type GraphQLOutputType, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { stringify } from 'csv-stringify/sync';
import type { HubContext } from '../graph/context';
import { paramsToValues, QueryParamError, type QueryParams } from './query-params';

export const OPERATIONS_DIR = join(__dirname, '../../schema/operations');
/** Rows per page when an export walks a whole table (the API's largest page). */
const EXPORT_PAGE = 1000;

export interface CatalogueVariable { name: string; type: string; required: boolean; defaultValue: unknown; inputType: GraphQLInputType }

export interface CatalogueOperation {
  name: string;
  file: string;
  description: string;
  /** The operation with the fragments of its file: what runs. */
  query: string;
  variables: CatalogueVariable[];
  /** Where the rows of a flat answer are (`indicatorObservations.nodes`), and their columns; null for a tree. */
  table: { rows: string[]; columns: string[][]; pageInfo: boolean } | null;
}

/** Every query of schema/operations, by operation name (names are unique across the files). */
export function loadCatalogue(schema: GraphQLSchema, dir = OPERATIONS_DIR): Map<string, CatalogueOperation> {
  const catalogue = new Map<string, CatalogueOperation>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort()) {
    const source = readFileSync(join(dir, file), 'utf8');
    const document = parse(source);
    const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
    let previousEnd = 0;
    for (const definition of document.definitions) {
      const start = definition.loc!.start;
      const comment = source.slice(previousEnd, start).split('\n').map((l) => l.trim()).filter((l) => l.startsWith('#'))
        .map((l) => l.replace(/^#\s?/u, '')).join(' ');
      previousEnd = definition.loc!.end;
      if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'query' || !definition.name) continue;
      const name = definition.name.value;
      if (catalogue.has(name)) throw new Error(`schema/operations/${file}: operation ${name} is also in ${catalogue.get(name)!.file}`);
      const own: DocumentNode = { kind: Kind.DOCUMENT, definitions: [definition, ...fragments] };
      catalogue.set(name, {
        name, file, description: comment,
        query: print(own),
        variables: (definition.variableDefinitions ?? []).map((v) => ({
          name: v.variable.name.value,
          type: print(v.type),
          required: v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue,
          defaultValue: v.defaultValue ? print(v.defaultValue) : null,
          inputType: typeFromAST(schema, v.type as never) as GraphQLInputType,
        })),
        table: flatTable(schema, definition, fragments),
      });
    }
  }
  return catalogue;
}

/** The rows of an answer with one root field that is a list of flat rows (a connection's nodes, or a list). */
function flatTable(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: FragmentDefinitionNode[]) {
  const roots = fieldsOf(operation.selectionSet, fragments).filter((f) => f.name !== '__typename');
  if (roots.length !== 1) return null;
  const [root] = roots;
  const fieldType = schema.getQueryType()!.getFields()[root.name]?.type;
  if (!fieldType || !root.selectionSet) return null;
  const nodes = fieldsOf(root.selectionSet, fragments).find((f) => f.name === 'nodes');
  const unwrapped = isNonNullType(fieldType) ? fieldType.ofType : fieldType;
  if (nodes?.selectionSet) {
    const columns = columnsOf(schema, getNamedType(fieldType) as never, nodes, fragments);
    const pageInfo = fieldsOf(root.selectionSet, fragments).some((f) => f.name === 'pageInfo');
    return columns ? { rows: [root.key, nodes.key], columns, pageInfo } : null;
  }
  if (isListType(unwrapped)) {
    const columns = columnsOfSelection(schema, getNamedType(fieldType) as never, root.selectionSet, fragments);
    return columns ? { rows: [root.key], columns, pageInfo: false } : null;
  }
  return null;
}

interface SelectedField { key: string; name: string; selectionSet?: SelectionSetNode }

function fieldsOf(selectionSet: SelectionSetNode, fragments: FragmentDefinitionNode[]): SelectedField[] {
  return selectionSet.selections.flatMap((s): SelectedField[] => {
    if (s.kind === Kind.FIELD) return [{ key: s.alias?.value ?? s.name.value, name: s.name.value, selectionSet: s.selectionSet }];
    if (s.kind === Kind.INLINE_FRAGMENT) return fieldsOf(s.selectionSet, fragments);
    const fragment = fragments.find((f) => f.name.value === s.name.value);
    return fragment ? fieldsOf(fragment.selectionSet, fragments) : [];
  });
}

function columnsOf(schema: GraphQLSchema, connection: GraphQLOutputType, nodes: SelectedField, fragments: FragmentDefinitionNode[]) {
  const named = getNamedType(connection);
  if (!isObjectType(named)) return null;
  return columnsOfSelection(schema, getNamedType(named.getFields().nodes.type) as never, nodes.selectionSet!, fragments);
}

/** Column paths of a row selection; null when a row holds a list (not flat). */
function columnsOfSelection(schema: GraphQLSchema, rowType: GraphQLOutputType, selectionSet: SelectionSetNode, fragments: FragmentDefinitionNode[]): string[][] | null {
  const named = getNamedType(rowType);
  if (!isObjectType(named)) return null;
  const columns: string[][] = [];
  for (const field of fieldsOf(selectionSet, fragments)) {
    if (field.name === '__typename') { columns.push([field.key]); continue; }
    const type = named.getFields()[field.name]?.type;
    if (!type) return null;
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) return null;
    if (!field.selectionSet) { columns.push([field.key]); continue; }
    const nested = columnsOfSelection(schema, inner, field.selectionSet, fragments);
    if (!nested) return null;
    columns.push(...nested.map((path) => [field.key, ...path]));
  }
  return columns;
}

/** A column's name: its path in camel case (`organisation.name` is organisationName). */
export const columnName = (path: string[]) => path.map((p, i) => (i ? p[0].toUpperCase() + p.slice(1) : p)).join('');

const at = (value: unknown, path: string[]): unknown => path.reduce<unknown>((v, k) => (v == null ? null : (v as Record<string, unknown>)[k]), value);

/** CSV for spreadsheets: UTF-8 with a byte-order mark (Excel then reads Korean correctly), a header row, CRLF. */
export const CSV_BOM = '\uFEFF';
export const csvRows = (rows: unknown[][]) => stringify(rows, { record_delimiter: 'windows', cast: { boolean: (b) => String(b) } });

type ContextFactory = (req: express.Request, res: express.Response) => HubContext;

interface Ran { status: number; body: { data?: Record<string, unknown> | null; errors?: readonly unknown[]; extensions?: unknown } }

async function run(apollo: ApolloServer<HubContext>, context: () => HubContext, op: CatalogueOperation, variables: Record<string, unknown>): Promise<Ran> {
  const response = await apollo.executeOperation({ query: op.query, operationName: op.name, variables }, { contextValue: context() });
  if (response.body.kind !== 'single') throw new Error('incremental delivery is not used here');
  const body = response.body.singleResult as Ran['body'];
  const status = response.http.status ?? (body.data === undefined ? 400 : 200);
  return { status, body };
}

const sendJsonError = (res: express.Response, err: GraphQLError) =>
  res.status((err.extensions.http as { status?: number } | undefined)?.status ?? 400).json({ errors: [{ message: err.message, extensions: { code: err.extensions.code, parameter: err.extensions.parameter } }] });

/** The slots a URL can fill: the operation's variables. */
const variableSlots = (op: CatalogueOperation) => new Map(op.variables.map((v) => [v.name, v.inputType]));

/** The flat tables exported whole: URL name → catalogue operation (a connection with $first, $after and $filter). */
export const EXPORTS: Record<string, string> = {
  'indicator-observations': 'BiObservations',
  'budget-facts': 'BiBudgetFacts',
  programs: 'ProgramTable',
};

export function operationRoutes(apollo: ApolloServer<HubContext>, schema: GraphQLSchema, context: ContextFactory): express.Router {
  const catalogue = loadCatalogue(schema);
  for (const [table, name] of Object.entries(EXPORTS)) {
    const op = catalogue.get(name);
    if (!op?.table?.pageInfo || !['first', 'after', 'filter'].every((v) => op.variables.some((x) => x.name === v))) {
      throw new Error(`export ${table}: ${name} must be a catalogue query of a connection with $first, $after and $filter`);
    }
  }
  const router = express.Router();

  router.get('/operations', (req, res) => {
    const base = `${req.protocol}://${req.get('host')}`;
    res.json({
      operations: [...catalogue.values()].map((op) => ({
        name: op.name, file: `schema/operations/${op.file}`, description: op.description,
        variables: op.variables.map(({ inputType, ...v }) => v),
        url: `${base}/operations/${op.name}`,
        csv: op.table ? `${base}/operations/${op.name}?format=csv` : null,
        columns: op.table?.columns.map(columnName) ?? null,
      })),
      exports: Object.entries(EXPORTS).map(([table, name]) => ({ table, url: `${base}/export/${table}.csv`, operation: name })),
    });
  });

  router.get('/operations/:name', async (req, res, next) => {
    const op = catalogue.get(req.params.name);
    if (!op) {
      res.status(404).json({ errors: [{ message: `no operation ${req.params.name} in the catalogue; GET /operations lists them`, extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    const format = req.query.format ?? 'json';
    try {
      if (format !== 'json' && format !== 'csv') throw new QueryParamError(`format must be json or csv; got ${String(format)}`, 'format');
      if (format === 'csv' && !op.table) throw new QueryParamError(`${op.name} answers a tree, not a flat list: use JSON`, 'format');
      const variables = paramsToValues(req.query as QueryParams, variableSlots(op), ['format']);
      const { status, body } = await run(apollo, () => context(req, res), op, variables);
      if (format === 'json' || status !== 200 || body.errors) {
        res.status(status).type('application/json').send(JSON.stringify(body));
        return;
      }
      const rows = (at(body.data, op.table!.rows) as Record<string, unknown>[] | null) ?? [];
      res.type('text/csv; charset=utf-8').attachment(`${op.name}.csv`);
      res.send(CSV_BOM + csvRows([op.table!.columns.map(columnName), ...rows.map((row) => op.table!.columns.map((c) => at(row, c)))]));
    } catch (err) {
      if (err instanceof GraphQLError) return void sendJsonError(res, err);
      next(err);
    }
  });

  router.get('/export/:file', async (req, res, next) => {
    const match = /^([a-z-]+)\.csv$/u.exec(req.params.file);
    const name = match ? EXPORTS[match[1]] : undefined;
    if (!name) {
      res.status(404).json({ errors: [{ message: `no export ${req.params.file}; there are ${Object.keys(EXPORTS).map((t) => `${t}.csv`).join(', ')}`, extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    const op = catalogue.get(name)!;
    const filterType = getNamedType(op.variables.find((v) => v.name === 'filter')!.inputType);
    const slots = new Map<string, GraphQLInputType>(isInputObjectType(filterType) ? Object.values(filterType.getFields()).map((f) => [f.name, f.type]) : []);
    const orderBy = op.variables.find((v) => v.name === 'orderBy');
    if (orderBy) slots.set('orderBy', orderBy.inputType);
    let first = true;
    try {
      const { orderBy: order, ...filter } = paramsToValues(req.query as QueryParams, slots);
      let after: string | null = null;
      const columns = op.table!.columns;
      for (;;) {
        const { status, body } = await run(apollo, () => context(req, res), op, { first: EXPORT_PAGE, after, filter, ...(order ? { orderBy: order } : {}) });
        if (status !== 200 || body.errors) {
          if (first) { res.status(status).type('application/json').send(JSON.stringify(body)); return; }
          throw new Error(`export ${req.params.file} failed after its first page: ${JSON.stringify(body.errors)}`);
        }
        const connection = at(body.data, op.table!.rows.slice(0, -1)) as { pageInfo: { hasNextPage: boolean; endCursor: string | null } };
        const rows = (at(body.data, op.table!.rows) as Record<string, unknown>[]).map((row) => columns.map((c) => at(row, c)));
        if (first) {
          res.type('text/csv; charset=utf-8').attachment(req.params.file);
          rows.unshift(columns.map(columnName));
          first = false;
          if (!res.write(CSV_BOM)) await once(res, 'drain');
        }
        // one page in memory at a time: wait for the client before reading the next
        if (!res.write(csvRows(rows))) await once(res, 'drain');
        if (!connection.pageInfo.hasNextPage || res.destroyed) break;
        after = connection.pageInfo.endCursor;
      }
      res.end();
    } catch (err) {
      if (err instanceof GraphQLError && first) return void sendJsonError(res, err);
      if (!first) { res.destroy(err as Error); return; } // headers are sent: a broken transfer, never a truncated file that looks whole
      next(err);
    }
  });
  return router;
}
