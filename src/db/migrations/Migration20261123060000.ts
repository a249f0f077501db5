import { Migration } from '@mikro-orm/migrations';

/**
 * Flat rows for BI connectors: one row per indicator value and one per budget line, with the
 * names of everything they hang off, so a table pull needs no joins on the client. Mapped by
 * read-only entities (src/domain/observations) that the schema generator skips; the reader
 * role's `grant select on all tables` covers views.
 */
export class Migration20261123060000 extends Migration {
  override async up(): Promise<void> {
    // The organisation is the indicator's own, else its program's; search covers indicator name and program title.
    this.addSql(`create view "indicator_observation" as
      select v.id, v.year, make_date(v.year, 1, 1) as period_start, v.value, v.raw_value, i.unit, v.kind,
        i.id as indicator_id, i.name as indicator_name, p.id as program_id, p.title as program_title,
        o.id as organisation_id, o.name as organisation_name, s.id as strategy_id, s.title as strategy_title,
        d.id as document_id, d.title as document_title, v.source_line,
        i.search_text || coalesce(E'\\n' || p.search_text, '') as search_text
      from indicator_value v
      join indicator i on i.id = v.indicator_id
      join source_document d on d.id = v.document_id
      left join program p on p.id = i.program_id
      left join organisation o on o.id = coalesce(i.organisation_id, p.organisation_id)
      left join strategy s on s.id = p.strategy_id;`);
    // A line belongs to an organisation or to a program; for a program's line the organisation is the program's.
    this.addSql(`create view "budget_fact" as
      select b.id, b.fiscal_year, make_date(b.fiscal_year, 3 * coalesce(b.quarter - 1, 0) + 1, 1) as period_start,
        b.million_krw, b.amount_as_printed, b.unit_as_printed, b.raw_text, b.phase, b.quarter, b.category,
        case when b.program_id is null then 'ORGANISATION' else 'PROGRAM' end as owner_type,
        o.id as organisation_id, o.name as organisation_name, p.id as program_id, p.title as program_title,
        s.id as strategy_id, s.title as strategy_title, d.id as document_id, d.title as document_title, b.source_line,
        coalesce(p.search_text, o.search_text, '') as search_text
      from budget_line b
      join source_document d on d.id = b.document_id
      left join program p on p.id = b.program_id
      left join organisation o on o.id = coalesce(b.organisation_id, p.organisation_id)
      left join strategy s on s.id = p.strategy_id;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop view if exists "budget_fact";');
    this.addSql('drop view if exists "indicator_observation";');
  }
}
