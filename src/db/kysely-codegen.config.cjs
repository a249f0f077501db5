// `npm run db:types` writes src/db/tables.ts from a migrated database; the test suite checks it is current.
// PostgreSQL reports every column of a view as nullable. The BI views' columns below come from
// NOT NULL columns of inner-joined tables (see Migration20261123060000), so they are typed as such.
const notNull = (view, columns, type) => Object.fromEntries(columns.map((c) => [`${view}.${c}`, type]));

module.exports = {
  dialect: 'postgres',
  outFile: 'tables.ts', // beside this file
  includePattern: 'public.*', // not hub_private (the reader's password store)
  excludePattern: 'public.mikro_orm_migrations',
  dateParser: 'string',
  numericParser: 'string',
  overrides: {
    columns: {
      ...notNull('indicator_observation', ['id', 'indicator_id', 'indicator_name', 'document_id', 'document_title', 'raw_value', 'kind', 'search_text'], 'string'),
      ...notNull('indicator_observation', ['year', 'source_line'], 'number'),
      ...notNull('indicator_observation', ['period_start'], 'string'),
      ...notNull('budget_fact', ['id', 'unit_as_printed', 'raw_text', 'phase', 'owner_type', 'document_id', 'document_title', 'search_text', 'period_start'], 'string'),
      ...notNull('budget_fact', ['fiscal_year', 'million_krw', 'amount_as_printed', 'source_line'], 'number'),
      ...notNull('hub_year', ['year'], 'number'),
      ...notNull('organisation_year', ['organisation_id', 'document_id'], 'string'),
      ...notNull('organisation_year', ['year'], 'number'),
    },
  },
};
