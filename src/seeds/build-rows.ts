// Turns validated seed files into the rows of every table: ids derived from content,
// references resolved, money converted to million KRW, printed totals re-added.
// Pure: no database, so tests can call it on small inline seeds.
import { nameKey, searchText } from '../text';
import type { SeedFiles } from './read-seed-files';
import type { BudgetLineSeed, DocumentSeed, IndicatorSeed } from './seed-schema';

type Row = Record<string, unknown>;
export interface SeedRows {
  Organisation: Row[];
  SourceDocument: Row[];
  OrganisationLink: Row[];
  OrganisationSnapshot: Row[];
  Staffing: Row[];
  Strategy: Row[];
  StrategyItem: Row[];
  Program: Row[];
  ProgramMention: Row[];
  ProjectTotal: Row[];
  Milestone: Row[];
  BudgetLine: Row[];
  Indicator: Row[];
  IndicatorValue: Row[];
  Committee: Row[];
  CivicOrganisation: Row[];
  AuditFinding: Row[];
  AuditAction: Row[];
  Person: Row[];
  PersonRole: Row[];
  TotalCheck: Row[];
  ProgramSeries: Row[];
  ProgramSeriesMember: Row[];
  IndicatorSeries: Row[];
  IndicatorSeriesMember: Row[];
}

export class SeedReferenceError extends Error {
  constructor(readonly problems: string[]) {
    super(`seed files do not fit together:\n  ${problems.join('\n  ')}`);
    this.name = 'SeedReferenceError';
  }
}

/** The printed statuses of findings in the one vocabulary; an unknown one fails the load, to be added here. */
const FINDING_STATUS_BY_PRINTED: Record<string, string> = {
  진행: 'IN_PROGRESS', 진행중: 'IN_PROGRESS', 추진중: 'IN_PROGRESS', 완료: 'DONE', 종결: 'DONE', 조치완료: 'DONE', 계획: 'PLANNED', 미착수: 'NOT_STARTED',
};

const MILLION_KRW_PER_UNIT: Record<string, number> = { 원: 1e-6, 천원: 1e-3, 백만원: 1, 억원: 100 };

/** 억원 ×100, 천원 ÷1000, 원 ÷1,000,000; rounded so 0.1 + 0.2 noise never reaches a dashboard. */
export function toMillionKrw(amount: number, unit: string): number {
  const factor = MILLION_KRW_PER_UNIT[unit];
  if (factor === undefined) throw new Error(`unknown money unit ${unit}`);
  return Math.round(amount * factor * 1e6) / 1e6;
}

/** A figure's lines: where it is first printed, then every other line printing it, in order. */
const linesOf = (line: number, others: number[]) => [line, ...[...new Set(others)].filter((l) => l !== line).sort((a, b) => a - b)];

export function buildRows(files: SeedFiles): SeedRows {
  const rows: SeedRows = {
    Organisation: [], SourceDocument: [], OrganisationLink: [], OrganisationSnapshot: [], Staffing: [], Strategy: [],
    StrategyItem: [], Program: [], ProgramMention: [], ProjectTotal: [], Milestone: [], BudgetLine: [], Indicator: [], IndicatorValue: [], Committee: [],
    CivicOrganisation: [], AuditFinding: [], AuditAction: [], Person: [], PersonRole: [], TotalCheck: [],
    ProgramSeries: [], ProgramSeriesMember: [], IndicatorSeries: [], IndicatorSeriesMember: [],
  };
  const problems: string[] = [];
  const seenIds = new Map<string, string>();
  /** Adds a row unless its id is taken: a duplicate id means two records claim one fact. */
  const add = (table: keyof SeedRows, row: Row, where: string) => {
    const id = row.id as string;
    const earlier = seenIds.get(id);
    if (earlier) {
      problems.push(`${where}: duplicates ${earlier} (id ${id}); give one of them a distinct key`);
      return false;
    }
    seenIds.set(id, where);
    rows[table].push(row);
    return true;
  };

  // Organisation registry: every name and alias key points at one entry.
  const orgIdByKey = new Map<string, string>();
  files.registry.organisations.forEach((org, i) => {
    const where = `${files.registryFile}: organisations[${i}] «${org.name}»`;
    const id = `org:${nameKey(org.name)}`;
    for (const written of [org.name, ...org.aliases]) {
      const key = nameKey(written);
      const other = orgIdByKey.get(key);
      if (other && other !== id) problems.push(`${where}: name or alias ${written} is also ${other}`);
      orgIdByKey.set(key, id);
    }
    add('Organisation', {
      id, name: nameKey(org.name), key: nameKey(org.name), kind: org.kind, aliases: org.aliases,
      note: org.note ?? null, searchText: searchText(org.name, ...org.aliases),
    }, where);
  });

  const personIds = new Set<string>();
  const personRoleCount = new Map<string, number>();
  const addPersonRole = (personName: string | null, role: Row, where: string) => {
    let personId: string | null = null;
    if (personName) {
      personId = `person:${nameKey(personName)}`;
      if (!personIds.has(personId)) {
        personIds.add(personId);
        rows.Person.push({ id: personId, name: nameKey(personName), searchText: searchText(personName) });
      }
    }
    const owner = personId ?? 'vacant';
    const position = personRoleCount.get(owner) ?? 0;
    personRoleCount.set(owner, position + 1);
    add('PersonRole', {
      ...role,
      id: `role:${role.document}:${personId ? nameKey(personName!) : 'vacant'}:${nameKey(String(role.title))}:${role.since ?? ''}`,
      person: personId, position,
    }, where);
  };

  for (const { file, seed } of files.documents) {
    const doc = seed.document;
    const docId = doc.slug;
    const record = (path: string, label?: string | number) => `${file}: ${path}${label != null ? ` «${label}»` : ''}`;
    const findingStatus = (printed: string, where: string) => {
      const kind = FINDING_STATUS_BY_PRINTED[nameKey(printed)];
      if (!kind) problems.push(`${where} › status: ${printed} is not in the status vocabulary (src/seeds/build-rows.ts)`);
      return kind ?? null;
    };
    const org = (name: string | undefined, where: string, field = 'org'): string | null => {
      if (!name) return null;
      const id = orgIdByKey.get(nameKey(name));
      if (!id) problems.push(`${where} › ${field}: unknown organisation ${name} (add it to ${files.registryFile})`);
      return id ?? null;
    };

    add('SourceDocument', {
      id: docId, title: doc.title, kind: doc.kind, planYear: doc.planYear, publishedOn: doc.publishedOn ?? null,
      issuer: org(doc.issuer, record('document'), 'issuer'), fileName: doc.file, sourceLine: doc.line,
      searchText: searchText(doc.title),
    }, record('document'));

    seed.units.forEach((u, i) => {
      const where = record(`units[${i}]`, u.org);
      const organisation = org(u.org, where);
      add('OrganisationSnapshot', {
        id: `unit:${docId}:${organisation}:${u.year}`, organisation, year: u.year, document: docId,
        parent: org(u.parent, where, 'parent'), printedAs: u.printedAs ?? null, sourceLine: u.line,
      }, where);
    });

    seed.staffing.forEach((s, i) => {
      const where = record(`staffing[${i}]`, s.org);
      const organisation = org(s.org, where);
      add('Staffing', {
        id: `staffing:${docId}:${organisation}:${s.year}:${s.grade ?? 'total'}`, organisation, year: s.year,
        document: docId, grade: s.grade ?? null, authorized: s.authorized, current: s.current,
        asOf: s.asOf ?? null, raw: s.raw ?? null, sourceLine: s.line,
      }, where);
    });

    const budgetRow = (owner: { organisation?: string | null; program?: string | null }, b: BudgetLineSeed, where: string) => {
      const ownerId = owner.program ?? owner.organisation;
      add('BudgetLine', {
        id: `budget:${docId}:${ownerId}:${b.fiscalYear}:${b.phase}:${b.quarter ?? ''}:${b.category ? nameKey(b.category) : ''}`,
        document: docId, organisation: owner.organisation ?? null, program: owner.program ?? null,
        fiscalYear: b.fiscalYear, phase: b.phase, phasePrinted: b.phasePrinted ?? null, quarter: b.quarter ?? null,
        category: b.category ?? null, millionKrw: toMillionKrw(b.amount, b.unit), amountAsPrinted: b.amount,
        unitAsPrinted: b.unit, rawText: b.raw, sourceLine: b.line, sourceLines: linesOf(b.line, b.lines),
      }, where);
    };
    seed.budgets.forEach((b, i) => {
      const where = record(`budgets[${i}]`, b.org);
      budgetRow({ organisation: org(b.org, where) }, b, where);
    });

    const strategyIdByNumber = new Map<string, string>();
    seed.strategies.forEach((s, i) => {
      const where = record(`strategies[${i}]`, s.title);
      const id = `strategy:${docId}:${nameKey(s.number)}`;
      strategyIdByNumber.set(nameKey(s.number), id);
      add('Strategy', {
        id, document: docId, organisation: org(s.org, where), year: doc.planYear, number: s.number, title: s.title,
        vision: s.vision ?? null, goal: s.goal ?? null, sourceLine: s.line, searchText: searchText(s.title),
      }, where);
      s.items.forEach((item, j) => add('StrategyItem', {
        id: `${id}/${nameKey(item.number)}`, strategy: id, position: j, number: item.number, title: item.title,
        sourceLine: item.line,
      }, `${where} › items[${j}]`));
    });

    const addIndicator = (ind: Omit<IndicatorSeed, 'program'>, programId: string | null, programKey: string, ownerOrg: string | null, where: string) => {
      const id = `indicator:${docId}:${programKey}:${nameKey(ind.key ?? ind.name)}`;
      if (!add('Indicator', {
        id, document: docId, program: programId, organisation: org(ind.org, where) ?? ownerOrg, name: ind.name,
        unit: ind.unit ?? null, normalizedUnit: ind.unitNormalized ?? ind.unit ?? null, dimensionName: ind.dimensionName ?? null, sourceLine: ind.line, searchText: searchText(ind.name),
      }, where)) return;
      ind.values.forEach((v, k) => add('IndicatorValue', {
        id: `${id}@${v.year}${v.dimension ? `:${nameKey(v.dimension)}` : ''}`, indicator: id, document: docId, year: v.year,
        dimension: v.dimension ?? null, value: v.value ?? null, rawValue: v.raw,
        kind: v.kind ?? (v.year < doc.planYear ? 'ACTUAL' : 'TARGET'), sourceLine: v.line ?? ind.line,
      }, `${where} › values[${k}] «${v.year}${v.dimension ? ` ${v.dimension}` : ''}»`));
    };

    const programByKey = new Map<string, { id: string; key: string; organisation: string | null }>();
    const programsByTitle = new Map<string, string[]>();
    seed.programs.forEach((p, i) => {
      const where = record(`programs[${i}]`, p.title);
      const key = nameKey(p.key ?? p.title);
      const id = `program:${docId}:${key}`;
      const organisation = org(p.org, where);
      let strategy: string | null = null;
      if (p.strategy) {
        strategy = strategyIdByNumber.get(nameKey(p.strategy)) ?? null;
        if (!strategy) problems.push(`${where} › strategy: no strategy numbered ${p.strategy} in this file`);
      }
      const total = p.totalBudget;
      if (!add('Program', {
        id, document: docId, year: doc.planYear, number: p.number ?? null, section: p.section ?? null, title: p.title,
        organisation, organisationBasis: p.orgBasis, organisationLine: p.orgLine ?? null, strategy, status: p.status ?? null,
        period: p.period ?? null,
        totalBudgetMillionKrw: total?.amount != null ? toMillionKrw(total.amount, total.unit!) : null,
        totalBudgetRaw: total?.raw ?? null, totalBudgetUnit: total?.unit ?? null,
        nationalSupport: p.nationalSupport ?? null, page: p.page ?? null, sourceLine: p.line,
        searchText: searchText(p.title, p.printedAs, ...p.mentions.map((m) => m.printedAs)),
      }, where)) return;
      // the first mention is the program's own line; the others follow in the file's order
      [{ line: p.line, role: p.role, printedAs: p.printedAs }, ...p.mentions].forEach((m, j) => add('ProgramMention', {
        id: `${id}/mention:${m.line}`, program: id, position: j, role: m.role, printedAs: m.printedAs ?? null, sourceLine: m.line,
      }, `${where} › ${j ? `mentions[${j - 1}]` : 'line'}`));
      p.projectTotals.forEach((t, j) => add('ProjectTotal', {
        id: `projectTotal:${id}:${nameKey(t.period)}:${t.category ? nameKey(t.category) : ''}`, program: id, period: t.period,
        category: t.category ?? null, millionKrw: toMillionKrw(t.amount, t.unit), amountAsPrinted: t.amount, unitAsPrinted: t.unit,
        rawText: t.raw, sourceLine: t.line, sourceLines: linesOf(t.line, t.lines),
      }, `${where} › projectTotals[${j}]`));
      p.milestones.forEach((m, j) => add('Milestone', {
        id: `${id}/milestone:${m.line}:${nameKey(m.date)}:${nameKey(m.event)}`, program: id, position: j, datePrinted: m.date,
        isoDate: m.iso ?? null, isoEndDate: m.isoEnd ?? null, event: m.event, sourceLine: m.line,
      }, `${where} › milestones[${j}]`));
      programByKey.set(key, { id, key, organisation });
      const titleKey = nameKey(p.title);
      programsByTitle.set(titleKey, [...(programsByTitle.get(titleKey) ?? []), key]);
      p.budgets.forEach((b, j) => budgetRow({ program: id }, b, `${where} › budgets[${j}]`));
      p.indicators.forEach((ind, j) => addIndicator(ind, id, key, organisation, `${where} › indicators[${j}] «${ind.name}»`));
    });

    const findProgram = (ref: string, where: string) => {
      const key = nameKey(ref);
      const direct = programByKey.get(key);
      if (direct) return direct;
      const byTitle = programsByTitle.get(key) ?? [];
      if (byTitle.length === 1) return programByKey.get(byTitle[0])!;
      problems.push(`${where} › program: ${byTitle.length ? 'several programs are titled' : 'no program keyed or titled'} ${ref} in this file`);
      return undefined;
    };
    seed.indicators.forEach((ind, i) => {
      const where = record(`indicators[${i}]`, ind.name);
      const program = ind.program ? findProgram(ind.program, where) : undefined;
      addIndicator(ind, program?.id ?? null, program?.key ?? '-', program?.organisation ?? null, where);
    });

    seed.committees.forEach((c, i) => {
      const where = record(`committees[${i}]`, c.name);
      const organisation = org(c.org, where);
      const id = `committee:${docId}:${nameKey(c.name)}`;
      if (!add('Committee', {
        id, document: docId, year: doc.planYear, name: c.name, kind: c.kind, chairs: c.chairs,
        memberCount: c.memberCount ?? null, exOfficioCount: c.exOfficioCount ?? null, appointedCount: c.appointedCount ?? null,
        organisation, asOf: c.asOf ?? null, asOfDate: c.date ?? null, sourceLine: c.line, searchText: searchText(c.name),
      }, where)) return;
      // Chairs are people too; their roles come from the committee row, not a second record.
      const title = `${c.name} ${c.chairs.length > 1 ? '공동위원장' : '위원장'}`;
      c.chairs.forEach((chair) => addPersonRole(chair, {
        document: docId, year: doc.planYear, title, organisation, affiliation: null, state: 'SERVING', since: null,
        until: null, asOf: c.asOf ?? null, sourceLine: c.line,
      }, `${where} › chairs «${chair}»`));
    });

    seed.civicOrganisations.forEach((c, i) => add('CivicOrganisation', {
      id: `civic:${docId}:${nameKey(c.name)}`, document: docId, year: doc.planYear, name: c.name,
      representative: c.representative ?? null, address: c.address ?? null, memberCount: c.memberCount ?? null,
      corporateMemberCount: c.corporateMemberCount ?? null, membersRaw: c.membersRaw ?? null, phone: c.phone ?? null,
      asOf: c.asOf ?? null, asOfDate: c.date ?? null, sourceLine: c.line, searchText: searchText(c.name),
    }, record(`civicOrganisations[${i}]`, c.name)));

    seed.auditFindings.forEach((f, i) => {
      const where = record(`auditFindings[${i}]`, f.code);
      const id = `finding:${docId}:${nameKey(f.code)}`;
      if (!add('AuditFinding', {
        id, document: docId, year: doc.planYear, code: f.code, auditYear: f.auditYear, kind: f.kind, title: f.title,
        organisation: org(f.org, where), committee: f.committee ?? null, status: f.status ?? null,
        statusKind: f.status ? findingStatus(f.status, where) : null, page: f.page ?? null,
        sourceLine: f.line, searchText: searchText(f.title, f.code),
      }, where)) return;
      f.actions.forEach((a, j) => add('AuditAction', {
        id: `${id}/action:${j + 1}`, finding: id, position: j, summary: a.summary, due: a.due ?? null, sourceLine: a.line,
      }, `${where} › actions[${j}]`));
    });

    seed.people.forEach((person, i) => person.roles.forEach((r, j) => {
      const where = record(`people[${i}]`, person.name) + ` › roles[${j}]`;
      addPersonRole(person.name, {
        document: docId, year: doc.planYear, title: r.title, organisation: org(r.org, where),
        affiliation: r.affiliation ?? null, state: r.state ?? null, since: r.since ?? null, until: r.until ?? null,
        asOf: r.asOf ?? null, sourceLine: r.line,
      }, where);
    }));
    seed.vacantPosts.forEach((r, i) => {
      const where = record(`vacantPosts[${i}]`, r.title);
      addPersonRole(null, {
        document: docId, year: doc.planYear, title: r.title, organisation: org(r.org, where), affiliation: r.affiliation ?? null,
        state: 'VACANT', since: r.since ?? null, until: r.until ?? null, asOf: r.asOf ?? null, sourceLine: r.line,
      }, where);
    });

    seed.totals.forEach((t, i) => {
      const where = record(`totals[${i}]`, t.label);
      const computed = computeTotal(t, docId, rows, {
        org: (name) => org(name, where, 'where.orgs'),
        program: (ref) => findProgram(ref, where)?.id ?? null,
        strategy: (n) => {
          const id = strategyIdByNumber.get(nameKey(n));
          if (!id) problems.push(`${where} › where.strategy: no strategy numbered ${n} in this file`);
          return id ?? null;
        },
      });
      add('TotalCheck', {
        id: `total:${docId}:${t.line}:${nameKey(t.label)}`, document: docId, label: t.label, of: t.of,
        printed: t.printed, printedRaw: t.printedRaw ?? null, computed,
        matches: t.printed == null ? computed == null : computed != null && Math.abs(t.printed - computed) < 1e-6,
        sourceLine: t.line,
      }, where);
    });
  }

  const documentIds = new Set(rows.SourceDocument.map((d) => d.id));
  files.registry.links.forEach((link, i) => {
    const where = `${files.registryFile}: links[${i}] «${link.from} → ${link.to}»`;
    const endpoint = (name: string, field: string) => {
      const id = orgIdByKey.get(nameKey(name));
      if (!id) problems.push(`${where} › ${field}: unknown organisation ${name}`);
      return id;
    };
    const from = endpoint(link.from, 'from');
    const to = endpoint(link.to, 'to');
    if (!documentIds.has(link.document)) problems.push(`${where} › document: no document ${link.document}`);
    add('OrganisationLink', {
      id: `link:${from}:${to}:${link.year}`, from, to, kind: link.kind, year: link.year, reason: link.reason,
      document: link.document, sourceLine: link.line,
    }, where);
  });

  // Series link records by id: every member must exist. A record may be in several series
  // (an item merging two initiatives), never twice in one (a duplicate member id).
  const seriesKinds = [
    { list: files.series.programSeries, table: 'ProgramSeries', members: 'ProgramSeriesMember', target: 'Program', field: 'program', prefix: 'programSeries', path: 'programSeries' },
    { list: files.series.indicatorSeries, table: 'IndicatorSeries', members: 'IndicatorSeriesMember', target: 'Indicator', field: 'indicator', prefix: 'indicatorSeries', path: 'indicatorSeries' },
  ] as const;
  for (const kind of seriesKinds) {
    const known = new Set(rows[kind.target].map((r) => r.id));
    kind.list.forEach((series, i) => {
      const where = `${files.seriesFile}: ${kind.path}[${i}] «${series.key}»`;
      const id = `${kind.prefix}:${series.key}`;
      add(kind.table, 'title' in series
        ? { id, key: series.key, title: series.title, searchText: searchText(series.title) }
        : { id, key: series.key, name: series.name, unit: series.unit ?? null, searchText: searchText(series.name) }, where);
      series.members.forEach((member, j) => {
        const memberWhere = `${where} › members[${j}] › id`;
        if (!known.has(member.id)) problems.push(`${memberWhere}: no ${kind.field} with id ${member.id}`);
        const dimension = 'dimension' in member ? member.dimension ?? null : undefined;
        if (dimension && !rows.IndicatorValue.some((v) => v.indicator === member.id && v.dimension === dimension)) {
          problems.push(`${where} › members[${j}] › dimension: indicator ${member.id} has no value in category ${dimension}`);
        }
        add(kind.members, { id: `${id}/${member.id}`, series: id, [kind.field]: member.id, position: j, reason: member.reason, ...(dimension !== undefined ? { dimension } : {}) }, memberWhere);
      });
    });
  }

  if (problems.length) throw new SeedReferenceError(problems);
  return rows;
}

type TotalSeed = DocumentSeed['totals'][number];
/** A part of a breakdown row is named `row / part` (인천브랜드 마케팅 / 도시브랜드 포럼): `*` sums the rows, not their parts too. */
const isPartOfCategory = (category: string) => category.includes(' / ');
interface Resolvers {
  org: (name: string) => string | null;
  program: (ref: string) => string | null;
  strategy: (number: string) => string | null;
}

/** Re-adds the rows a printed total covers. Returns null when no row matches. */
function computeTotal(t: TotalSeed, docId: string, rows: SeedRows, resolve: Resolvers): number | null {
  const w = t.where;
  const inDoc = (r: Row) => r.document === docId;
  const orgIds = w.orgs?.map(resolve.org);
  const programIds = w.programs?.map(resolve.program);
  const strategyId = w.strategy ? resolve.strategy(w.strategy) : undefined;
  const categoryMatches = (category: unknown, wanted: string | undefined) =>
    wanted === undefined ? category == null : wanted === '*' ? category != null && !isPartOfCategory(String(category)) : category != null && nameKey(String(category)) === nameKey(wanted);
  const sum = (values: unknown[]) => {
    const numbers = values.filter((v): v is number => typeof v === 'number');
    return numbers.length ? Math.round(numbers.reduce((a, b) => a + b, 0) * 1e6) / 1e6 : null;
  };
  const orgFilter = (r: Row) => !orgIds || orgIds.includes(r.organisation as string);
  const programsOf = () => rows.Program.filter((p) => inDoc(p)
    && (!strategyId || p.strategy === strategyId) && (!programIds || programIds.includes(p.id as string)) && orgFilter(p));

  switch (t.of) {
    case 'budget':
      return sum(rows.BudgetLine.filter((b) => inDoc(b)
        && (!orgIds || orgIds.includes(b.organisation as string)) && (!programIds || programIds.includes(b.program as string))
        && (w.fiscalYear === undefined || b.fiscalYear === w.fiscalYear) && (w.phase === undefined || b.phase === w.phase)
        && (w.quarter === undefined || b.quarter === w.quarter) && categoryMatches(b.category, w.category)).map((b) => b.millionKrw));
    case 'staffing.authorized':
    case 'staffing.current': {
      const field = t.of === 'staffing.authorized' ? 'authorized' : 'current';
      return sum(rows.Staffing.filter((s) => inDoc(s) && orgFilter(s) && (w.year === undefined || s.year === w.year)
        && categoryMatches(s.grade, w.grade)).map((s) => s[field]));
    }
    case 'program.totalBudget':
      return sum(programsOf().map((p) => p.totalBudgetMillionKrw));
    case 'count.programs':
      return programsOf().length;
    case 'count.auditFindings':
      return rows.AuditFinding.filter((f) => inDoc(f) && orgFilter(f) && (w.kind === undefined || f.kind === w.kind)
        && (w.status === undefined || f.status === w.status)).length;
    case 'count.committees':
      return rows.Committee.filter((c) => inDoc(c) && orgFilter(c) && (w.kind === undefined || c.kind === w.kind)).length;
    case 'count.civicOrganisations':
      return rows.CivicOrganisation.filter(inDoc).length;
    case 'committee.members':
      return sum(rows.Committee.filter((c) => inDoc(c) && orgFilter(c)).map((c) => c.memberCount));
    case 'civic.members':
      return sum(rows.CivicOrganisation.filter(inDoc).map((c) => c.memberCount));
  }
}
