import { Migration } from '@mikro-orm/migrations';

export class Migration20261128010843 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "agency_kind" as enum ('PEOPLES_COMMITTEE', 'DEPARTMENT', 'SECTOR', 'LOCALITY');`);
    this.addSql(`create type "user_role" as enum ('STAFF', 'LEAD', 'ADMIN');`);
    this.addSql(`create table "agencies" ("id" uuid not null, "code" varchar(32) not null, "name" varchar(255) not null, "short_name" varchar(100) not null, "kind" "agency_kind" not null, "parent_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "agencies_pkey" primary key ("id"));`);
    this.addSql(`alter table "agencies" add constraint "agencies_code_unique" unique ("code");`);
    this.addSql(`create index "agencies_parent_id_index" on "agencies" ("parent_id");`);

    this.addSql(`create table "users" ("id" uuid not null, "username" varchar(64) not null, "full_name" varchar(255) not null, "title" varchar(255) not null, "role" "user_role" not null, "agency_id" uuid not null, "password_hash" varchar(255) not null, "active" boolean not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "users_pkey" primary key ("id"));`);
    this.addSql(`alter table "users" add constraint "users_username_unique" unique ("username");`);
    this.addSql(`create index "users_agency_id_index" on "users" ("agency_id");`);

    this.addSql(`create table "sessions" ("id" uuid not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(64) not null, "user_agent" varchar(255) not null, constraint "sessions_pkey" primary key ("id"));`);
    this.addSql(`alter table "sessions" add constraint "sessions_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "sessions_user_id_index" on "sessions" ("user_id");`);

    this.addSql(`alter table "agencies" add constraint "agencies_parent_id_foreign" foreign key ("parent_id") references "agencies" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "users" add constraint "users_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "agencies" drop constraint "agencies_parent_id_foreign";`);

    this.addSql(`alter table "users" drop constraint "users_agency_id_foreign";`);

    this.addSql(`alter table "sessions" drop constraint "sessions_user_id_foreign";`);

    this.addSql(`drop table if exists "agencies" cascade;`);

    this.addSql(`drop table if exists "users" cascade;`);

    this.addSql(`drop table if exists "sessions" cascade;`);

    this.addSql(`drop type "agency_kind";`);
    this.addSql(`drop type "user_role";`);
  }

}
