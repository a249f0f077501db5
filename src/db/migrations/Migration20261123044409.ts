import { Migration } from '@mikro-orm/migrations';

export class Migration20261123044409 extends Migration {

  override async up(): Promise<void> {
    // pg_trgm: substring and similarity search over Korean names; the generator omits the extension.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create table "organisation" ("id" text not null, "name" text not null, "key" text not null, "kind" text check ("kind" in ('CITY', 'COUNCIL', 'COUNCIL_COMMITTEE', 'OFFICE', 'BUREAU', 'HEADQUARTERS', 'DIVISION', 'TEAM', 'TASK_FORCE', 'AGENCY', 'BRANCH', 'FOUNDATION', 'INSTITUTE', 'NATIONAL', 'OTHER')) not null, "aliases" text[] not null, "note" text null, "search_text" text not null, constraint "organisation_pkey" primary key ("id"));`);
    this.addSql(`alter table "organisation" add constraint "organisation_key_unique" unique ("key");`);

    this.addSql(`create table "person" ("id" text not null, "name" text not null, "search_text" text not null, constraint "person_pkey" primary key ("id"));`);

    this.addSql(`create table "source_document" ("id" text not null, "title" text not null, "kind" text check ("kind" in ('ANNUAL_PLAN', 'COUNCIL_REPORT', 'COUNCIL_TRANSCRIPT', 'MIDTERM_FINANCE_PLAN')) not null, "plan_year" int not null, "published_on" text null, "issuer_id" text null, "file_name" text not null, "source_line" int not null, "search_text" text not null, constraint "source_document_pkey" primary key ("id"));`);

    this.addSql(`create table "person_role" ("id" text not null, "person_id" text null, "document_id" text not null, "year" int not null, "position" int not null, "title" text not null, "organisation_id" text null, "affiliation" text null, "state" text check ("state" in ('SERVING', 'PRESENT', 'ABSENT', 'NEWLY_APPOINTED', 'VACANT', 'FORMER')) null, "since" text null, "until" text null, "as_of" text null, "source_line" int not null, constraint "person_role_pkey" primary key ("id"));`);
    this.addSql(`create index "person_role_person_id_index" on "person_role" ("person_id");`);
    this.addSql(`create index "person_role_document_id_index" on "person_role" ("document_id");`);
    this.addSql(`create index "person_role_organisation_id_index" on "person_role" ("organisation_id");`);

    this.addSql(`create table "organisation_snapshot" ("id" text not null, "organisation_id" text not null, "year" int not null, "document_id" text not null, "parent_id" text null, "printed_as" text null, "source_line" int not null, constraint "organisation_snapshot_pkey" primary key ("id"));`);
    this.addSql(`create index "organisation_snapshot_organisation_id_index" on "organisation_snapshot" ("organisation_id");`);
    this.addSql(`create index "organisation_snapshot_year_index" on "organisation_snapshot" ("year");`);
    this.addSql(`create index "organisation_snapshot_parent_id_index" on "organisation_snapshot" ("parent_id");`);

    this.addSql(`create table "committee" ("id" text not null, "document_id" text not null, "year" int not null, "name" text not null, "kind" text check ("kind" in ('CITY_COMMITTEE', 'COUNCIL_COMMITTEE')) not null, "chairs" text[] not null, "member_count" int null, "ex_officio_count" int null, "appointed_count" int null, "organisation_id" text null, "as_of" text null, "as_of_date" date null, "source_line" int not null, "search_text" text not null, constraint "committee_pkey" primary key ("id"));`);
    this.addSql(`create index "committee_document_id_index" on "committee" ("document_id");`);
    this.addSql(`create index "committee_organisation_id_index" on "committee" ("organisation_id");`);

    this.addSql(`create table "civic_organisation" ("id" text not null, "document_id" text not null, "year" int not null, "name" text not null, "representative" text null, "address" text null, "member_count" int null, "corporate_member_count" int null, "members_raw" text null, "phone" text null, "as_of" text null, "as_of_date" date null, "source_line" int not null, "search_text" text not null, constraint "civic_organisation_pkey" primary key ("id"));`);
    this.addSql(`create index "civic_organisation_document_id_index" on "civic_organisation" ("document_id");`);

    this.addSql(`create table "audit_finding" ("id" text not null, "document_id" text not null, "year" int not null, "code" text not null, "audit_year" int not null, "kind" text check ("kind" in ('CORRECTION_REQUEST', 'ACTION_REQUEST', 'RECOMMENDATION')) not null, "title" text not null, "organisation_id" text null, "committee" text null, "status" text null, "page" int null, "source_line" int not null, "search_text" text not null, constraint "audit_finding_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_finding_document_id_index" on "audit_finding" ("document_id");`);
    this.addSql(`create index "audit_finding_organisation_id_index" on "audit_finding" ("organisation_id");`);

    this.addSql(`create table "audit_action" ("id" text not null, "finding_id" text not null, "position" int not null, "summary" text not null, "due" text null, "source_line" int not null, constraint "audit_action_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_action_finding_id_index" on "audit_action" ("finding_id");`);

    this.addSql(`create table "staffing" ("id" text not null, "organisation_id" text not null, "year" int not null, "document_id" text not null, "grade" text null, "authorized" int null, "current" int null, "as_of" text null, "raw" text null, "source_line" int not null, constraint "staffing_pkey" primary key ("id"));`);
    this.addSql(`create index "staffing_organisation_id_index" on "staffing" ("organisation_id");`);

    this.addSql(`create table "strategy" ("id" text not null, "document_id" text not null, "organisation_id" text null, "year" int not null, "number" text not null, "title" text not null, "vision" text null, "goal" text null, "source_line" int not null, "search_text" text not null, constraint "strategy_pkey" primary key ("id"));`);
    this.addSql(`create index "strategy_document_id_index" on "strategy" ("document_id");`);
    this.addSql(`create index "strategy_organisation_id_index" on "strategy" ("organisation_id");`);

    this.addSql(`create table "program" ("id" text not null, "document_id" text not null, "year" int not null, "number" text null, "section" text null, "title" text not null, "organisation_id" text null, "strategy_id" text null, "status" text check ("status" in ('NEW', 'CONTINUING')) null, "period" text null, "total_budget_million_krw" double precision null, "total_budget_raw" text null, "total_budget_unit" text null, "national_support" text null, "page" int null, "source_line" int not null, "search_text" text not null, constraint "program_pkey" primary key ("id"));`);
    this.addSql(`create index "program_document_id_index" on "program" ("document_id");`);
    this.addSql(`create index "program_year_index" on "program" ("year");`);
    this.addSql(`create index "program_organisation_id_index" on "program" ("organisation_id");`);
    this.addSql(`create index "program_strategy_id_index" on "program" ("strategy_id");`);

    this.addSql(`create table "indicator" ("id" text not null, "document_id" text not null, "program_id" text null, "organisation_id" text null, "name" text not null, "unit" text null, "source_line" int not null, "search_text" text not null, constraint "indicator_pkey" primary key ("id"));`);
    this.addSql(`create index "indicator_document_id_index" on "indicator" ("document_id");`);
    this.addSql(`create index "indicator_program_id_index" on "indicator" ("program_id");`);
    this.addSql(`create index "indicator_organisation_id_index" on "indicator" ("organisation_id");`);

    this.addSql(`create table "indicator_value" ("id" text not null, "indicator_id" text not null, "document_id" text not null, "year" int not null, "value" double precision null, "raw_value" text not null, "kind" text check ("kind" in ('ACTUAL', 'TARGET')) not null, "source_line" int not null, constraint "indicator_value_pkey" primary key ("id"));`);
    this.addSql(`create index "indicator_value_indicator_id_index" on "indicator_value" ("indicator_id");`);
    this.addSql(`create index "indicator_value_year_index" on "indicator_value" ("year");`);

    this.addSql(`create table "budget_line" ("id" text not null, "document_id" text not null, "organisation_id" text null, "program_id" text null, "fiscal_year" int not null, "phase" text check ("phase" in ('ORIGINAL', 'SUPPLEMENTARY', 'FINAL', 'EXECUTION_PLAN', 'MIDTERM_PLAN', 'SETTLEMENT')) not null, "phase_printed" text null, "quarter" int null, "category" text null, "million_krw" double precision not null, "amount_as_printed" double precision not null, "unit_as_printed" text not null, "raw_text" text not null, "source_line" int not null, constraint "budget_line_pkey" primary key ("id"));`);
    this.addSql(`create index "budget_line_document_id_index" on "budget_line" ("document_id");`);
    this.addSql(`create index "budget_line_organisation_id_index" on "budget_line" ("organisation_id");`);
    this.addSql(`create index "budget_line_program_id_index" on "budget_line" ("program_id");`);
    this.addSql(`create index "budget_line_fiscal_year_index" on "budget_line" ("fiscal_year");`);

    this.addSql(`create table "strategy_item" ("id" text not null, "strategy_id" text not null, "position" int not null, "number" text not null, "title" text not null, "source_line" int not null, constraint "strategy_item_pkey" primary key ("id"));`);
    this.addSql(`create index "strategy_item_strategy_id_index" on "strategy_item" ("strategy_id");`);

    this.addSql(`create table "total_check" ("id" text not null, "document_id" text not null, "label" text not null, "of" text not null, "printed" double precision null, "printed_raw" text null, "computed" double precision null, "matches" boolean not null, "source_line" int not null, constraint "total_check_pkey" primary key ("id"));`);
    this.addSql(`create index "total_check_document_id_index" on "total_check" ("document_id");`);

    this.addSql(`alter table "source_document" add constraint "source_document_issuer_id_foreign" foreign key ("issuer_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "person_role" add constraint "person_role_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "person_role" add constraint "person_role_document_id_foreign" foreign key ("document_id") references "source_document" ("id") on update cascade;`);
    this.addSql(`alter table "person_role" add constraint "person_role_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "organisation_snapshot" add constraint "organisation_snapshot_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "organisation_snapshot" add constraint "organisation_snapshot_document_id_foreign" foreign key ("document_id") references "source_document" ("id") on update cascade;`);
    this.addSql(`alter table "organisation_snapshot" add constraint "organisation_snapshot_parent_id_foreign" foreign key ("parent_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "committee" add constraint "committee_document_id_foreign" foreign key ("document_id") references "source_document" ("id") on update cascade;`);
    this.addSql(`alter table "committee" add constraint "committee_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "civic_organisation" add constraint "civic_organisation_document_id_foreign" foreign key ("document_id") references "source_document" ("id") on update cascade;`);

    this.addSql(`alter table "audit_finding" add constraint "audit_finding_document_id_foreign" foreign key ("document_id") references "source_document" ("id") on update cascade;`);
    this.addSql(`alter table "audit_finding" add constraint "audit_finding_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "audit_action" add constraint "audit_action_finding_id_foreign" foreign key ("finding_id") references "audit_finding" ("id") on update cascade;`);

    this.addSql(`alter table "staffing" add constraint "staffing_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "staffing" add constraint "staffing_document_id_foreign" foreign key ("document_id") references "source_document" ("id") on update cascade;`);

    this.addSql(`alter table "strategy" add constraint "strategy_document_id_foreign" foreign key ("document_id") references "source_document" ("id") on update cascade;`);
    this.addSql(`alter table "strategy" add constraint "strategy_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "program" add constraint "program_document_id_foreign" foreign key ("document_id") references "source_document" ("id") on update cascade;`);
    this.addSql(`alter table "program" add constraint "program_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "program" add constraint "program_strategy_id_foreign" foreign key ("strategy_id") references "strategy" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "indicator" add constraint "indicator_document_id_foreign" foreign key ("document_id") references "source_document" ("id") on update cascade;`);
    this.addSql(`alter table "indicator" add constraint "indicator_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "indicator" add constraint "indicator_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "indicator_value" add constraint "indicator_value_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade;`);
    this.addSql(`alter table "indicator_value" add constraint "indicator_value_document_id_foreign" foreign key ("document_id") references "source_document" ("id") on update cascade;`);

    this.addSql(`alter table "budget_line" add constraint "budget_line_document_id_foreign" foreign key ("document_id") references "source_document" ("id") on update cascade;`);
    this.addSql(`alter table "budget_line" add constraint "budget_line_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "budget_line" add constraint "budget_line_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "strategy_item" add constraint "strategy_item_strategy_id_foreign" foreign key ("strategy_id") references "strategy" ("id") on update cascade;`);

    this.addSql(`alter table "total_check" add constraint "total_check_document_id_foreign" foreign key ("document_id") references "source_document" ("id") on update cascade;`);

    this.addSql(`create index "organisation_search_text_trgm" on "organisation" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(`create index "source_document_search_text_trgm" on "source_document" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(`create index "strategy_search_text_trgm" on "strategy" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(`create index "program_search_text_trgm" on "program" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(`create index "indicator_search_text_trgm" on "indicator" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(`create index "committee_search_text_trgm" on "committee" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(`create index "civic_organisation_search_text_trgm" on "civic_organisation" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(`create index "audit_finding_search_text_trgm" on "audit_finding" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(`create index "person_search_text_trgm" on "person" using gin ("search_text" gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "source_document" drop constraint "source_document_issuer_id_foreign";`);

    this.addSql(`alter table "person_role" drop constraint "person_role_organisation_id_foreign";`);

    this.addSql(`alter table "organisation_snapshot" drop constraint "organisation_snapshot_organisation_id_foreign";`);

    this.addSql(`alter table "organisation_snapshot" drop constraint "organisation_snapshot_parent_id_foreign";`);

    this.addSql(`alter table "committee" drop constraint "committee_organisation_id_foreign";`);

    this.addSql(`alter table "audit_finding" drop constraint "audit_finding_organisation_id_foreign";`);

    this.addSql(`alter table "staffing" drop constraint "staffing_organisation_id_foreign";`);

    this.addSql(`alter table "strategy" drop constraint "strategy_organisation_id_foreign";`);

    this.addSql(`alter table "program" drop constraint "program_organisation_id_foreign";`);

    this.addSql(`alter table "indicator" drop constraint "indicator_organisation_id_foreign";`);

    this.addSql(`alter table "budget_line" drop constraint "budget_line_organisation_id_foreign";`);

    this.addSql(`alter table "person_role" drop constraint "person_role_person_id_foreign";`);

    this.addSql(`alter table "person_role" drop constraint "person_role_document_id_foreign";`);

    this.addSql(`alter table "organisation_snapshot" drop constraint "organisation_snapshot_document_id_foreign";`);

    this.addSql(`alter table "committee" drop constraint "committee_document_id_foreign";`);

    this.addSql(`alter table "civic_organisation" drop constraint "civic_organisation_document_id_foreign";`);

    this.addSql(`alter table "audit_finding" drop constraint "audit_finding_document_id_foreign";`);

    this.addSql(`alter table "staffing" drop constraint "staffing_document_id_foreign";`);

    this.addSql(`alter table "strategy" drop constraint "strategy_document_id_foreign";`);

    this.addSql(`alter table "program" drop constraint "program_document_id_foreign";`);

    this.addSql(`alter table "indicator" drop constraint "indicator_document_id_foreign";`);

    this.addSql(`alter table "indicator_value" drop constraint "indicator_value_document_id_foreign";`);

    this.addSql(`alter table "budget_line" drop constraint "budget_line_document_id_foreign";`);

    this.addSql(`alter table "total_check" drop constraint "total_check_document_id_foreign";`);

    this.addSql(`alter table "audit_action" drop constraint "audit_action_finding_id_foreign";`);

    this.addSql(`alter table "program" drop constraint "program_strategy_id_foreign";`);

    this.addSql(`alter table "strategy_item" drop constraint "strategy_item_strategy_id_foreign";`);

    this.addSql(`alter table "indicator" drop constraint "indicator_program_id_foreign";`);

    this.addSql(`alter table "budget_line" drop constraint "budget_line_program_id_foreign";`);

    this.addSql(`alter table "indicator_value" drop constraint "indicator_value_indicator_id_foreign";`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "source_document" cascade;`);

    this.addSql(`drop table if exists "person_role" cascade;`);

    this.addSql(`drop table if exists "organisation_snapshot" cascade;`);

    this.addSql(`drop table if exists "committee" cascade;`);

    this.addSql(`drop table if exists "civic_organisation" cascade;`);

    this.addSql(`drop table if exists "audit_finding" cascade;`);

    this.addSql(`drop table if exists "audit_action" cascade;`);

    this.addSql(`drop table if exists "staffing" cascade;`);

    this.addSql(`drop table if exists "strategy" cascade;`);

    this.addSql(`drop table if exists "program" cascade;`);

    this.addSql(`drop table if exists "indicator" cascade;`);

    this.addSql(`drop table if exists "indicator_value" cascade;`);

    this.addSql(`drop table if exists "budget_line" cascade;`);

    this.addSql(`drop table if exists "strategy_item" cascade;`);

    this.addSql(`drop table if exists "total_check" cascade;`);
  }

}
