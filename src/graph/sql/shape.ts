// How PostgreSQL's answer becomes the GraphQL answer. The compiled SQL sends each object as a
// JSON array of its values in selection order (no keys: PostgreSQL spends most of its JSON
// time on keys and escaping), or, for a root list, as the columns of a row; a shape, made
// when compiling, puts the response keys back and adds what needs no SQL (__typename).
import { ERROR_MARKER, TYPE_KEY } from './model';

/** json_build_array takes at most 100 arguments: an object with more values is sent in chunks of 100. */
export const MAX_SLOTS_PER_ARRAY = 100;

export interface FieldShape {
  key: string;
  shape: Shape;
  /** Position of the field's value among its object's values; -1 when it needs no SQL. */
  slot: number;
}

export interface ObjectShape {
  kind: 'object';
  type: string;
  fields: FieldShape[];
  /** How many values the SQL sends. */
  slots: number;
  /** Sent as a JSON array of more than 100 values: in arrays of 100 (a root row's columns never are). */
  chunked: boolean;
  /** In an abstract position (a Node): graphql-js needs its type name to resolve it. */
  abstract: boolean;
  /** Made on first use: builds the object in one literal (see builderOf). */
  build?: ObjectBuilder;
}

type ObjectBuilder = (values: readonly unknown[], offset: number, forExecution: boolean, value: typeof materialize, fixedValue: typeof fixed) => Record<string, unknown>;

export type Shape =
  /** The value PostgreSQL sends, as it is (a scalar, or a list of scalars). */
  | { kind: 'value' }
  /** Known when compiling: __typename, an empty page, a cursor given back. */
  | { kind: 'const'; value: unknown }
  /** A field whose arguments were refused: graphql-js reports the error at the field's path. */
  | { kind: 'error'; index: number }
  | ObjectShape
  | { kind: 'list'; item: Shape }
  /** One of several object types; the SQL sends [type name, values…]. */
  | { kind: 'oneOf'; types: Record<string, ObjectShape> };

const slotOf = (values: readonly unknown[], shape: ObjectShape, slot: number, offset: number): unknown =>
  shape.chunked
    ? (values[offset + Math.floor(slot / MAX_SLOTS_PER_ARRAY)] as unknown[])[slot % MAX_SLOTS_PER_ARRAY]
    : values[offset + slot];

/**
 * A function that builds a shape's object as one object literal: V8 then makes every object of
 * the shape with one hidden class, several times faster than adding the keys one by one, which
 * counts for a page of a thousand rows. Keys are GraphQL names, written as JSON string literals.
 */
function builderOf(shape: ObjectShape): ObjectBuilder {
  const entries = shape.fields.map((field, i) => {
    const k = JSON.stringify(field.key);
    if (field.slot < 0) return `${k}: fixedValue(fields[${i}].shape, forExecution)`;
    const at = `values[offset + ${field.slot}]`;
    return field.shape.kind === 'value' ? `${k}: ${at} ?? null` : `${k}: value(fields[${i}].shape, ${at}, forExecution)`;
  });
  const body = `return (values, offset, forExecution, value, fixedValue) => forExecution && abstract
    ? { ${[...entries, `${JSON.stringify(TYPE_KEY)}: type`].join(', ')} }
    : { ${entries.join(', ')} };`;
  return new Function('fields', 'abstract', 'type', body)(shape.fields, shape.abstract, shape.type) as ObjectBuilder;
}

/** An object from its values, read from `offset` on (a root row holds other columns first). */
export function objectOf(shape: ObjectShape, values: readonly unknown[], forExecution: boolean, offset = 0): Record<string, unknown> {
  if (!shape.chunked) return (shape.build ??= builderOf(shape))(values, offset, forExecution, materialize, fixed);
  const object: Record<string, unknown> = {};
  for (const field of shape.fields) {
    object[field.key] = field.slot < 0 ? fixed(field.shape, forExecution) : materialize(field.shape, slotOf(values, shape, field.slot, offset), forExecution);
  }
  if (forExecution && shape.abstract) object[TYPE_KEY] = shape.type;
  return object;
}

function fixed(shape: Shape, forExecution: boolean): unknown {
  if (shape.kind === 'const') return shape.value;
  if (shape.kind === 'error') return { [ERROR_MARKER]: shape.index };
  if (shape.kind === 'object') return objectOf(shape, [], forExecution); // an object of constants only
  throw new Error(`a ${shape.kind} shape needs a value`);
}

/** The GraphQL value of a JSON value PostgreSQL sent for a shape. */
export function materialize(shape: Shape, value: unknown, forExecution: boolean): unknown {
  switch (shape.kind) {
    case 'value':
      return value ?? null;
    case 'const':
    case 'error':
      return fixed(shape, forExecution);
    case 'object':
      return value == null ? null : objectOf(shape, value as unknown[], forExecution);
    case 'list':
      return value == null ? null : (value as unknown[]).map((item) => materialize(shape.item, item, forExecution));
    case 'oneOf': {
      if (value == null) return null;
      const values = value as unknown[];
      return objectOf(shape.types[values[0] as string], values, forExecution, 1);
    }
  }
}
