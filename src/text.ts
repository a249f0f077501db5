/** Identity and search key: NFC with all whitespace removed, so `정 책 기 획 관` equals `정책기획관`. */
export function nameKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, '');
}

/** What `search` filters match against: the keys of a record's names, lower-cased, one per line. */
export function searchText(...names: (string | null | undefined)[]): string {
  return names.filter((n): n is string => !!n).map((n) => nameKey(n).toLowerCase()).join('\n');
}

/** What a `search` looks for in searchText: its key, lower-cased. */
const searchKey = (search: string) => nameKey(search).toLowerCase();

/** A LIKE pattern for "contains", with the user's % and _ taken literally. */
export function containsPattern(search: string): string {
  return '%' + searchKey(search).replace(/[\\%_]/g, (c) => '\\' + c) + '%';
}

/** containsPattern's match on a row already loaded (nested lists filter in memory). */
export function containsSearch(searchText: string, search: string): boolean {
  return searchText.includes(searchKey(search));
}

/** Normalises every string of a parsed seed file to NFC (Korean text may arrive decomposed). */
export function normaliseStrings<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(normaliseStrings) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normaliseStrings(v)])) as T;
  }
  return value;
}
