import { Migration } from '@mikro-orm/migrations';

/**
 * One initiative, one record (issue 9): a program's mentions (every place its document prints
 * it), the basis of its owner, multi-year project totals apart from fiscal-year amounts, dated
 * milestones; every line printing a budget figure; indicators broken down by a category
 * (dimension) and units as printed beside the hub's reading; one status vocabulary for findings; the seed files' hash beside the data version.
 * (The generator also proposed dropping the hand-written pg_trgm indexes and unique constraints: left out.)
 */
export class Migration20261203180000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "program_mention" ("id" text not null, "program_id" text not null, "position" int not null, "role" text check ("role" in ('SUMMARY_ROW', 'CORE_TASK', 'SECTION', 'CONTENTS', 'INDICATOR_TABLE', 'BUDGET_TABLE', 'OTHER')) not null, "printed_as" text null, "source_line" int not null, constraint "program_mention_pkey" primary key ("id"));`);
    this.addSql(`create index "program_mention_program_id_index" on "program_mention" ("program_id");`);
    this.addSql(`alter table "program_mention" add constraint "program_mention_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade;`);

    this.addSql(`create table "project_total" ("id" text not null, "program_id" text not null, "period" text not null, "category" text null, "million_krw" double precision not null, "amount_as_printed" double precision not null, "unit_as_printed" text not null, "raw_text" text not null, "source_line" int not null, "source_lines" int[] not null, constraint "project_total_pkey" primary key ("id"));`);
    this.addSql(`create index "project_total_program_id_index" on "project_total" ("program_id");`);
    this.addSql(`alter table "project_total" add constraint "project_total_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade;`);

    this.addSql(`create table "milestone" ("id" text not null, "program_id" text not null, "position" int not null, "date_printed" text not null, "iso_date" text null, "iso_end_date" text null, "event" text not null, "source_line" int not null, constraint "milestone_pkey" primary key ("id"));`);
    this.addSql(`create index "milestone_program_id_index" on "milestone" ("program_id");`);
    this.addSql(`alter table "milestone" add constraint "milestone_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade;`);

    // rows already loaded get a basis until the seed files are loaded again (hub.ts does at start)
    this.addSql(`alter table "program" add column "organisation_basis" text check ("organisation_basis" in ('PRINTED_ON_ROW', 'SECTION', 'DESCRIBING_DIVISION', 'REPORTING_OFFICE', 'NOT_PRINTED')) not null default 'NOT_PRINTED', add column "organisation_line" int null;`);
    this.addSql(`alter table "program" alter column "organisation_basis" drop default;`);
    this.addSql(`alter table "budget_line" add column "source_lines" int[] not null default '{}';`);
    this.addSql(`alter table "budget_line" alter column "source_lines" drop default;`);
    this.addSql(`alter table "indicator" add column "dimension_name" text null, add column "normalized_unit" text null;`);
    this.addSql(`alter table "indicator_value" add column "dimension" text null;`);
    this.addSql(`alter table "indicator_series_member" add column "dimension" text null;`);
    this.addSql(`alter table "audit_finding" add column "status_kind" text check ("status_kind" in ('IN_PROGRESS', 'DONE', 'PLANNED', 'NOT_STARTED', 'OTHER')) null;`);
    this.addSql(`alter table "data_version" add column "seed_hash" text null;`);
    // the BI rows gain the breakdown (appended: create or replace view keeps the columns before)
    this.addSql(`create or replace view "indicator_observation" as
      select v.id, v.year, make_date(v.year, 1, 1) as period_start, v.value, v.raw_value, i.unit, v.kind,
        i.id as indicator_id, i.name as indicator_name, p.id as program_id, p.title as program_title,
        o.id as organisation_id, o.name as organisation_name, s.id as strategy_id, s.title as strategy_title,
        d.id as document_id, d.title as document_title, v.source_line,
        i.search_text || coalesce(E'\\n' || p.search_text, '') as search_text,
        i.dimension_name, v.dimension, i.normalized_unit,
        case when i.organisation_id is null then p.organisation_basis end as organisation_basis
      from indicator_value v
      join indicator i on i.id = v.indicator_id
      join source_document d on d.id = v.document_id
      left join program p on p.id = i.program_id
      left join organisation o on o.id = coalesce(i.organisation_id, p.organisation_id)
      left join strategy s on s.id = p.strategy_id;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop view if exists "indicator_observation";`);
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
    this.addSql(`alter table "data_version" drop column "seed_hash";`);
    this.addSql(`alter table "audit_finding" drop column "status_kind";`);
    this.addSql(`alter table "indicator_series_member" drop column "dimension";`);
    this.addSql(`alter table "indicator_value" drop column "dimension";`);
    this.addSql(`alter table "indicator" drop column "dimension_name", drop column "normalized_unit";`);
    this.addSql(`alter table "budget_line" drop column "source_lines";`);
    this.addSql(`alter table "program" drop column "organisation_basis", drop column "organisation_line";`);
    this.addSql(`drop table if exists "milestone" cascade;`);
    this.addSql(`drop table if exists "project_total" cascade;`);
    this.addSql(`drop table if exists "program_mention" cascade;`);
  }
}
