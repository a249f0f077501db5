// Reads and validates seed files. Every problem names the file, the record and the field,
// so the data team can fix a file without reading code.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
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
function describePath(data: unknown, path: PropertyKey[]): string {
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

function parseFile(path: string): { data?: unknown; problems: string[] } {
  try {
    return { data: normaliseStrings(parseYaml(readFileSync(path, 'utf8'), { uniqueKeys: true })), problems: [] };
  } catch (err: any) {
    return { problems: [`${basename(path)}: not valid YAML: ${String(err.message).split('\n')[0]}`] };
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
