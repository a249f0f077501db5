// URL query parameters as GraphQL input values, typed by the schema: `year=2019` is an Int,
// `documentId=…` an ID, `kind=TARGET` an enum, `year=2018,2019` or a repeated parameter a list,
// `filter={"year":2019}` (JSON) or `filter.year=2019` an input object. The values are then
// checked by GraphQL's own coercion (Apollo for variables), so every message names the field.
import {
  getNamedType, GraphQLError, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLInputType,
} from 'graphql';

export type QueryParams = Record<string, string | string[] | undefined>;

export class QueryParamError extends GraphQLError {
  constructor(message: string, parameter: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', parameter, http: { status: 400 } } });
  }
}

const one = (raw: string | string[], name: string): string => {
  if (Array.isArray(raw)) {
    if (raw.length !== 1) throw new QueryParamError(`${name} is given ${raw.length} times; give it once`, name);
    return raw[0];
  }
  return raw;
};

/** One parameter's text as a value of `type` (NonNull, List, scalar, enum or input object). */
export function paramValue(raw: string | string[], type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return paramValue(raw, type.ofType, name);
  if (isListType(type)) {
    const items = Array.isArray(raw) ? raw : raw === '' ? [] : raw.split(',');
    return items.map((item) => paramValue(item.trim(), type.ofType, name));
  }
  const text = one(raw, name);
  if (isInputObjectType(type)) {
    try {
      return JSON.parse(text);
    } catch {
      throw new QueryParamError(`${name} must be a JSON object of ${type.name}, or give its fields as ${name}.field=value`, name);
    }
  }
  if (isEnumType(type)) return text;
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int': {
        if (!/^-?\d+$/u.test(text)) throw new QueryParamError(`${name} must be a whole number; got ${JSON.stringify(text)}`, name);
        return Number(text);
      }
      case 'Float': {
        const n = Number(text);
        if (text.trim() === '' || !Number.isFinite(n)) throw new QueryParamError(`${name} must be a number; got ${JSON.stringify(text)}`, name);
        return n;
      }
      case 'Boolean': {
        if (text !== 'true' && text !== 'false') throw new QueryParamError(`${name} must be true or false; got ${JSON.stringify(text)}`, name);
        return text === 'true';
      }
      default:
        return text; // String, ID and custom scalars parse their own text
    }
  }
  throw new QueryParamError(`${name} cannot be given in a URL`, name);
}

/**
 * Parameters for a set of typed slots (an operation's variables, or an input object's fields):
 * `name=…` for each slot, `name.field=…` for a field of an input-object slot. Unknown
 * parameters are refused with the ones accepted.
 */
export function paramsToValues(params: QueryParams, slots: Map<string, GraphQLInputType>, ignore: readonly string[] = []): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(params)) {
    if (raw === undefined || ignore.includes(name)) continue;
    // an empty parameter is no value (a connector's `after=` on the first page), unless required
    if (raw === '' && !isNonNullType(slots.get(name.split('.')[0]) ?? ({} as GraphQLInputType))) continue;
    const dot = name.indexOf('.');
    const slot = dot < 0 ? name : name.slice(0, dot);
    const type = slots.get(slot);
    if (!type) {
      throw new QueryParamError(`unknown parameter ${name}; accepted: ${[...slots.keys(), ...ignore].join(', ')}`, name);
    }
    if (dot < 0) {
      values[slot] = paramValue(raw, type, name);
      continue;
    }
    const objectType = getNamedType(type);
    const field = name.slice(dot + 1);
    if (!isInputObjectType(objectType) || !objectType.getFields()[field]) {
      throw new QueryParamError(`unknown parameter ${name}: ${slot} has no field ${field}`, name);
    }
    const target = (values[slot] ??= {}) as Record<string, unknown>;
    target[field] = paramValue(raw, objectType.getFields()[field].type, name);
  }
  return values;
}
