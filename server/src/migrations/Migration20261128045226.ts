import { Migration } from '@mikro-orm/migrations';

export class Migration20261128045226 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_log" ("id" bigserial primary key, "at" timestamptz not null, "actor_user_id" uuid null, "actor_agency_id" uuid null, "action" varchar(80) not null, "subject_type" varchar(32) not null, "subject_id" varchar(100) null, "details" jsonb not null, "prev_hash" varchar(64) not null, "hash" varchar(64) not null);`);
    this.addSql(`create index "audit_log_subject_type_subject_id_id_index" on "audit_log" ("subject_type", "subject_id", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_log" cascade;`);
  }

}
