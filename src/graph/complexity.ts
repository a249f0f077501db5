// What a field costs in the query cost limit (cost-limit.ts): lists multiply what each row selects.

/** A connection: its page size times what each row selects. */
export const connectionComplexity = ({ args, childComplexity }: { args: { first?: number | null }; childComplexity: number }) =>
  (args.first ?? 50) * Math.max(childComplexity, 1);

/** A list that does not page: an estimate of its usual length times what each row selects. */
export const listComplexity = ({ childComplexity }: { childComplexity: number }) => 10 * Math.max(childComplexity, 1);
