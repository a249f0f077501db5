import type { TableRef } from '../../graph/sql/expr';
import { moreFields, page, readModel, rowsOf } from '../../graph/sql/model';
import { documentOf } from '../documents/document.relations';
import { civicOrganisationList } from './civic-organisation.list';
import { CivicOrganisationType } from './civic-organisation.type';

type C = TableRef<'civic_organisation'>;

export const civicOrganisationRead = readModel(CivicOrganisationType, 'CivicOrganisation', {
  table: 'civic_organisation',
  columns: (c: C) => ({
    id: c.id, year: c.year, name: c.name, representative: c.representative, address: c.address, memberCount: c.member_count,
    corporateMemberCount: c.corporate_member_count, membersRaw: c.members_raw, phone: c.phone, asOf: c.as_of, asOfDate: c.as_of_date,
    sourceLine: c.source_line,
  }),
  relations: { document: documentOf },
});

export const civicOrganisationQueries = moreFields('Query', {
  civicOrganisations: page(civicOrganisationList, () => rowsOf('civic_organisation')),
});
