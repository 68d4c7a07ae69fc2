import { Migration } from '@mikro-orm/migrations';

export class Migration20261128021354 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "proposal_status" as enum ('DRAFT', 'IN_APPRAISAL', 'IN_REVIEW', 'DECIDED', 'RETURNED', 'WITHDRAWN');`);
    this.addSql(`create type "resource_kind" as enum ('FUNDING', 'PERSONNEL', 'EQUIPMENT', 'LAND', 'OTHER');`);
    this.addSql(`create type "decision_kind" as enum ('APPROVAL', 'AMENDMENT', 'REVOCATION');`);
    this.addSql(`create type "decision_outcome" as enum ('APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'REVOKED');`);
    this.addSql(`create type "appraisal_opinion" as enum ('SUPPORT', 'PARTIAL', 'OPPOSE');`);
    this.addSql(`create table "proposals" ("id" uuid not null, "code" varchar(20) null, "title" varchar(300) not null, "rationale" text not null, "fiscal_year" int not null, "requesting_agency_id" uuid not null, "author_id" uuid not null, "status" "proposal_status" not null, "revision" int not null, "return_reason" varchar(2000) null, "linked_request_ids" uuid[] not null, "idempotency_key" varchar(100) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "submitted_at" timestamptz null, "decided_at" timestamptz null, "last_activity_at" timestamptz not null, "version" int not null default 1, constraint "proposals_pkey" primary key ("id"));`);
    this.addSql(`alter table "proposals" add constraint "proposals_code_unique" unique ("code");`);
    this.addSql(`create index "proposals_requesting_agency_id_last_activity_at_id_index" on "proposals" ("requesting_agency_id", "last_activity_at", "id");`);
    this.addSql(`create index "proposals_status_last_activity_at_id_index" on "proposals" ("status", "last_activity_at", "id");`);
    this.addSql(`alter table "proposals" add constraint "proposals_author_id_idempotency_key_unique" unique ("author_id", "idempotency_key");`);

    this.addSql(`create table "proposal_revisions" ("id" uuid not null, "proposal_id" uuid not null, "number" int not null, "snapshot" jsonb not null, "submitted_by_id" uuid not null, "submitted_at" timestamptz not null, constraint "proposal_revisions_pkey" primary key ("id"));`);
    this.addSql(`alter table "proposal_revisions" add constraint "proposal_revisions_proposal_id_number_unique" unique ("proposal_id", "number");`);

    this.addSql(`create table "proposal_items" ("id" uuid not null, "proposal_id" uuid not null, "position" int not null, "kind" "resource_kind" not null, "description" varchar(500) not null, "quantity" int not null, "unit" varchar(30) not null, "amount" bigint null, "justification" text not null, constraint "proposal_items_pkey" primary key ("id"));`);

    this.addSql(`create table "decisions" ("id" uuid not null, "number" int not null, "year" int not null, "issuer_code" varchar(16) not null, "kind" "decision_kind" not null, "outcome" "decision_outcome" not null, "proposal_id" uuid null, "amends_id" uuid null, "title" varchar(500) not null, "lines" jsonb not null, "total_requested" bigint not null, "total_granted" bigint not null, "conditions" text not null, "signer_id" uuid not null, "signer_name" varchar(255) not null, "signer_title" varchar(255) not null, "signing_form" varchar(100) not null, "signed_at" timestamptz not null, "effective_date" date not null, "idempotency_key" varchar(100) null, constraint "decisions_pkey" primary key ("id"));`);
    this.addSql(`create index "decisions_proposal_id_index" on "decisions" ("proposal_id");`);
    this.addSql(`create index "decisions_signed_at_id_index" on "decisions" ("signed_at", "id");`);
    this.addSql(`alter table "decisions" add constraint "decisions_signer_id_idempotency_key_unique" unique ("signer_id", "idempotency_key");`);
    this.addSql(`alter table "decisions" add constraint "decisions_issuer_code_year_number_unique" unique ("issuer_code", "year", "number");`);

    this.addSql(`create table "proposal_appraisals" ("id" uuid not null, "proposal_id" uuid not null, "revision" int not null, "agency_id" uuid not null, "kinds" text[] not null, "opinion" "appraisal_opinion" null, "comment" text null, "recommendations" jsonb not null, "appraised_by_id" uuid null, "appraised_at" timestamptz null, constraint "proposal_appraisals_pkey" primary key ("id"));`);
    this.addSql(`alter table "proposal_appraisals" add constraint "proposal_appraisals_proposal_id_revision_agency_id_unique" unique ("proposal_id", "revision", "agency_id");`);

    this.addSql(`alter table "proposals" add constraint "proposals_requesting_agency_id_foreign" foreign key ("requesting_agency_id") references "agencies" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "proposals" add constraint "proposals_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "proposal_revisions" add constraint "proposal_revisions_proposal_id_foreign" foreign key ("proposal_id") references "proposals" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "proposal_revisions" add constraint "proposal_revisions_submitted_by_id_foreign" foreign key ("submitted_by_id") references "users" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "proposal_items" add constraint "proposal_items_proposal_id_foreign" foreign key ("proposal_id") references "proposals" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "decisions" add constraint "decisions_amends_id_foreign" foreign key ("amends_id") references "decisions" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "decisions" add constraint "decisions_signer_id_foreign" foreign key ("signer_id") references "users" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "proposal_appraisals" add constraint "proposal_appraisals_proposal_id_foreign" foreign key ("proposal_id") references "proposals" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "proposal_appraisals" add constraint "proposal_appraisals_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "proposal_appraisals" add constraint "proposal_appraisals_appraised_by_id_foreign" foreign key ("appraised_by_id") references "users" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "proposal_revisions" drop constraint "proposal_revisions_proposal_id_foreign";`);

    this.addSql(`alter table "proposal_items" drop constraint "proposal_items_proposal_id_foreign";`);

    this.addSql(`alter table "proposal_appraisals" drop constraint "proposal_appraisals_proposal_id_foreign";`);

    this.addSql(`alter table "decisions" drop constraint "decisions_amends_id_foreign";`);

    this.addSql(`drop table if exists "proposals" cascade;`);

    this.addSql(`drop table if exists "proposal_revisions" cascade;`);

    this.addSql(`drop table if exists "proposal_items" cascade;`);

    this.addSql(`drop table if exists "decisions" cascade;`);

    this.addSql(`drop table if exists "proposal_appraisals" cascade;`);

    this.addSql(`drop type "proposal_status";`);
    this.addSql(`drop type "resource_kind";`);
    this.addSql(`drop type "decision_kind";`);
    this.addSql(`drop type "decision_outcome";`);
    this.addSql(`drop type "appraisal_opinion";`);
  }

}
