// Relay-style connections: the GraphQL shapes and the page size rule every list shares. The
// pages themselves are read in SQL (sql/compile.ts) over keyset cursors (sql/order.ts).
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
