import { Migration } from '@mikro-orm/migrations';

/** Year views: which years exist, and which organisations each year (and document) names. */
export class Migration20261123050000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create view "organisation_year" as
      select organisation_id, year, document_id from organisation_snapshot
      union select parent_id, year, document_id from organisation_snapshot where parent_id is not null
      union select organisation_id, year, document_id from staffing
      union select organisation_id, fiscal_year, document_id from budget_line where organisation_id is not null
      union select organisation_id, year, document_id from strategy where organisation_id is not null
      union select organisation_id, year, document_id from program where organisation_id is not null
      union select i.organisation_id, d.plan_year, i.document_id from indicator i join source_document d on d.id = i.document_id where i.organisation_id is not null
      union select organisation_id, year, document_id from committee where organisation_id is not null
      union select organisation_id, year, document_id from audit_finding where organisation_id is not null
      union select organisation_id, year, document_id from person_role where organisation_id is not null
      union select issuer_id, plan_year, id from source_document where issuer_id is not null;`);
    this.addSql(`create view "hub_year" as
      select plan_year as year from source_document
      union select year from organisation_snapshot union select year from staffing
      union select fiscal_year from budget_line union select year from strategy union select year from program
      union select year from indicator_value union select year from committee union select year from civic_organisation
      union select year from audit_finding union select audit_year from audit_finding union select year from person_role;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop view if exists "hub_year";');
    this.addSql('drop view if exists "organisation_year";');
  }
}
