// Any selection of the schema → one SQL expression that builds its JSON answer. Each object is
// a json_build_object of its selected fields (keyed by response key, so aliases and fragments
// work); each relation a correlated subquery over the parent's alias; each page of a nested
// list is limited per parent inside its subquery (as PostGraphile's lateral joins do). So a
// whole operation is one statement, whatever the depth and however many parents.
import {
  getNamedType, GraphQLError, GraphQLObjectType, isAbstractType, isObjectType, type FieldNode, type FragmentDefinitionNode,
  type GraphQLField, type GraphQLSchema,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import { getArgumentValues } from 'graphql/execution/values';
import { pageSize } from '../pagination';
import { typeNameForId } from '../node';
import { and, int, key, NULL, rowRef, sql, text, type Expr, type Row } from './expr';
import { byId, ERROR_MARKER, TYPE_KEY, type Cx, type FieldRead, type Select, type TypeRead } from './model';
import { afterCondition, cursorOf, decodeCursor, orderBy } from './order';

type Fields = ReadonlyMap<string, readonly FieldNode[]>;

/** json_build_object takes at most 100 arguments. */
const MAX_KEYS_PER_OBJECT = 50;


export function newCx(fragments: Record<string, FragmentDefinitionNode>, variables: Record<string, unknown>, errors: GraphQLError[], forExecution: boolean): Cx {
  return { fragments, variables, errors, forExecution, needsExecution: false, aliases: 0 };
}

export class ReadCompiler {
  private readonly reads = new Map<string, TypeRead>();
  /** The scalar fields each type reads from `columns`, found once by listing them on a probe row. */
  private readonly columnNames = new Map<string, ReadonlySet<string>>();

  constructor(private readonly schema: GraphQLSchema, reads: readonly TypeRead[]) {
    for (const read of reads) {
      const known = this.reads.get(read.type);
      if (known) {
        const twice = Object.keys(read.fields).find((f) => f in known.fields);
        if (twice) throw new Error(`${read.type}.${twice} is read twice`);
        this.reads.set(read.type, { type: read.type, table: known.table ?? read.table, columns: known.columns ?? read.columns, fields: { ...known.fields, ...read.fields } });
      } else {
        this.reads.set(read.type, read);
      }
    }
    for (const read of this.reads.values()) {
      this.columnNames.set(read.type, new Set(read.columns ? Object.keys(read.columns(rowRef('probe'))) : []));
    }
    this.check();
  }

  /** Every field of a read type is read exactly once, and every object it leads to is readable. */
  private check(): void {
    const problems: string[] = [];
    for (const read of this.reads.values()) {
      const type = this.schema.getType(read.type);
      if (!isObjectType(type)) { problems.push(`${read.type} is not an object type of the schema`); continue; }
      const columns = this.columnNames.get(read.type)!;
      for (const name of [...columns, ...Object.keys(read.fields)]) {
        if (!type.getFields()[name]) problems.push(`${read.type}.${name} is read but not in the schema`);
      }
      for (const field of Object.values(type.getFields())) {
        const fr = read.fields[field.name];
        if (!fr && !columns.has(field.name)) { problems.push(`${read.type}.${field.name} has no read`); continue; }
        if (fr && (fr.kind === 'object' || fr.kind === 'list')) {
          const target = getNamedType(field.type);
          if (!this.reads.has(target.name)) problems.push(`${read.type}.${field.name} leads to ${target.name}, which has no read`);
        }
      }
    }
    if (problems.length) throw new Error(`read models do not match the schema:\n  ${problems.join('\n  ')}`);
  }

  /** Whether a field has a read (introspection fields have none). */
  canRead(typeName: string, fieldName: string): boolean {
    const read = this.reads.get(typeName);
    return !!read && (fieldName in read.fields || !!this.columnNames.get(typeName)?.has(fieldName));
  }

  /** The JSON object of the selected fields of a row of `type` (row is null at the root). */
  object(type: GraphQLObjectType, row: Row<any> | null, fields: Fields, cx: Cx, abstract = false): Expr {
    const read = this.reads.get(type.name);
    if (!read) throw new Error(`${type.name} has no read`);
    const columns = row && read.columns ? read.columns(row) : undefined;
    const parts: [string, Expr][] = [];
    for (const [responseKey, nodes] of fields) {
      parts.push([responseKey, this.nestedField(type, read, columns, row, nodes, cx)]);
    }
    if (abstract && cx.forExecution) parts.push([TYPE_KEY, key(type.name)]);
    return jsonObject(parts, cx);
  }

  /** One field's SQL; a GraphQLError (bad arguments) becomes a marker its resolver throws, at its own path. */
  private nestedField(type: GraphQLObjectType, read: TypeRead, columns: Record<string, Expr> | undefined, row: Row<any> | null, nodes: readonly FieldNode[], cx: Cx): Expr {
    try {
      return this.field(type, read, columns, row, nodes, cx);
    } catch (err) {
      if (!(err instanceof GraphQLError)) throw err;
      cx.errors.push(err);
      return sql`json_build_object(${key(ERROR_MARKER)}, ${int(cx.errors.length - 1)})`;
    }
  }

  /** A root field alone (graphql-js execution): its errors are thrown, as a resolver's. */
  rootField(nodes: readonly FieldNode[], cx: Cx): Expr {
    const query = this.schema.getQueryType()!;
    return this.field(query, this.reads.get(query.name)!, undefined, null, nodes, cx);
  }

  private field(type: GraphQLObjectType, read: TypeRead, columns: Record<string, Expr> | undefined, row: Row<any> | null, nodes: readonly FieldNode[], cx: Cx): Expr {
    const name = nodes[0].name.value;
    if (name === '__typename') return key(type.name);
    if (columns && name in columns) return columns[name];
    const def = type.getFields()[name];
    const fr = read.fields[name];
    if (!def || !fr) throw new Error(`${type.name}.${name} has no read`);
    const args = def.args.length ? getArgumentValues(def, nodes[0], cx.variables) : {};
    return this.relation(def, fr, row, args, nodes, cx);
  }

  private relation(def: GraphQLField<unknown, unknown>, fr: FieldRead, row: Row<any> | null, args: any, nodes: readonly FieldNode[], cx: Cx): Expr {
    switch (fr.kind) {
      case 'value':
        return fr.sql(row, args, cx);
      case 'object': {
        const select = fr.select(row, args, cx);
        return select ? this.objectFrom(objectTypeOf(def), select, nodes, cx, false) : NULL;
      }
      case 'list':
        return this.listFrom(objectTypeOf(def), fr.select(row, args, cx), nodes, cx);
      case 'connection':
        return this.connection(objectTypeOf(def), fr, row, args, nodes, cx);
      case 'node': {
        const id = fr.id(row, args);
        const type = this.schema.getType(typeNameForId(id) ?? '');
        const table = type && this.reads.get(type.name)?.table;
        return isObjectType(type) && table ? this.objectFrom(type, byId(table, text(id)), nodes, cx, true) : NULL;
      }
      case 'anyNode': {
        const abstract = getNamedType(def.type);
        if (!isAbstractType(abstract)) throw new Error(`${def.name} is not abstract`);
        const branches = this.schema.getPossibleTypes(abstract).flatMap((type) => {
          const table = this.reads.get(type.name)?.table;
          return table ? [sql`when ${key(type.name)} then ${this.objectFrom(type, byId(table, fr.id(row)), nodes, cx, true)}`] : [];
        });
        return branches.length ? sql`(case ${fr.typeOf(row)} ${sql.join(branches, sql` `)} end)` : NULL;
      }
    }
  }

  private alias(cx: Cx): { alias: string; row: Row<any> } {
    const alias = `t${++cx.aliases}`;
    return { alias, row: rowRef(alias) };
  }

  private subfields(type: GraphQLObjectType, nodes: readonly FieldNode[], cx: Cx): Fields {
    return collectSubfields(this.schema, cx.fragments, cx.variables, type, nodes);
  }

  private objectFrom(type: GraphQLObjectType, select: Select, nodes: readonly FieldNode[], cx: Cx, abstract: boolean): Expr {
    const { alias, row } = this.alias(cx);
    const json = this.object(type, row, this.subfields(type, nodes, cx), cx, abstract);
    const order = select.orderBy?.(row);
    return sql`(select ${json} from ${select.from} as ${sql.id(alias)} where ${and(select.where?.(row) ?? [])}${order?.length ? sql` order by ${sql.join(order)}` : sql``} limit 1)`;
  }

  private listFrom(type: GraphQLObjectType, select: Select, nodes: readonly FieldNode[], cx: Cx): Expr {
    const { alias, row } = this.alias(cx);
    const json = this.object(type, row, this.subfields(type, nodes, cx), cx);
    const order = select.orderBy?.(row) ?? [];
    const ordered = order.length ? sql` order by ${sql.join(order)}` : sql``;
    const where = and(select.where?.(row) ?? []);
    const from = select.limit == null
      ? sql`${select.from} as ${sql.id(alias)} where ${where}`
      : sql`(select ${row.$}.* from ${select.from} as ${sql.id(alias)} where ${where}${ordered} limit ${int(select.limit)}) as ${sql.id(alias)}`;
    return sql`(select coalesce(json_agg(${json}${ordered}), '[]'::json) from ${from})`;
  }

  /**
   * A page: the parent's rows (within) that pass the list's filter, after the cursor, in the
   * order, first + 1 of them (the extra one tells hasNextPage), numbered so that nodes, edges
   * and pageInfo aggregate the same rows; totalCount counts without the cursor and limit.
   */
  private connection(connType: GraphQLObjectType, fr: Extract<FieldRead, { kind: 'connection' }>, parent: Row<any> | null, args: any, nodes: readonly FieldNode[], cx: Cx): Expr {
    const { list } = fr;
    const first = pageSize(args.first);
    const order = list.orders.of(args.orderBy);
    const after = args.after != null ? decodeCursor(args.after, list.name, order) : undefined;
    const within = fr.within(parent, args, cx);
    const conditions = (row: Row<any>) => [...(within.where?.(row) ?? []), ...list.filter(row, args.filter ?? {}, cx)];
    const label = `${list.name}:${order.name}`;
    const nodeType = objectTypeOf(connType.getFields().nodes);
    const edgeType = objectTypeOf(connType.getFields().edges);

    const { alias, row } = this.alias(cx);
    const n = sql.ref(`${alias}.__n`);
    const onPage = sql`filter (where ${n} <= ${int(first)})`;
    const byNumber = sql`order by ${n}`;
    let readsPage = false;
    const part = (field: string, subNodes: readonly FieldNode[]): Expr => {
      switch (field) {
        case '__typename':
          return key(connType.name);
        case 'totalCount': {
          const counted = this.alias(cx);
          return sql`(select count(*)::int from ${within.from} as ${sql.id(counted.alias)} where ${and(conditions(counted.row))})`;
        }
        case 'nodes': {
          if (first === 0) return sql`'[]'::json`;
          readsPage = true;
          const json = this.object(nodeType, row, this.subfields(nodeType, subNodes, cx), cx);
          return sql`coalesce(json_agg(${json} ${byNumber}) ${onPage}, '[]'::json)`;
        }
        case 'edges': {
          if (first === 0) return sql`'[]'::json`;
          readsPage = true;
          const edgeParts: [string, Expr][] = [...this.subfields(edgeType, subNodes, cx)].map(([edgeKey, edgeNodes]) => {
            const edgeField = edgeNodes[0].name.value;
            if (edgeField === '__typename') return [edgeKey, key(edgeType.name)];
            if (edgeField === 'cursor') return [edgeKey, cursorOf(label, order, row)];
            return [edgeKey, this.object(nodeType, row, this.subfields(nodeType, edgeNodes, cx), cx)];
          });
          return sql`coalesce(json_agg(${jsonObject(edgeParts, cx)} ${byNumber}) ${onPage}, '[]'::json)`;
        }
        case 'pageInfo': {
          const infoType = objectTypeOf(connType.getFields().pageInfo);
          const infoParts: [string, Expr][] = [...this.subfields(infoType, subNodes, cx)].map(([infoKey, infoNodes]) => {
            const infoField = infoNodes[0].name.value;
            if (infoField === '__typename') return [infoKey, key(infoType.name)];
            if (first === 0) {
              // no row is read: the next page starts where `after` left off, or at the start
              if (infoField === 'endCursor') return [infoKey, after ? sql`${args.after as string}::text` : NULL];
              const any = this.alias(cx);
              return [infoKey, after ? sql`false` : sql`exists (select from ${within.from} as ${sql.id(any.alias)} where ${and(conditions(any.row))})`];
            }
            readsPage = true;
            if (infoField === 'hasNextPage') return [infoKey, sql`count(*) > ${int(first)}`];
            return [infoKey, sql`(array_agg(${cursorOf(label, order, row)} order by ${n} desc) ${onPage})[1]`];
          });
          return jsonObject(infoParts, cx);
        }
        default:
          throw new Error(`${connType.name}.${field} has no read`);
      }
    };
    const parts: [string, Expr][] = [...this.subfields(connType, nodes, cx)].map(([k, subNodes]) => [k, part(subNodes[0].name.value, subNodes)]);
    const json = jsonObject(parts, cx);
    if (!readsPage) return json;
    const keys = orderBy(order, row);
    const where = and([...conditions(row), ...(after ? [afterCondition(order, after, row)] : [])]);
    return sql`(select ${json} from (select ${row.$}.*, row_number() over (order by ${sql.join(keys)}) as __n from ${within.from} as ${sql.id(alias)} where ${where} order by ${sql.join(keys)} limit ${int(first + 1)}) as ${sql.id(alias)})`;
  }
}

function objectTypeOf(field: GraphQLField<unknown, unknown>): GraphQLObjectType {
  const type = getNamedType(field.type);
  if (!isObjectType(type)) throw new Error(`${field.name} does not lead to an object type`);
  return type;
}

/** json_build_object of [key, value] pairs; beyond its 100 arguments, jsonb pieces joined (key order is then jsonb's). */
function jsonObject(parts: readonly [string, Expr][], cx: Cx): Expr {
  const flat = (chunk: readonly [string, Expr][]) => sql.join(chunk.flatMap(([k, v]) => [key(k), v]));
  if (parts.length <= MAX_KEYS_PER_OBJECT) return sql`json_build_object(${flat(parts)})`;
  cx.needsExecution = true; // graphql-js rebuilds the object in the selection's order
  const chunks: Expr[] = [];
  for (let i = 0; i < parts.length; i += MAX_KEYS_PER_OBJECT) chunks.push(sql`jsonb_build_object(${flat(parts.slice(i, i + MAX_KEYS_PER_OBJECT))})`);
  return sql`(${sql.join(chunks, sql` || `)})::json`;
}
