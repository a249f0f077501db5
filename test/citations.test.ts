// Every record cites its document and line; this opens the line and checks it holds the
// record's printed name and figures (whitespace ignored: the documents space words out).
// Documents: SOURCE_DOCUMENTS_DIR, else ../shared/seeds beside the checkout.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readSeedFiles } from '../src/seeds/read-seed-files';
import { DEFAULT_SEED_DIR } from '../src/seeds/seed-hash';

const documentsDir = resolve(process.env.SOURCE_DOCUMENTS_DIR ?? join(__dirname, '../../shared/seeds'));
const haveDocuments = existsSync(documentsDir);
if (!haveDocuments) {
  // The reason is the skipped test's name, so it shows in jest's output.
  test.skip(`citation checks: no source documents at ${documentsDir}; set SOURCE_DOCUMENTS_DIR to the folder of 000_…txt … 004_…txt`, () => {});
}

/** Whitespace, quote styles and markdown marks removed: `“스마트 GIS 인천”` equals `"스마트GIS인천"`. */
const squash = (text: string) => text.normalize('NFC').replace(/[\s"'“”‘’「」『』#*]/gu, '');

interface Citation { record: string; line: number; expect: string; span?: number }
/** A program's title must be printed at one of its places (its line or a mention). */
interface TitleCitation { document: string; record: string; lines: number[]; title: string }
const titles: TitleCitation[] = [];

function citationsOf(): Map<string, Citation[]> {
  const byFile = new Map<string, Citation[]>();
  for (const { file, seed } of readSeedFiles(DEFAULT_SEED_DIR).documents) {
    const out: Citation[] = [];
    const cite = (record: string, line: number, expect: string | number | null | undefined, span = 1) => {
      if (expect != null && String(expect).trim() !== '') out.push({ record: `${file}: ${record}`, line, expect: String(expect), span });
    };
    cite('document.title', seed.document.line, seed.document.title, 5);
    seed.staffing.forEach((s, i) => cite(`staffing[${i}] ${s.org} ${s.grade ?? ''}`, s.line, s.raw));
    seed.budgets.forEach((b, i) => cite(`budgets[${i}] ${b.org}`, b.line, b.raw));
    seed.strategies.forEach((s, i) => s.items.forEach((item, j) => cite(`strategies[${i}].items[${j}]`, item.line, item.title, 2)));
    seed.programs.forEach((p, i) => {
      // every mention holds the wording printed there (long titles wrap over a blank line); the title is one of them
      cite(`programs[${i}] «${p.title}» line`, p.line, p.printedAs, 3);
      p.mentions.forEach((m, j) => cite(`programs[${i}] «${p.title}» mentions[${j}]`, m.line, m.printedAs, 3));
      titles.push({ document: seed.document.file, record: `${file}: programs[${i}] «${p.title}»`, lines: [p.line, ...p.mentions.map((m) => m.line)], title: p.title });
      // the owner's line prints the unit, unless the owner is known from a division's description of the item
      if (p.org && p.orgLine && p.orgBasis !== 'DESCRIBING_DIVISION') cite(`programs[${i}] «${p.title}» org`, p.orgLine, p.org.replace(/실$/u, ''), 2);
      // a figure's other printings hold its number (a table cell under a unit column prints no unit)
      const figure = (raw: string) => raw.match(/\d[\d,.]*/u)?.[0] ?? raw;
      p.budgets.forEach((b, j) => {
        cite(`programs[${i}].budgets[${j}]`, b.line, b.raw);
        b.lines.forEach((line) => cite(`programs[${i}].budgets[${j}] lines`, line, figure(b.raw)));
      });
      p.projectTotals.forEach((t, j) => {
        cite(`programs[${i}].projectTotals[${j}]`, t.line, t.raw);
        t.lines.forEach((line) => cite(`programs[${i}].projectTotals[${j}] lines`, line, figure(t.raw)));
      });
      p.milestones.forEach((m, j) => cite(`programs[${i}].milestones[${j}] «${m.event}»`, m.line, m.date, 2));
      p.indicators.forEach((ind, j) => ind.values.forEach((v, k) => cite(`programs[${i}].indicators[${j}] «${ind.name}» ${v.year}`, v.line ?? ind.line, v.raw, 2)));
    });
    seed.indicators.forEach((ind, i) => ind.values.forEach((v, k) => cite(`indicators[${i}] «${ind.name}» values[${k}] ${v.year}`, v.line ?? ind.line, v.raw, 2)));
    seed.committees.forEach((c, i) => {
      // Council committees are printed abbreviated in lists: 의회운영 for 의회운영위원회.
      cite(`committees[${i}] «${c.name}»`, c.line, c.kind === 'COUNCIL_COMMITTEE' ? c.name.replace(/(특별)?위원회$/u, '') : c.name, 2);
      c.chairs.forEach((chair) => cite(`committees[${i}] chair`, c.line, chair, 2));
    });
    seed.civicOrganisations.forEach((c, i) => {
      cite(`civicOrganisations[${i}] «${c.name}»`, c.line, c.name);
      cite(`civicOrganisations[${i}] phone`, c.line, c.phone);
      cite(`civicOrganisations[${i}] members`, c.line, c.membersRaw);
    });
    seed.auditFindings.forEach((f, i) => cite(`auditFindings[${i}] «${f.code}»`, f.line, f.title, 2));
    seed.people.forEach((p, i) => p.roles.forEach((r, j) => cite(`people[${i}] «${p.name}» roles[${j}]`, r.line, p.name, 2)));
    seed.totals.forEach((t, i) => cite(`totals[${i}] «${t.label}»`, t.line, t.printedRaw ?? (t.printed == null ? null : t.printed.toLocaleString('en-US')), 1));
    byFile.set(seed.document.file, out);
  }
  return byFile;
}

(haveDocuments ? describe : describe.skip)('every cited line holds its record', () => {
  const byFile = haveDocuments ? citationsOf() : new Map<string, Citation[]>();

  test.each([...byFile.keys()])('%s', (file) => {
    const lines = readFileSync(join(documentsDir, file), 'utf8').split('\n');
    const misses = byFile.get(file)!.filter((c) => {
      const window = lines.slice(c.line - 1, c.line - 1 + (c.span ?? 1)).join('');
      return !squash(window).includes(squash(c.expect));
    }).map((c) => `${c.record}: line ${c.line} lacks «${c.expect}»`);
    expect(misses).toEqual([]);
    expect(byFile.get(file)!.length).toBeGreaterThan(20);
  });

  test.each([...byFile.keys()])('%s: every program title is printed at one of its places', (file) => {
    const lines = readFileSync(join(documentsDir, file), 'utf8').split('\n');
    const own = titles.filter((t) => t.document === file);
    const misses = own.filter((t) => !t.lines.some((line) => squash(lines.slice(line - 1, line + 2).join('')).includes(squash(t.title))))
      .map((t) => `${t.record}: no line of ${t.lines.join(', ')} prints its title`);
    expect(misses).toEqual([]);
    expect(own.length).toBeGreaterThan(10);
  });
});
