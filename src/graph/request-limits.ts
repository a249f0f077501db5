// Limits checked while a request is validated, before anything runs; each fails closed with a
// 400 and a plain message. Depth is computed once per fragment (a fragment cycle is left to
// graphql-js's NoFragmentCyclesRule, which reports it), so a small document of nested fragment
// spreads cannot make validation walk exponentially many paths.
import {
  GraphQLError, Kind, type ASTVisitor, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext,
} from 'graphql';

export const MAX_QUERY_DEPTH = 12;
/** Introspection nests type references (`ofType` nine deep in graphql-js's own query): its own, still finite, bound. */
export const MAX_INTROSPECTION_DEPTH = 20;
/** Aliased fields per document: a dashboard asks for a handful; 5,000 aliases of one field is a flood. */
export const MAX_ALIASES = 100;
/** Tokens per document (graphql-js parse): the largest operation of schema/operations has about 300. */
export const MAX_TOKENS = 5000;
/** SQL statements per request, a last line behind the cost limit: one per root field on the read path. */
export const MAX_SQL_STATEMENTS = 50;

export const tooManyStatements = () => new GraphQLError(
  `A request may run at most ${MAX_SQL_STATEMENTS} SQL statements (one per root field): split it into smaller requests.`,
  { extensions: { code: 'TOO_MANY_STATEMENTS', maxStatements: MAX_SQL_STATEMENTS, http: { status: 400 } } },
);

/** Only queries run here: the API is read-only. */
export function readOnlyRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation !== 'query') {
        context.reportError(new GraphQLError(`This API is read-only: only queries run here, not a ${node.operation}.`, { nodes: [node] }));
      }
    },
  };
}

/** Text the database cannot hold (NUL) or that is not Unicode (a lone surrogate) is bad input, not an internal error. */
export const badText = (value: string): string | null =>
  value.includes('\u0000') ? 'contains a NUL character' : /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u.test(value) ? 'contains a lone surrogate' : null;

export function goodTextRule(context: ValidationContext): ASTVisitor {
  return {
    StringValue(node) {
      const problem = badText(node.value);
      if (problem) context.reportError(new GraphQLError(`A string argument ${problem}: refused as bad input.`, { nodes: [node] }));
    },
  };
}

/** The strings anywhere in a request's variables, checked like literals. */
export function badVariableText(value: unknown, path = 'variables'): string | null {
  if (typeof value === 'string') {
    const problem = badText(value);
    return problem ? `${path} ${problem}` : null;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) { const p = badVariableText(item, `${path}[${i}]`); if (p) return p; }
  } else if (value && typeof value === 'object') {
    for (const [k, item] of Object.entries(value)) { const p = badVariableText(item, `${path}.${k}`); if (p) return p; }
  }
  return null;
}

export function maxAliasesRule(max = MAX_ALIASES) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias && ++aliases === max + 1) {
          context.reportError(new GraphQLError(`Too many aliases: at most ${max} per request. Ask for fewer fields or split the request.`, { nodes: [node] }));
        }
      },
    };
  };
}

/** Depth of every operation, each fragment measured once; too deep is refused. */
export function maxDepthRule(max = MAX_QUERY_DEPTH) {
  return (context: ValidationContext): ASTVisitor => ({
    Document(document: DocumentNode) {
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
      const memo = new Map<string, number>();
      const visiting = new Set<string>();
      const depthOf = (set: SelectionSetNode | undefined): number => {
        if (!set) return 0;
        let deepest = 0;
        for (const s of set.selections) {
          if (s.kind === Kind.FIELD) {
            if (s.name.value.startsWith('__') && s.name.value !== '__typename' && !s.selectionSet) continue;
            deepest = Math.max(deepest, s.selectionSet ? 1 + depthOf(s.selectionSet) : 1);
          } else if (s.kind === Kind.INLINE_FRAGMENT) {
            deepest = Math.max(deepest, depthOf(s.selectionSet));
          } else {
            const name = s.name.value;
            if (visiting.has(name)) return Number.NaN; // a cycle: NoFragmentCyclesRule reports it
            if (!memo.has(name)) {
              visiting.add(name);
              memo.set(name, depthOf(fragments.get(name)?.selectionSet));
              visiting.delete(name);
            }
            deepest = Math.max(deepest, memo.get(name)!);
          }
          if (Number.isNaN(deepest)) return deepest;
        }
        return deepest;
      };
      const isIntrospection = (sel: SelectionSetNode['selections'][number]) => sel.kind === Kind.FIELD && (sel.name.value === '__schema' || sel.name.value === '__type');
      for (const d of document.definitions) {
        if (d.kind !== Kind.OPERATION_DEFINITION) continue;
        // root fields are depth 0 (as graphql-depth-limit counted, whose message this keeps)
        const data = { ...d.selectionSet, selections: d.selectionSet.selections.filter((sel) => !isIntrospection(sel)) };
        const schema = { ...d.selectionSet, selections: d.selectionSet.selections.filter(isIntrospection) };
        const depth = depthOf(data) - 1;
        if (depth > max) context.reportError(new GraphQLError(`'${d.name?.value ?? ''}' exceeds maximum operation depth of ${max}`, { nodes: [d] }));
        const introspectionDepth = depthOf(schema) - 1;
        if (introspectionDepth > MAX_INTROSPECTION_DEPTH) {
          context.reportError(new GraphQLError(`'${d.name?.value ?? ''}' introspects ${introspectionDepth} levels deep; at most ${MAX_INTROSPECTION_DEPTH} are allowed`, { nodes: [d] }));
        }
      }
      return false; // measured without descending further
    },
  });
}
