import { Migration } from '@mikro-orm/migrations';

/** A record may belong to several series (an item that merges two initiatives), never twice to one. */
export class Migration20261123070000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "program_series_member" drop constraint "program_series_member_program_id_unique";`);
    this.addSql(`create index "program_series_member_program_id_index" on "program_series_member" ("program_id");`);
    this.addSql(`alter table "program_series_member" add constraint "program_series_member_series_program_unique" unique ("series_id", "program_id");`);
    this.addSql(`alter table "indicator_series_member" drop constraint "indicator_series_member_indicator_id_unique";`);
    this.addSql(`create index "indicator_series_member_indicator_id_index" on "indicator_series_member" ("indicator_id");`);
    this.addSql(`alter table "indicator_series_member" add constraint "indicator_series_member_series_indicator_unique" unique ("series_id", "indicator_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "indicator_series_member" drop constraint "indicator_series_member_series_indicator_unique";`);
    this.addSql(`drop index "indicator_series_member_indicator_id_index";`);
    this.addSql(`alter table "indicator_series_member" add constraint "indicator_series_member_indicator_id_unique" unique ("indicator_id");`);
    this.addSql(`alter table "program_series_member" drop constraint "program_series_member_series_program_unique";`);
    this.addSql(`drop index "program_series_member_program_id_index";`);
    this.addSql(`alter table "program_series_member" add constraint "program_series_member_program_id_unique" unique ("program_id");`);
  }
}
