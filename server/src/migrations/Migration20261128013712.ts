import { Migration } from '@mikro-orm/migrations';

export class Migration20261128013712 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "domain_area" as enum ('LAND', 'MINERALS', 'ENVIRONMENT', 'SEA_ISLANDS', 'WATER_RESOURCES', 'CLIMATE_CHANGE', 'ADMIN_REFORM', 'DIGITAL_TRANSFORMATION', 'FINANCE', 'OTHER');`);
    this.addSql(`create type "request_priority" as enum ('LOW', 'NORMAL', 'HIGH', 'URGENT');`);
    this.addSql(`create type "request_status" as enum ('DRAFT', 'SUBMITTED', 'IN_PROGRESS', 'RESPONDED', 'CLOSED', 'WITHDRAWN', 'DECLINED', 'ESCALATED');`);
    this.addSql(`create type "participant_role" as enum ('LEAD', 'SUPPORT');`);
    this.addSql(`create type "participant_state" as enum ('PENDING', 'ACKNOWLEDGED', 'RESPONDED', 'DECLINED');`);
    this.addSql(`create table "events" ("id" bigserial primary key, "aggregate_type" varchar(32) not null, "aggregate_id" uuid not null, "type" varchar(48) not null, "actor_user_id" uuid null, "actor_agency_id" uuid null, "restricted" boolean not null default false, "audience" uuid[] not null, "data" jsonb not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "events_audience_index" on "events" using gin ("audience");`);
    this.addSql(`create index "events_aggregate_type_aggregate_id_id_index" on "events" ("aggregate_type", "aggregate_id", "id");`);

    this.addSql(`create table "reference_counters" ("scope" varchar(32) not null, "year" int not null, "last" int not null, constraint "reference_counters_pkey" primary key ("scope", "year"));`);

    this.addSql(`create table "requests" ("id" uuid not null, "code" varchar(20) null, "title" varchar(300) not null, "body" text not null, "domain" "domain_area" not null, "priority" "request_priority" not null, "due_date" date not null, "status" "request_status" not null, "requesting_agency_id" uuid not null, "author_id" uuid not null, "lead_agency_id" uuid not null, "search_text" text not null, "idempotency_key" varchar(100) null, "escalation_reason" varchar(1000) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "submitted_at" timestamptz null, "closed_at" timestamptz null, "last_activity_at" timestamptz not null, "version" int not null default 1, constraint "requests_pkey" primary key ("id"));`);
    this.addSql(`alter table "requests" add constraint "requests_code_unique" unique ("code");`);
    this.addSql(`create index "requests_status_index" on "requests" ("status");`);
    this.addSql(`create index "requests_lead_agency_id_index" on "requests" ("lead_agency_id");`);
    this.addSql(`create index "requests_search_text_trgm" on "requests" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(`create index "requests_due_date_id_index" on "requests" ("due_date", "id");`);
    this.addSql(`create index "requests_last_activity_at_id_index" on "requests" ("last_activity_at", "id");`);
    this.addSql(`create index "requests_requesting_agency_id_last_activity_at_id_index" on "requests" ("requesting_agency_id", "last_activity_at", "id");`);
    this.addSql(`alter table "requests" add constraint "requests_author_id_idempotency_key_unique" unique ("author_id", "idempotency_key");`);

    this.addSql(`create table "request_participants" ("id" uuid not null, "request_id" uuid not null, "agency_id" uuid not null, "role" "participant_role" not null, "state" "participant_state" not null default 'PENDING', "assignee_id" uuid null, "reply" text null, "decline_reason" varchar(1000) null, "acknowledged_at" timestamptz null, "responded_at" timestamptz null, constraint "request_participants_pkey" primary key ("id"));`);
    this.addSql(`create index "request_participants_agency_id_request_id_index" on "request_participants" ("agency_id", "request_id");`);
    this.addSql(`alter table "request_participants" add constraint "request_participants_request_id_agency_id_unique" unique ("request_id", "agency_id");`);

    this.addSql(`create table "request_comments" ("id" uuid not null, "request_id" uuid not null, "author_id" uuid not null, "agency_id" uuid not null, "body" text not null, "created_at" timestamptz not null, constraint "request_comments_pkey" primary key ("id"));`);
    this.addSql(`create index "request_comments_request_id_created_at_index" on "request_comments" ("request_id", "created_at");`);

    this.addSql(`alter table "requests" add constraint "requests_requesting_agency_id_foreign" foreign key ("requesting_agency_id") references "agencies" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "requests" add constraint "requests_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "requests" add constraint "requests_lead_agency_id_foreign" foreign key ("lead_agency_id") references "agencies" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "request_participants" add constraint "request_participants_request_id_foreign" foreign key ("request_id") references "requests" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "request_participants" add constraint "request_participants_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "request_participants" add constraint "request_participants_assignee_id_foreign" foreign key ("assignee_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "request_comments" add constraint "request_comments_request_id_foreign" foreign key ("request_id") references "requests" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "request_comments" add constraint "request_comments_author_id_foreign" foreign key ("author_id") references "users" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "request_comments" add constraint "request_comments_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "request_participants" drop constraint "request_participants_request_id_foreign";`);

    this.addSql(`alter table "request_comments" drop constraint "request_comments_request_id_foreign";`);

    this.addSql(`drop table if exists "events" cascade;`);

    this.addSql(`drop table if exists "reference_counters" cascade;`);

    this.addSql(`drop table if exists "requests" cascade;`);

    this.addSql(`drop table if exists "request_participants" cascade;`);

    this.addSql(`drop table if exists "request_comments" cascade;`);

    this.addSql(`drop type "domain_area";`);
    this.addSql(`drop type "request_priority";`);
    this.addSql(`drop type "request_status";`);
    this.addSql(`drop type "participant_role";`);
    this.addSql(`drop type "participant_state";`);
  }

}
