import { codePointOrder, eq, type TableRef } from '../../graph/sql/expr';
import { many, moreFields, readModel, rowsOf } from '../../graph/sql/model';
import { organisationOf } from '../organisations/organisation.relations';
import { SourceDocumentType, TotalCheckType } from './document.type';

export const documentRead = readModel(SourceDocumentType, 'SourceDocument', {
  table: 'source_document',
  columns: (d: TableRef<'source_document'>) => ({
    id: d.id, title: d.title, kind: d.kind, planYear: d.plan_year, publishedOn: d.published_on, fileName: d.file_name, sourceLine: d.source_line,
  }),
  relations: {
    issuer: organisationOf((d: TableRef<'source_document'>) => d.issuer_id),
    totalChecks: many((d: TableRef<'source_document'>) =>
      rowsOf('total_check', (c) => [eq(c.document_id, d.id)], (c) => [c.source_line, codePointOrder(c.id)])),
  },
});

export const totalCheckRead = readModel(TotalCheckType, 'TotalCheck', {
  columns: (c: TableRef<'total_check'>) => ({
    label: c.label, of: c.of, printed: c.printed, printedRaw: c.printed_raw, computed: c.computed, matches: c.matches, sourceLine: c.source_line,
  }),
});

export const documentQueries = moreFields('Query', {
  documents: many(() => rowsOf('source_document', undefined, (d) => [d.plan_year, codePointOrder(d.id)])),
});
