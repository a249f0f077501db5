/** A GraphQL enum object from a domain's list of values (`['NEW', 'CONTINUING']` → `{ NEW: 'NEW', … }`). */
export function enumObject<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
}
