import { Migration } from '@mikro-orm/migrations';

export class Migration20261128014643 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "request_reminders" ("request_id" uuid not null, "kind" varchar(16) not null, "due_date" date not null, constraint "request_reminders_pkey" primary key ("request_id", "kind", "due_date"));`);

    this.addSql(`create table "notifications" ("id" uuid not null, "user_id" uuid not null, "kind" varchar(48) not null, "group_key" varchar(120) not null, "subject_type" varchar(32) not null, "subject_id" uuid not null, "message" varchar(500) not null, "count" int not null default 1, "created_at" timestamptz not null default now(), "read_at" timestamptz null, constraint "notifications_pkey" primary key ("id"));`);
    this.addSql(`create unique index "notifications_unread_group" on "notifications" ("user_id", "group_key") where "read_at" is null;`);
    this.addSql(`create index "notifications_user_id_created_at_id_index" on "notifications" ("user_id", "created_at", "id");`);

    this.addSql(`alter table "notifications" add constraint "notifications_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "request_reminders" cascade;`);

    this.addSql(`drop table if exists "notifications" cascade;`);
  }

}
