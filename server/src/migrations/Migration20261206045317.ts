import { Migration } from '@mikro-orm/migrations';

/**
 * The login throttle's counters, locked while an attempt is judged (modules/auth/login-attempts.ts),
 * and the browsers each account has signed in from (exempt from the account-wide limit).
 */
export class Migration20261206045317 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "login_buckets" ("key" text not null, "failures" int not null default 0, "window_started_at" timestamptz not null default now(), "last_failure_at" timestamptz null, "usernames" text[] not null default '{}', "touched_at" timestamptz not null default now(), constraint "login_buckets_pkey" primary key ("key"));`);
    this.addSql(`create index "login_buckets_touched_at_index" on "login_buckets" ("touched_at");`);

    this.addSql(`create table "known_devices" ("id" uuid not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "known_devices_pkey" primary key ("id"));`);
    this.addSql(`alter table "known_devices" add constraint "known_devices_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "known_devices_user_id_index" on "known_devices" ("user_id");`);

    this.addSql(`alter table "known_devices" add constraint "known_devices_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "login_buckets" cascade;`);

    this.addSql(`drop table if exists "known_devices" cascade;`);
  }

}
