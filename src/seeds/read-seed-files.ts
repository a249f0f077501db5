// Reads and validates seed files. Every problem names the file, the record and the field,
// so the data team can fix a file without reading code.
import { lstatSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CORE_SCHEMA, YAMLException, load } from 'js-yaml';
import type { z } from 'zod';
import { normaliseStrings } from '../text';
import { documentSeed, organisationRegistry, seriesFile, type DocumentSeed, type OrganisationRegistry, type SeriesFile } from './seed-schema';

export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`seed files are invalid:\n  ${problems.join('\n  ')}`);
    this.name = 'SeedError';
  }
}

export interface SeedFiles {
  registry: OrganisationRegistry;
  registryFile: string;
  documents: { file: string; seed: DocumentSeed }[];
  series: SeriesFile;
  seriesFile: string;
}

export const REGISTRY_FILE = 'organisations.yaml';
/** Optional: curated series linking programs and indicators across documents. */
export const SERIES_FILE = 'series.yaml';

/** `programs[3] «시민행복 정책 발굴·추진» › budgets[0] › amount` */
function describePath(data: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let node: any = data;
  for (const key of path) {
    node = node?.[key as any];
    if (typeof key === 'number') {
      const label = node?.title ?? node?.name ?? node?.code ?? node?.org ?? node?.label ?? node?.year;
      parts[parts.length - 1] += `[${key}]` + (label != null ? ` «${label}»` : '');
    } else parts.push(String(key));
  }
  return parts.join(' › ') || '(file)';
}

function validate<T>(schema: z.ZodType<T>, data: unknown, file: string): { value?: T; problems: string[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => {
      const where = describePath(data, issue.path);
      const line = lineOf(data, issue.path);
      return `${file}: ${where}${line ? ` (line ${line})` : ''}: ${issue.message}`;
    }),
  };
}

/** The nearest `line` on the way to the field, to point at the document. */
function lineOf(data: unknown, path: PropertyKey[]): number | undefined {
  let node: any = data;
  let found: number | undefined;
  for (const key of path) {
    node = node?.[key as any];
    if (node && typeof node === 'object' && typeof node.line === 'number') found = node.line;
  }
  return found;
}

/** The largest seed file read (the largest today is under 0.5 MB). */
export const MAX_SEED_FILE_BYTES = 5 * 1024 * 1024;
/** The longest text field (a series reason is under 1,000 characters). */
export const MAX_TEXT_LENGTH = 10_000;
/** YAML aliases per file, counted as expanded: enough for sharing, far from an alias bomb. */
const MAX_ALIASES = 100;

/**
 * Alias uses as if every alias were expanded. js-yaml shares an anchored node between its
 * aliases instead of copying it, so a node met a second time is an alias use, and the aliases
 * inside it count again each time (an alias bomb nests them: ten aliases of ten aliases …).
 * Stops counting past `limit`, so a bomb costs no more than its distinct nodes.
 */
function expandedAliasUses(root: unknown, limit: number): number {
  const aliasesInside = new Map<object, number>();
  const visit = (node: unknown): number => {
    if (!node || typeof node !== 'object') return 0;
    const known = aliasesInside.get(node);
    if (known !== undefined) return 1 + known;
    aliasesInside.set(node, 0);
    let uses = 0;
    for (const child of Object.values(node)) {
      uses += visit(child);
      if (uses > limit) break;
    }
    aliasesInside.set(node, uses);
    return uses;
  };
  return visit(root);
}

/**
 * A seed file as data, or why not: a plain file (no folder, no symlink), at most 5 MB, UTF-8,
 * YAML without duplicate keys, unknown tags or alias bombs, text without NUL or overlong
 * fields, and numbers a float holds exactly.
 */
function parseFile(path: string): { data?: unknown; problems: string[] } {
  const name = basename(path);
  const stat = lstatSync(path);
  if (!stat.isFile()) return { problems: [`${name}: not a plain file (${stat.isSymbolicLink() ? 'a symbolic link' : stat.isDirectory() ? 'a folder' : 'a special file'}): seed files must be regular files`] };
  if (stat.size > MAX_SEED_FILE_BYTES) return { problems: [`${name}: ${stat.size} bytes; a seed file may have at most ${MAX_SEED_FILE_BYTES}`] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch {
    return { problems: [`${name}: not valid UTF-8: save it as UTF-8`] };
  }
  // js-yaml with YAML 1.2's core schema (no dates, no merge keys, no custom tags), which refuses
  // duplicate keys and unknown tags; chosen over `yaml` for speed (a seed load parses 0.6 MB).
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, filename: name });
  } catch (err) {
    if (!(err instanceof YAMLException)) throw err;
    return { problems: [`${name}: not valid YAML: ${err.reason}${err.mark ? ` (file line ${err.mark.line + 1})` : ''}`] };
  }
  if (expandedAliasUses(data, MAX_ALIASES) > MAX_ALIASES) {
    return { problems: [`${name}: not valid YAML: excessive alias count (over ${MAX_ALIASES} uses of aliases when expanded): an alias bomb?`] };
  }
  const problems: string[] = [];
  walk(data, [], (value, at) => {
    const where = () => `${name}: ${describePath(data, at)}`;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) problems.push(`${where()}: contains a NUL character`);
      if (value.length > MAX_TEXT_LENGTH) problems.push(`${where()}: ${value.length} characters; a text field may have at most ${MAX_TEXT_LENGTH}`);
    } else if (typeof value === 'number' && (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value)))) {
      problems.push(`${where()}: ${value} is not a number held exactly (at most ${Number.MAX_SAFE_INTEGER})`);
    }
  });
  return problems.length ? { problems } : { data: normaliseStrings(data), problems };
}

/** Visits every value with its path; `at` is one array pushed and popped, copied only by a visitor that keeps it. */
function walk(value: unknown, at: PropertyKey[], visit: (value: unknown, at: readonly PropertyKey[]) => void): void {
  visit(value, at);
  if (!value || typeof value !== 'object') return;
  for (const [key, child] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    at.push(key);
    walk(child, at, visit);
    at.pop();
  }
}

export function validateDocumentFile(path: string): { seed?: DocumentSeed; problems: string[] } {
  const parsed = parseFile(path);
  if (parsed.problems.length) return { problems: parsed.problems };
  const { value, problems } = validate(documentSeed, parsed.data, basename(path));
  return { seed: value, problems };
}

/** Reads every `*.yaml` in the folder; throws a SeedError listing every problem found. */
export function readSeedFiles(dir: string): SeedFiles {
  const names = readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort();
  if (names.length > 100) throw new SeedError([`${dir}: ${names.length} YAML files; a seed folder holds at most 100`]);
  const problems: string[] = [];
  if (!names.includes(REGISTRY_FILE)) problems.push(`${REGISTRY_FILE}: missing from ${dir}`);
  let registry: OrganisationRegistry = { organisations: [], links: [] };
  const documents: SeedFiles['documents'] = [];
  let series: SeriesFile = { programSeries: [], indicatorSeries: [] };
  for (const name of names) {
    const path = join(dir, name);
    if (name === SERIES_FILE) {
      const parsed = parseFile(path);
      problems.push(...parsed.problems);
      if (parsed.data !== undefined) {
        const result = validate(seriesFile, parsed.data, name);
        problems.push(...result.problems);
        if (result.value) series = result.value;
      }
      continue;
    }
    if (name === REGISTRY_FILE) {
      const parsed = parseFile(path);
      problems.push(...parsed.problems);
      if (parsed.data !== undefined) {
        const result = validate(organisationRegistry, parsed.data, name);
        problems.push(...result.problems);
        if (result.value) registry = result.value;
      }
      continue;
    }
    const result = validateDocumentFile(path);
    problems.push(...result.problems);
    if (result.seed) documents.push({ file: name, seed: result.seed });
  }
  if (problems.length) throw new SeedError(problems);
  return { registry, registryFile: REGISTRY_FILE, documents, series, seriesFile: SERIES_FILE };
}
