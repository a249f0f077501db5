import { Migration } from '@mikro-orm/migrations';

/** Organisation lineage. (The generator also proposed dropping the hand-written pg_trgm indexes: removed.) */
export class Migration20261123052233 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "organisation_link" ("id" text not null, "from_id" text not null, "to_id" text not null, "kind" text check ("kind" in ('RENAMED', 'SUCCEEDED', 'WORK_MOVED', 'SPLIT', 'MERGED')) not null, "year" int not null, "reason" text not null, "document_id" text not null, "source_line" int not null, constraint "organisation_link_pkey" primary key ("id"));`);
    this.addSql(`create index "organisation_link_from_id_index" on "organisation_link" ("from_id");`);
    this.addSql(`create index "organisation_link_to_id_index" on "organisation_link" ("to_id");`);
    this.addSql(`alter table "organisation_link" add constraint "organisation_link_from_id_foreign" foreign key ("from_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "organisation_link" add constraint "organisation_link_to_id_foreign" foreign key ("to_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "organisation_link" add constraint "organisation_link_document_id_foreign" foreign key ("document_id") references "source_document" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "organisation_link" cascade;`);
  }
}
