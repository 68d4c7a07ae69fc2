import { Migration } from '@mikro-orm/migrations';

export class Migration20261206050643 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_heads" ("id" bigserial primary key, "db" varchar(63) not null, "audit_id" bigint not null, "hash" varchar(64) not null, "at" timestamptz not null, "mac" varchar(64) not null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_heads" cascade;`);
  }

}
