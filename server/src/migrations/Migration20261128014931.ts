import { Migration } from '@mikro-orm/migrations';

export class Migration20261128014931 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "request_attachments" ("id" uuid not null, "request_id" uuid not null, "file_name" varchar(255) not null, "content_type" varchar(100) not null, "size" bigint not null, "sha256" varchar(64) not null, "uploaded_by_id" uuid not null, "agency_id" uuid not null, "created_at" timestamptz not null, constraint "request_attachments_pkey" primary key ("id"));`);
    this.addSql(`create index "request_attachments_request_id_created_at_index" on "request_attachments" ("request_id", "created_at");`);

    this.addSql(`alter table "request_attachments" add constraint "request_attachments_request_id_foreign" foreign key ("request_id") references "requests" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "request_attachments" add constraint "request_attachments_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "users" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "request_attachments" add constraint "request_attachments_agency_id_foreign" foreign key ("agency_id") references "agencies" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "request_attachments" cascade;`);
  }

}
