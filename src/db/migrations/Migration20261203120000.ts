import { Migration } from '@mikro-orm/migrations';

/** The data version (src/db/data-version.ts): one row, raised by every seed load that changes data. */
export class Migration20261203120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "data_version" ("id" int not null, "version" bigint not null, "loaded_at" timestamptz null, constraint "data_version_pkey" primary key ("id"), constraint "data_version_one_row" check ("id" = 1));`);
    this.addSql(`insert into "data_version" ("id", "version", "loaded_at") values (1, 1, now());`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "data_version";`);
  }
}
