// Any selection of the schema → SQL: one statement per root field, whatever the depth and
// however many parents. An object is a JSON array of its selected values (shape.ts puts the
// response keys back); a relation is a correlated subquery over the parent's alias; a nested
// page is cut per parent inside its subquery (limit within the parent, as PostGraphile's
// lateral joins do). A root list or page is sent as rows, the cheapest form for PostgreSQL to
// produce; only what hangs below a row is JSON.
import {
  getNamedType, GraphQLError, GraphQLObjectType, isAbstractType, isObjectType, type FieldNode, type FragmentDefinitionNode,
  type GraphQLField, type GraphQLSchema,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import { getArgumentValues } from 'graphql/execution/values';
import { typeNameForId } from '../node';
import { pageSize } from '../pagination';
import { and, int, key, NULL, rowRef, sql, text, type Expr, type Row } from './expr';
import { byId, type Cx, type FieldRead, type ListDef, type Select, type TypeRead } from './model';
import { afterCondition, cursorOf, decodeCursor, orderBy, type ListOrder } from './order';
import { MAX_SLOTS_PER_ARRAY, materialize, objectOf, type FieldShape, type ObjectShape, type Shape } from './shape';

type Fields = ReadonlyMap<string, readonly FieldNode[]>;

/** A field's SQL (null when it needs none) and how its value becomes the GraphQL value. */
interface Part { sql: Expr | null; shape: Shape }

/** An object's values in selection order, and its shape. */
interface Slots { slots: Expr[]; shape: ObjectShape }

/** One root field: its statement (run with rowMode 'array') and how its rows become the field's value. */
export interface RootPlan {
  /** null when the field needs no SQL (`__typename`). */
  statement: Expr | null;
  read(rows: unknown[][], forExecution: boolean): unknown;
}

export function newCx(fragments: Record<string, FragmentDefinitionNode>, variables: Record<string, unknown>, errors: GraphQLError[]): Cx {
  return { fragments, variables, errors, aliases: 0 };
}

const constant = (value: unknown): Part => ({ sql: null, shape: { kind: 'const', value } });

/** An object's values as one JSON array (arrays of 100 beyond 100 values: json_build_array takes 100 arguments). */
function jsonArray({ slots, shape }: Slots, prefix: Expr[] = []): Expr {
  const room = MAX_SLOTS_PER_ARRAY - prefix.length;
  shape.chunked = slots.length > room;
  if (!shape.chunked) return sql`json_build_array(${sql.join([...prefix, ...slots])})`;
  const chunks: Expr[] = [];
  for (let i = 0; i < slots.length; i += MAX_SLOTS_PER_ARRAY) chunks.push(sql`json_build_array(${sql.join(slots.slice(i, i + MAX_SLOTS_PER_ARRAY))})`);
  return sql`json_build_array(${sql.join([...prefix, ...chunks])})`;
}

function objectTypeOf(field: GraphQLField<unknown, unknown>): GraphQLObjectType {
  const type = getNamedType(field.type);
  if (!isObjectType(type)) throw new Error(`${field.name} does not lead to an object type`);
  return type;
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

  /** A root field's statement and reader; a bad argument of the root field itself is thrown. */
  rootPlan(nodes: readonly FieldNode[], cx: Cx): RootPlan {
    const query = this.schema.getQueryType()!;
    const read = this.reads.get(query.name)!;
    const name = nodes[0].name.value;
    if (name === '__typename') return { statement: null, read: () => query.name };
    const def = query.getFields()[name];
    const fr = read.fields[name];
    if (!def || !fr) throw new Error(`Query.${name} has no read`);
    const args = def.args.length ? getArgumentValues(def, nodes[0], cx.variables) : {};
    if (fr.kind === 'list') return this.rootList(objectTypeOf(def), fr.select(null, args, cx), nodes, cx);
    if (fr.kind === 'connection') return this.rootPage(objectTypeOf(def), fr, args, nodes, cx);
    const part = this.relation(def, fr, null, args, nodes, cx);
    return { statement: sql`select ${part.sql ?? NULL} as data`, read: (rows, forExecution) => materialize(part.shape, rows[0][0], forExecution) };
  }

  /** The values of the selected fields of a row of `type`, in selection order. */
  private objectSlots(type: GraphQLObjectType, row: Row<any> | null, fields: Fields, cx: Cx, abstract = false): Slots {
    const read = this.reads.get(type.name);
    if (!read) throw new Error(`${type.name} has no read`);
    const columns = row && read.columns ? read.columns(row) : undefined;
    const slots: Expr[] = [];
    const shapes: FieldShape[] = [];
    for (const [responseKey, nodes] of fields) {
      const part = this.nestedField(type, read, columns, row, nodes, cx);
      shapes.push({ key: responseKey, shape: part.shape, slot: part.sql ? slots.length : -1 });
      if (part.sql) slots.push(part.sql);
    }
    return { slots, shape: { kind: 'object', type: type.name, fields: shapes, slots: slots.length, chunked: false, abstract } };
  }

  /** One field; a GraphQLError (bad arguments) is kept for graphql-js to report at the field's own path. */
  private nestedField(type: GraphQLObjectType, read: TypeRead, columns: Record<string, Expr> | undefined, row: Row<any> | null, nodes: readonly FieldNode[], cx: Cx): Part {
    try {
      return this.field(type, read, columns, row, nodes, cx);
    } catch (err) {
      if (!(err instanceof GraphQLError)) throw err;
      cx.errors.push(err);
      return { sql: null, shape: { kind: 'error', index: cx.errors.length - 1 } };
    }
  }

  private field(type: GraphQLObjectType, read: TypeRead, columns: Record<string, Expr> | undefined, row: Row<any> | null, nodes: readonly FieldNode[], cx: Cx): Part {
    const name = nodes[0].name.value;
    if (name === '__typename') return constant(type.name);
    if (columns && name in columns) return { sql: columns[name], shape: { kind: 'value' } };
    const def = type.getFields()[name];
    const fr = read.fields[name];
    if (!def || !fr) throw new Error(`${type.name}.${name} has no read`);
    const args = def.args.length ? getArgumentValues(def, nodes[0], cx.variables) : {};
    return this.relation(def, fr, row, args, nodes, cx);
  }

  private relation(def: GraphQLField<unknown, unknown>, fr: FieldRead, row: Row<any> | null, args: any, nodes: readonly FieldNode[], cx: Cx): Part {
    switch (fr.kind) {
      case 'value':
        return { sql: fr.sql(row, args, cx), shape: { kind: 'value' } };
      case 'object': {
        const select = fr.select(row, args, cx);
        return select ? this.objectFrom(objectTypeOf(def), select, nodes, cx, false) : constant(null);
      }
      case 'list':
        return this.listFrom(objectTypeOf(def), fr.select(row, args, cx), nodes, cx);
      case 'connection':
        return this.page(objectTypeOf(def), fr, row, args, nodes, cx);
      case 'node': {
        const id = fr.id(row, args);
        const type = this.schema.getType(typeNameForId(id) ?? '');
        const table = type && this.reads.get(type.name)?.table;
        return isObjectType(type) && table ? this.objectFrom(type, byId(table, text(id)), nodes, cx, true) : constant(null);
      }
      case 'anyNode': {
        const abstract = getNamedType(def.type);
        if (!isAbstractType(abstract)) throw new Error(`${def.name} is not abstract`);
        const types: Record<string, ObjectShape> = {};
        const branches = this.schema.getPossibleTypes(abstract).flatMap((type) => {
          const table = this.reads.get(type.name)?.table;
          if (!table) return [];
          const { alias, row: target } = this.alias(cx);
          const select = byId(table, fr.id(row));
          const object = this.objectSlots(type, target, this.subfields(type, nodes, cx), cx, true);
          types[type.name] = object.shape;
          return [sql`when ${key(type.name)} then (select ${jsonArray(object, [key(type.name)])} from ${select.from} as ${sql.id(alias)} where ${and(select.where?.(target) ?? [])} limit 1)`];
        });
        return branches.length ? { sql: sql`(case ${fr.typeOf(row)} ${sql.join(branches, sql` `)} end)`, shape: { kind: 'oneOf', types } } : constant(null);
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

  private objectFrom(type: GraphQLObjectType, select: Select, nodes: readonly FieldNode[], cx: Cx, abstract: boolean): Part {
    const { alias, row } = this.alias(cx);
    const object = this.objectSlots(type, row, this.subfields(type, nodes, cx), cx, abstract);
    const order = select.orderBy?.(row);
    return {
      sql: sql`(select ${jsonArray(object)} from ${select.from} as ${sql.id(alias)} where ${and(select.where?.(row) ?? [])}${order?.length ? sql` order by ${sql.join(order)}` : sql``} limit 1)`,
      shape: object.shape,
    };
  }

  /** The FROM of a list: the table itself, or (with a limit) its first rows in order, under the same alias. */
  private listSource(select: Select, alias: string, row: Row<any>, order: Expr[]): Expr {
    const where = and(select.where?.(row) ?? []);
    const ordered = order.length ? sql` order by ${sql.join(order)}` : sql``;
    return select.limit == null
      ? sql`${select.from} as ${sql.id(alias)} where ${where}`
      : sql`(select ${row.$}.* from ${select.from} as ${sql.id(alias)} where ${where}${ordered} limit ${int(select.limit)}) as ${sql.id(alias)}`;
  }

  private listFrom(type: GraphQLObjectType, select: Select, nodes: readonly FieldNode[], cx: Cx): Part {
    const { alias, row } = this.alias(cx);
    const object = this.objectSlots(type, row, this.subfields(type, nodes, cx), cx);
    const order = select.orderBy?.(row) ?? [];
    const ordered = order.length ? sql` order by ${sql.join(order)}` : sql``;
    return {
      sql: sql`(select coalesce(json_agg(${jsonArray(object)}${ordered}), '[]'::json) from ${this.listSource(select, alias, row, order)})`,
      shape: { kind: 'list', item: object.shape },
    };
  }

  /** A root list as rows: one row per item, its values as columns. */
  private rootList(type: GraphQLObjectType, select: Select, nodes: readonly FieldNode[], cx: Cx): RootPlan {
    const { alias, row } = this.alias(cx);
    const object = this.objectSlots(type, row, this.subfields(type, nodes, cx), cx);
    const order = select.orderBy?.(row) ?? [];
    const ordered = order.length ? sql` order by ${sql.join(order)}` : sql``;
    return {
      statement: sql`select ${sql.join(object.slots)} from ${this.listSource(select, alias, row, order)}${ordered}`,
      read: (rows, forExecution) => rows.map((r) => objectOf(object.shape, r, forExecution)),
    };
  }

  /** What every page needs: page size, order, cursor, and the rows before the cursor and limit. */
  private pageOf(fr: Extract<FieldRead, { kind: 'connection' }>, parent: Row<any> | null, args: any, cx: Cx) {
    const list: ListDef<any, any> = fr.list;
    const first = pageSize(args.first);
    const order: ListOrder<any> = list.orders.of(args.orderBy);
    const after = args.after != null ? decodeCursor(args.after, list.name, order) : undefined;
    const within = fr.within(parent, args, cx);
    const conditions = (row: Row<any>) => [...(within.where?.(row) ?? []), ...list.filter(row, args.filter ?? {}, cx)];
    const count = (): Expr => {
      const counted = this.alias(cx);
      return sql`(select count(*)::int from ${within.from} as ${sql.id(counted.alias)} where ${and(conditions(counted.row))})`;
    };
    const exists = (): Expr => {
      const any = this.alias(cx);
      return sql`exists (select from ${within.from} as ${sql.id(any.alias)} where ${and(conditions(any.row))})`;
    };
    /** The page's rows (first + 1: the extra one tells hasNextPage), numbered, with the rows left after the cursor. */
    const rows = (alias: string, row: Row<any>, withRest: boolean): Expr => {
      const keys = sql.join(orderBy(order, row));
      const where = and([...conditions(row), ...(after ? [afterCondition(order, after, row)] : [])]);
      return sql`(select ${row.$}.*, row_number() over (order by ${keys}) as __n${withRest ? sql`, count(*) over () as __rest` : sql``}
        from ${within.from} as ${sql.id(alias)} where ${where} order by ${keys} limit ${int(first + 1)}) as ${sql.id(alias)}`;
    };
    return { list, first, order, after, label: `${list.name}:${order.name}`, count, exists, rows };
  }

  /**
   * A nested page as JSON: the parent's rows (within) that pass the list's filter, after the
   * cursor, in the order, first + 1 of them, numbered so that nodes, edges and pageInfo read the
   * same rows; totalCount counts without the cursor and limit.
   */
  private page(connType: GraphQLObjectType, fr: Extract<FieldRead, { kind: 'connection' }>, parent: Row<any> | null, args: any, nodes: readonly FieldNode[], cx: Cx): Part {
    const p = this.pageOf(fr, parent, args, cx);
    const nodeType = objectTypeOf(connType.getFields().nodes);
    const edgeType = objectTypeOf(connType.getFields().edges);
    const infoType = objectTypeOf(connType.getFields().pageInfo);
    const { alias, row } = this.alias(cx);
    const n = sql.ref(`${alias}.__n`);
    const onPage = sql`filter (where ${n} <= ${int(p.first)})`;
    const cursor = () => cursorOf(p.label, p.order, row);
    let readsPage = false;
    let needsRest = false;
    const part = (field: string, subNodes: readonly FieldNode[]): Part => {
      switch (field) {
        case '__typename':
          return constant(connType.name);
        case 'totalCount':
          return { sql: p.count(), shape: { kind: 'value' } };
        case 'nodes': {
          if (p.first === 0) return constant([]);
          readsPage = true;
          const object = this.objectSlots(nodeType, row, this.subfields(nodeType, subNodes, cx), cx);
          return { sql: sql`coalesce(json_agg(${jsonArray(object)} order by ${n}) ${onPage}, '[]'::json)`, shape: { kind: 'list', item: object.shape } };
        }
        case 'edges': {
          if (p.first === 0) return constant([]);
          readsPage = true;
          const edge = this.edgeSlots(edgeType, nodeType, subNodes, row, cursor, cx);
          return { sql: sql`coalesce(json_agg(${jsonArray(edge)} order by ${n}) ${onPage}, '[]'::json)`, shape: { kind: 'list', item: edge.shape } };
        }
        case 'pageInfo': {
          const info = this.infoSlots(infoType, subNodes, cx, (infoField) => {
            if (p.first === 0) {
              // no row is read: the next page starts where `after` left off, or at the start
              if (infoField === 'endCursor') return constant(args.after ?? null);
              return p.after ? constant(false) : { sql: p.exists(), shape: { kind: 'value' } };
            }
            readsPage = true;
            if (infoField === 'hasNextPage') return { sql: sql`count(*) > ${int(p.first)}`, shape: { kind: 'value' } };
            needsRest = true;
            return { sql: sql`max(case when ${n} = least(${sql.ref(`${alias}.__rest`)}, ${int(p.first)}) then ${cursor()} end)`, shape: { kind: 'value' } };
          });
          return { sql: jsonArray(info), shape: info.shape };
        }
        default:
          throw new Error(`${connType.name}.${field} has no read`);
      }
    };
    const connection = this.partsOf(connType, nodes, cx, part);
    const json = jsonArray(connection);
    return {
      sql: readsPage ? sql`(select ${json} from ${p.rows(alias, row, needsRest)})` : json,
      shape: connection.shape,
    };
  }

  /** A root page as rows: the page's rows in order, with the total count beside them. */
  private rootPage(connType: GraphQLObjectType, fr: Extract<FieldRead, { kind: 'connection' }>, args: any, nodes: readonly FieldNode[], cx: Cx): RootPlan {
    const p = this.pageOf(fr, null, args, cx);
    const nodeType = objectTypeOf(connType.getFields().nodes);
    const edgeType = objectTypeOf(connType.getFields().edges);
    const infoType = objectTypeOf(connType.getFields().pageInfo);
    const { alias, row } = this.alias(cx);
    const columns: Expr[] = [];
    const column = (expr: Expr) => columns.push(expr) - 1;
    let total = -1;
    let any = -1;
    let lastCursor = -1;
    let readsPage = false;
    type Read = (rows: unknown[][], page: unknown[][], forExecution: boolean) => unknown;
    const reads: { key: string; read: Read }[] = [];
    for (const [responseKey, subNodes] of this.subfields(connType, nodes, cx)) {
      const field = subNodes[0].name.value;
      let read: Read;
      switch (field) {
        case '__typename':
          read = () => connType.name;
          break;
        case 'totalCount':
          if (total < 0) total = column(p.count());
          read = (rows) => rows[0][total];
          break;
        case 'nodes':
        case 'edges': {
          if (p.first === 0) { read = () => []; break; }
          readsPage = true;
          const object = field === 'nodes'
            ? this.objectSlots(nodeType, row, this.subfields(nodeType, subNodes, cx), cx)
            : this.edgeSlots(edgeType, nodeType, subNodes, row, () => cursorOf(p.label, p.order, row), cx);
          const start = columns.length;
          object.slots.forEach(column);
          read = (_rows, page, forExecution) => page.slice(0, p.first).map((r) => objectOf(object.shape, r, forExecution, start));
          break;
        }
        case 'pageInfo': {
          const info = [...this.subfields(infoType, subNodes, cx)].map(([k, infoNodes]) => ({ key: k, field: infoNodes[0].name.value }));
          const asks = (name: string) => info.some((f) => f.field === name);
          if (p.first === 0) {
            // no row is read: the next page starts where `after` left off, or at the start
            if (!p.after && asks('hasNextPage') && any < 0) any = column(p.exists());
          } else {
            readsPage = true;
            // the cursor of the page's last row, computed for that row only
            if (asks('endCursor') && lastCursor < 0) {
              lastCursor = column(sql`case when ${sql.ref(`${alias}.__n`)} = least(${sql.ref(`${alias}.__rest`)}, ${int(p.first)}) then ${cursorOf(p.label, p.order, row)} end`);
            }
          }
          read = (rows, page) => Object.fromEntries(info.map(({ key: k, field: infoField }) => {
            if (infoField === '__typename') return [k, infoType.name];
            if (infoField === 'endCursor') return [k, p.first === 0 ? args.after ?? null : (page[Math.min(page.length, p.first) - 1]?.[lastCursor] ?? null)];
            return [k, p.first === 0 ? !p.after && rows[0][any] === true : page.length > p.first];
          }));
          break;
        }
        default:
          throw new Error(`${connType.name}.${field} has no read`);
      }
      reads.push({ key: responseKey, read });
    }
    const numbered = readsPage ? column(sql.ref(`${alias}.__n`)) : -1;
    // a page may be empty: join it to one row so that the count still comes back
    const statement = !readsPage
      ? sql`select ${columns.length ? sql.join(columns) : NULL}`
      : total >= 0
        ? sql`select ${sql.join(columns)} from (select) as one left join lateral ${p.rows(alias, row, lastCursor >= 0)} on true order by ${sql.ref(`${alias}.__n`)}`
        : sql`select ${sql.join(columns)} from ${p.rows(alias, row, lastCursor >= 0)} order by ${sql.ref(`${alias}.__n`)}`;
    return {
      statement,
      read: (rows, forExecution) => {
        const page = readsPage ? rows.filter((r) => r[numbered] != null) : [];
        return Object.fromEntries(reads.map(({ key: k, read }) => [k, read(rows, page, forExecution)]));
      },
    };
  }

  /** The values of a page's edge: its cursor (computed per row only when asked) and its node. */
  private edgeSlots(edgeType: GraphQLObjectType, nodeType: GraphQLObjectType, nodes: readonly FieldNode[], row: Row<any>, cursor: () => Expr, cx: Cx): Slots {
    return this.partsOf(edgeType, nodes, cx, (field, subNodes) => {
      if (field === '__typename') return constant(edgeType.name);
      if (field === 'cursor') return { sql: cursor(), shape: { kind: 'value' } };
      const object = this.objectSlots(nodeType, row, this.subfields(nodeType, subNodes, cx), cx);
      return { sql: jsonArray(object), shape: object.shape };
    });
  }

  private infoSlots(infoType: GraphQLObjectType, nodes: readonly FieldNode[], cx: Cx, value: (field: 'hasNextPage' | 'endCursor') => Part): Slots {
    return this.partsOf(infoType, nodes, cx, (field) => (field === '__typename' ? constant(infoType.name) : value(field as 'hasNextPage' | 'endCursor')));
  }

  /** The selected fields of a type the compiler builds itself (connection, edge, page info). */
  private partsOf(type: GraphQLObjectType, nodes: readonly FieldNode[], cx: Cx, part: (field: string, nodes: readonly FieldNode[]) => Part): Slots {
    const slots: Expr[] = [];
    const fields: (FieldShape & { field: string })[] = [];
    for (const [responseKey, subNodes] of this.subfields(type, nodes, cx)) {
      const field = subNodes[0].name.value;
      const p = part(field, subNodes);
      fields.push({ key: responseKey, field, shape: p.shape, slot: p.sql ? slots.length : -1 });
      if (p.sql) slots.push(p.sql);
    }
    return { slots, shape: { kind: 'object', type: type.name, fields, slots: slots.length, chunked: false, abstract: false } };
  }
}
