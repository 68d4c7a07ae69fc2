import { Migration } from '@mikro-orm/migrations';

export class Migration20261128050046 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "idempotency_keys" ("user_id" uuid not null, "key" varchar(100) not null, "operation" varchar(60) not null, "fingerprint" varchar(64) not null, "result_id" varchar(100) not null, "created_at" timestamptz not null default now(), constraint "idempotency_keys_pkey" primary key ("user_id", "key"));`);

    this.addSql(`alter table "tasks" drop constraint "tasks_assigned_by_id_idempotency_key_unique";`);
    this.addSql(`alter table "tasks" drop column "idempotency_key";`);

    this.addSql(`alter table "proposals" drop constraint "proposals_author_id_idempotency_key_unique";`);
    this.addSql(`alter table "proposals" drop column "idempotency_key";`);

    this.addSql(`alter table "meetings" drop constraint "meetings_created_by_id_idempotency_key_unique";`);
    this.addSql(`alter table "meetings" drop column "idempotency_key";`);

    this.addSql(`alter table "decisions" drop constraint "decisions_signer_id_idempotency_key_unique";`);
    this.addSql(`alter table "decisions" drop column "idempotency_key";`);

    this.addSql(`alter table "requests" drop constraint "requests_author_id_idempotency_key_unique";`);
    this.addSql(`alter table "requests" drop column "idempotency_key";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotency_keys" cascade;`);

    this.addSql(`alter table "decisions" add column "idempotency_key" varchar(100) null;`);
    this.addSql(`alter table "decisions" add constraint "decisions_signer_id_idempotency_key_unique" unique ("signer_id", "idempotency_key");`);

    this.addSql(`alter table "meetings" add column "idempotency_key" varchar(100) null;`);
    this.addSql(`alter table "meetings" add constraint "meetings_created_by_id_idempotency_key_unique" unique ("created_by_id", "idempotency_key");`);

    this.addSql(`alter table "proposals" add column "idempotency_key" varchar(100) null;`);
    this.addSql(`alter table "proposals" add constraint "proposals_author_id_idempotency_key_unique" unique ("author_id", "idempotency_key");`);

    this.addSql(`alter table "requests" add column "idempotency_key" varchar(100) null;`);
    this.addSql(`alter table "requests" add constraint "requests_author_id_idempotency_key_unique" unique ("author_id", "idempotency_key");`);

    this.addSql(`alter table "tasks" add column "idempotency_key" varchar(100) null;`);
    this.addSql(`alter table "tasks" add constraint "tasks_assigned_by_id_idempotency_key_unique" unique ("assigned_by_id", "idempotency_key");`);
  }

}
