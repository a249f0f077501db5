// Relay-style connections over MikroORM's keyset cursors (em.findByCursor): stable order
// with an id tie-break, so a cursor never skips or repeats a row while paging.
import { Cursor, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;

@ObjectType({ description: 'Paging state of a connection. 페이지 정보.' })
export class PageInfo {
  @Field({ description: 'True when rows follow the last one returned. 다음 페이지 여부.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to read the next page. 다음 페이지 커서.' })
  endCursor!: string | null;
}

/** Paging arguments of every list; each list's args class adds its `filter`. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 50 by default, at most 1000. 페이지 크기.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last row already read. 커서.' })
  after?: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** `ProgramConnection` and `ProgramEdge` for a node type. */
export function connectionType<T extends object>(node: ClassType<T>, name: string, koreanName: string) {
  @ObjectType(`${name}Edge`, { description: `A ${name} with its cursor. ${koreanName} 항목.` })
  class Edge {
    @Field({ description: 'Opaque position of this row, for `after`. 커서.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name}. 행.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} rows with the total count. ${koreanName} 목록.` })
  class Connection {
    @Field(() => [Edge], { description: 'The rows of the page with their cursors. 커서와 행.' })
    edges!: Edge[];

    @Field(() => [node], { description: 'The rows of the page, without cursors. 행 목록.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Whether more rows follow, and the cursor to read them. 페이지 정보.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Rows matching the filter, over all pages. 전체 건수.' })
    totalCount!: number;
  }
  return Connection;
}

export function pageSize(first: number | null | undefined): number {
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new GraphQLError(`first must be between 0 and ${MAX_PAGE_SIZE}; got ${first}`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
    });
  }
  return first;
}

export type OrderBy = Record<string, 'asc' | 'desc'>;

export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy: OrderBy,
  args: { first?: number | null; after?: string | null },
): Promise<ConnectionShape<T>> {
  const first = pageSize(args.first);
  const order = { ...orderBy, id: 'asc' } as OrderBy; // the id tie-break keeps the order total
  if (args.after) {
    try {
      const values = Cursor.decode(args.after);
      if (!Array.isArray(values) || values.length !== Object.keys(order).length) throw new Error('shape');
    } catch {
      throw new GraphQLError('after is not a cursor of this list', { extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' } });
    }
  }
  if (first === 0) {
    const totalCount = await em.count(entity, where);
    return { edges: [], nodes: [], pageInfo: { hasNextPage: totalCount > 0 && !args.after, endCursor: args.after ?? null }, totalCount };
  }
  const cursor = await em.findByCursor(entity, where, {
    first, after: args.after ?? undefined, orderBy: order as any, includeCount: true,
  } as any);
  const nodes = cursor.items as T[];
  return {
    edges: nodes.map((node) => ({ cursor: cursor.from(node as any), node })),
    nodes,
    pageInfo: { hasNextPage: cursor.hasNextPage, endCursor: cursor.endCursor },
    totalCount: cursor.totalCount as number,
  };
}
