import { Migration } from '@mikro-orm/migrations';

/**
 * BI rows: an indicator's row carries its program's owner (copied at load), so the owner's basis
 * is the program's whenever the row's organisation is the program's; null only for an indicator
 * that names its own organisation (context statistics).
 */
export class Migration20261203190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(view(`case when p.id is not null and i.organisation_id is not distinct from p.organisation_id then p.organisation_basis end`));
  }

  override async down(): Promise<void> {
    this.addSql(view(`case when i.organisation_id is null then p.organisation_basis end`));
  }
}

const view = (basis: string) => `create or replace view "indicator_observation" as
  select v.id, v.year, make_date(v.year, 1, 1) as period_start, v.value, v.raw_value, i.unit, v.kind,
    i.id as indicator_id, i.name as indicator_name, p.id as program_id, p.title as program_title,
    o.id as organisation_id, o.name as organisation_name, s.id as strategy_id, s.title as strategy_title,
    d.id as document_id, d.title as document_title, v.source_line,
    i.search_text || coalesce(E'\\n' || p.search_text, '') as search_text,
    i.dimension_name, v.dimension, i.normalized_unit,
    ${basis} as organisation_basis
  from indicator_value v
  join indicator i on i.id = v.indicator_id
  join source_document d on d.id = v.document_id
  left join program p on p.id = i.program_id
  left join organisation o on o.id = coalesce(i.organisation_id, p.organisation_id)
  left join strategy s on s.id = p.strategy_id;`;
