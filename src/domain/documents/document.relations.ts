// How other concepts reach a document (a module of its own, so reads of every concept can import it).
import type { Expr } from '../../graph/sql/expr';
import { byId, one } from '../../graph/sql/model';

/** The document a record is drawn from: every record's `document`. */
export const documentOf = one((row: { document_id: Expr<string | null> }) => byId('source_document', row.document_id));
