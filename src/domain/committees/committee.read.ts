import { sql, type TableRef } from '../../graph/sql/expr';
import { moreFields, page, readModel, rowsOf } from '../../graph/sql/model';
import { documentOf } from '../documents/document.relations';
import { organisationOf } from '../organisations/organisation.relations';
import { committeeList } from './committee.list';
import { CommitteeType } from './committee.type';

type C = TableRef<'committee'>;

export const committeeRead = readModel(CommitteeType, 'Committee', {
  table: 'committee',
  columns: (c: C) => ({
    id: c.id, year: c.year, name: c.name, kind: c.kind, chairs: c.chairs,
    chair: sql<string | null>`nullif(array_to_string(${c.chairs}, ', '), '')`,
    memberCount: c.member_count, exOfficioCount: c.ex_officio_count, appointedCount: c.appointed_count,
    asOf: c.as_of, asOfDate: c.as_of_date, sourceLine: c.source_line,
  }),
  relations: { organisation: organisationOf((c: C) => c.organisation_id), document: documentOf },
});

export const committeeQueries = moreFields('Query', {
  committees: page(committeeList, () => rowsOf('committee')),
});
