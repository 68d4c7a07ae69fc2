import { Migration } from '@mikro-orm/migrations';

export class Migration20261128041639 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "task_category" as enum ('BREAKTHROUGH', 'KEY', 'ROUTINE');`);
    this.addSql(`create type "task_status" as enum ('OPEN', 'COMPLETED', 'CANCELLED', 'CARRIED_OVER');`);
    this.addSql(`create type "meeting_status" as enum ('DRAFT', 'PUBLISHED');`);
    this.addSql(`create type "directive_kind" as enum ('TASK', 'REQUEST');`);
    this.addSql(`create table "tasks" ("id" uuid not null, "code" varchar(20) not null, "title" varchar(300) not null, "description" text not null, "category" "task_category" not null, "domain" "domain_area" not null, "period_year" smallint not null, "period_quarter" smallint not null, "owner_agency_id" uuid not null, "due_date" date not null, "assigned_on" date not null, "assigned_by_id" uuid not null, "directive_id" uuid null, "carried_from_id" uuid null, "status" "task_status" not null default 'OPEN', "progress_percent" smallint not null default 0, "completed_on" date null, "cancelled_on" date null, "cancel_reason" varchar(2000) null, "carried_over_on" date null, "linked_request_ids" uuid[] not null, "idempotency_key" varchar(100) null, "created_at" timestamptz not null, "last_activity_at" timestamptz not null, "version" int not null default 1, constraint "tasks_pkey" primary key ("id"));`);
    this.addSql(`alter table "tasks" add constraint "tasks_code_unique" unique ("code");`);
    this.addSql(`create index "tasks_linked_request_ids_gin" on "tasks" using gin ("linked_request_ids");`);
    this.addSql(`create index "tasks_due_date_id_index" on "tasks" ("due_date", "id");`);
    this.addSql(`create index "tasks_owner_agency_id_due_date_id_index" on "tasks" ("owner_agency_id", "due_date", "id");`);
    this.addSql(`create index "tasks_period_year_period_quarter_owner_agency_id_index" on "tasks" ("period_year", "period_quarter", "owner_agency_id");`);
    this.addSql(`alter table "tasks" add constraint "tasks_assigned_by_id_idempotency_key_unique" unique ("assigned_by_id", "idempotency_key");`);

    this.addSql(`create table "task_progress_reports" ("id" uuid not null, "task_id" uuid not null, "percent" smallint not null, "note" varchar(2000) not null, "reported_by_id" uuid not null, "reported_at" timestamptz not null, constraint "task_progress_reports_pkey" primary key ("id"));`);
    this.addSql(`create index "task_progress_reports_task_id_reported_at_index" on "task_progress_reports" ("task_id", "reported_at");`);

    this.addSql(`create table "task_completions" ("id" uuid not null, "task_id" uuid not null, "completed_on" date not null, "reopened_on" date null, constraint "task_completions_pkey" primary key ("id"));`);
    this.addSql(`create index "task_completions_task_id_completed_on_index" on "task_completions" ("task_id", "completed_on");`);

    this.addSql(`create table "quarter_closures" ("id" uuid not null, "year" smallint not null, "quarter" smallint not null, "closed_on" date not null, "closed_by_id" uuid not null, constraint "quarter_closures_pkey" primary key ("id"));`);
    this.addSql(`alter table "quarter_closures" add constraint "quarter_closures_year_quarter_unique" unique ("year", "quarter");`);

    this.addSql(`create table "meetings" ("id" uuid not null, "title" varchar(300) not null, "held_on" date not null, "chair_id" uuid not null, "reviewed_agency_id" uuid null, "attendees" text not null, "summary" text not null, "conclusion" text not null, "status" "meeting_status" not null default 'DRAFT', "conclusion_code" varchar(30) null, "published_on" date null, "published_by_id" uuid null, "created_by_id" uuid not null, "idempotency_key" varchar(100) null, "created_at" timestamptz not null, "last_activity_at" timestamptz not null, "version" int not null default 1, constraint "meetings_pkey" primary key ("id"));`);
    this.addSql(`alter table "meetings" add constraint "meetings_conclusion_code_unique" unique ("conclusion_code");`);
    this.addSql(`create index "meetings_held_on_id_index" on "meetings" ("held_on", "id");`);
    this.addSql(`alter table "meetings" add constraint "meetings_created_by_id_idempotency_key_unique" unique ("created_by_id", "idempotency_key");`);

    this.addSql(`create table "meeting_directives" ("id" uuid not null, "meeting_id" uuid not null, "position" smallint not null, "content" text not null, "kind" "directive_kind" not null, "agency_id" uuid not null, "supporting_agency_ids" uuid[] not null, "category" "task_category" not null, "domain" "domain_area" not null, "due_date" date not null, "period_year" smallint not null, "period_quarter" smallint not null, "task_id" uuid null, "request_id" uuid null, constraint "meeting_directives_pkey" primary key ("id"));`);
    this.addSql(`create index "meeting_directives_task_id_index" on "meeting_directives" ("task_id");`);
    this.addSql(`create index "meeting_directives_request_id_index" on "meeting_directives" ("request_id");`);
    this.addSql(`alter table "meeting_directives" add constraint "meeting_directives_meeting_id_position_unique" unique ("meeting_id", "position");`);

    this.addSql(`alter table "tasks" add constraint "tasks_owner_agency_id_foreign" foreign key ("owner_agency_id") references "agencies" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "tasks" add constraint "tasks_assigned_by_id_foreign" foreign key ("assigned_by_id") references "users" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "tasks" add constraint "tasks_carried_from_id_foreign" foreign key ("carried_from_id") references "tasks" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "task_progress_reports" add constraint "task_progress_reports_task_id_foreign" foreign key ("task_id") references "tasks" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "task_progress_reports" add constraint "task_progress_reports_reported_by_id_foreign" foreign key ("reported_by_id") references "users" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "task_completions" add constraint "task_completions_task_id_foreign" foreign key ("task_id") references "tasks" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "quarter_closures" add constraint "quarter_closures_closed_by_id_foreign" foreign key ("closed_by_id") references "users" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "meetings" add constraint "meetings_chair_id_foreign" foreign key ("chair_id") references "users" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "meetings" add constraint "meetings_reviewed_agency_id_foreign" foreign key ("reviewed_agency_id") references "agencies" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "meetings" add constraint "meetings_published_by_id_foreign" foreign key ("published_by_id") references "users" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "meetings" add constraint "meetings_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "meeting_directives" add constraint "meeting_directives_meeting_id_foreign" foreign key ("meeting_id") references "meetings" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "meeting_directives" add constraint "meeting_directives_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "proposals" add column "linked_task_ids" uuid[] not null default '{}';`);
    this.addSql(`create index "proposals_linked_task_ids_gin" on "proposals" using gin ("linked_task_ids");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "tasks" drop constraint "tasks_carried_from_id_foreign";`);

    this.addSql(`alter table "task_progress_reports" drop constraint "task_progress_reports_task_id_foreign";`);

    this.addSql(`alter table "task_completions" drop constraint "task_completions_task_id_foreign";`);

    this.addSql(`alter table "meeting_directives" drop constraint "meeting_directives_meeting_id_foreign";`);

    this.addSql(`drop table if exists "tasks" cascade;`);

    this.addSql(`drop table if exists "task_progress_reports" cascade;`);

    this.addSql(`drop table if exists "task_completions" cascade;`);

    this.addSql(`drop table if exists "quarter_closures" cascade;`);

    this.addSql(`drop table if exists "meetings" cascade;`);

    this.addSql(`drop table if exists "meeting_directives" cascade;`);

    this.addSql(`drop index "proposals_linked_task_ids_gin";`);
    this.addSql(`alter table "proposals" drop column "linked_task_ids";`);

    this.addSql(`drop type "task_category";`);
    this.addSql(`drop type "task_status";`);
    this.addSql(`drop type "meeting_status";`);
    this.addSql(`drop type "directive_kind";`);
  }

}
