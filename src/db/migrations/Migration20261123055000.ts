import { Migration } from '@mikro-orm/migrations';

/** Series: curated links of programs and indicators across documents. */
export class Migration20261123055000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "program_series" ("id" text not null, "key" text not null, "title" text not null, "search_text" text not null, constraint "program_series_pkey" primary key ("id"));`);
    this.addSql(`alter table "program_series" add constraint "program_series_key_unique" unique ("key");`);
    this.addSql(`create table "program_series_member" ("id" text not null, "series_id" text not null, "program_id" text not null, "position" int not null, "reason" text not null, constraint "program_series_member_pkey" primary key ("id"));`);
    this.addSql(`create index "program_series_member_series_id_index" on "program_series_member" ("series_id");`);
    this.addSql(`alter table "program_series_member" add constraint "program_series_member_program_id_unique" unique ("program_id");`);
    this.addSql(`alter table "program_series_member" add constraint "program_series_member_series_id_foreign" foreign key ("series_id") references "program_series" ("id") on update cascade;`);
    this.addSql(`alter table "program_series_member" add constraint "program_series_member_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade;`);
    this.addSql(`create table "indicator_series" ("id" text not null, "key" text not null, "name" text not null, "unit" text null, "search_text" text not null, constraint "indicator_series_pkey" primary key ("id"));`);
    this.addSql(`alter table "indicator_series" add constraint "indicator_series_key_unique" unique ("key");`);
    this.addSql(`create table "indicator_series_member" ("id" text not null, "series_id" text not null, "indicator_id" text not null, "position" int not null, "reason" text not null, constraint "indicator_series_member_pkey" primary key ("id"));`);
    this.addSql(`create index "indicator_series_member_series_id_index" on "indicator_series_member" ("series_id");`);
    this.addSql(`alter table "indicator_series_member" add constraint "indicator_series_member_indicator_id_unique" unique ("indicator_id");`);
    this.addSql(`alter table "indicator_series_member" add constraint "indicator_series_member_series_id_foreign" foreign key ("series_id") references "indicator_series" ("id") on update cascade;`);
    this.addSql(`alter table "indicator_series_member" add constraint "indicator_series_member_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade;`);
    this.addSql(`create index "program_series_search_text_trgm" on "program_series" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(`create index "indicator_series_search_text_trgm" on "indicator_series" using gin ("search_text" gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "indicator_series_member" cascade;`);
    this.addSql(`drop table if exists "indicator_series" cascade;`);
    this.addSql(`drop table if exists "program_series_member" cascade;`);
    this.addSql(`drop table if exists "program_series" cascade;`);
  }
}
