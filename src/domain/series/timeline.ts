// Vintages: the same year's figure printed by several documents (a target in one year's
// plan, a result in the next). The timeline keeps one point per year, the figure of the
// latest document, and every printing beside it; nothing is overwritten.

export interface Printing {
  year: number;
  /** plan year of the printing document: later documents know more */
  planYear: number;
  documentId: string;
  /** tie-break within one document: the record's id */
  recordId: string;
}

export interface TimelinePoint<P extends Printing> {
  year: number;
  latest: P;
  vintages: P[];
}

export function timelineOf<P extends Printing>(printings: P[], rank: (p: P) => number = () => 0): TimelinePoint<P>[] {
  const byYear = new Map<number, P[]>();
  for (const p of printings) byYear.set(p.year, [...(byYear.get(p.year) ?? []), p]);
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, list]) => {
      const vintages = [...list].sort((a, b) =>
        b.planYear - a.planYear || rank(a) - rank(b) || a.documentId.localeCompare(b.documentId) || a.recordId.localeCompare(b.recordId));
      return { year, latest: vintages[0], vintages };
    });
}
