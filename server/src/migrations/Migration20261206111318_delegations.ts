import { Migration } from '@mikro-orm/migrations';

export class Migration20261206111318_delegations extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "delegation_form" as enum ('KT', 'TL');`);
    this.addSql(`create table "delegations" ("id" uuid not null, "grantor_id" uuid not null, "delegate_id" uuid not null, "agency_id" uuid not null, "powers" text[] not null, "form" "delegation_form" not null, "starts_on" date not null, "ends_on" date not null, "created_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_by_id" uuid null, constraint "delegations_pkey" primary key ("id"));`);
    this.addSql(`create index "delegations_grantor_id_created_at_index" on "delegations" ("grantor_id", "created_at");`);
    this.addSql(`create index "delegations_delegate_id_ends_on_index" on "delegations" ("delegate_id", "ends_on");`);

    this.addSql(`alter table "delegations" add constraint "delegations_grantor_id_foreign" foreign key ("grantor_id") references "users" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "delegations" add constraint "delegations_delegate_id_foreign" foreign key ("delegate_id") references "users" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "delegations" add constraint "delegations_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "delegations" add constraint "delegations_revoked_by_id_foreign" foreign key ("revoked_by_id") references "users" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "decisions" add column "on_behalf_of_id" uuid null, add column "on_behalf_of_name" varchar(255) null, add column "delegation_id" uuid null;`);
    this.addSql(`alter table "decisions" add constraint "decisions_on_behalf_of_id_foreign" foreign key ("on_behalf_of_id") references "users" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "delegations" cascade;`);

    this.addSql(`alter table "decisions" drop constraint "decisions_on_behalf_of_id_foreign";`);

    this.addSql(`alter table "decisions" drop column "on_behalf_of_id", drop column "on_behalf_of_name", drop column "delegation_id";`);

    this.addSql(`drop type "delegation_form";`);
  }

}
