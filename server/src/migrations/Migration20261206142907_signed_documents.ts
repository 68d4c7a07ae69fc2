import { Migration } from '@mikro-orm/migrations';

export class Migration20261206142907_signed_documents extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "signed_document_kind" as enum ('DECISION', 'CONCLUSION');`);
    this.addSql(`create table "signed_documents" ("id" uuid not null, "kind" "signed_document_kind" not null, "record_id" uuid not null, "sha256" varchar(64) not null, "bytes" bytea not null, "signer_id" uuid not null, "signer_name" varchar(255) not null, "certificate_subject" varchar(1000) not null, "certificate_serial" varchar(64) not null, "certificate_fingerprint" varchar(64) not null, "signed_at" timestamptz not null, constraint "signed_documents_pkey" primary key ("id"));`);
    this.addSql(`create index "signed_documents_sha256_index" on "signed_documents" ("sha256");`);
    this.addSql(`alter table "signed_documents" add constraint "signed_documents_kind_record_id_unique" unique ("kind", "record_id");`);

    this.addSql(`alter table "signed_documents" add constraint "signed_documents_signer_id_foreign" foreign key ("signer_id") references "users" ("id") on update cascade on delete restrict;`);
    // written once at issue time and served unchanged: the table refuses UPDATE and DELETE
    // (TRUNCATE stays for the demo seeder's wipe, which cascades from users)
    this.addSql(`create function signed_documents_write_once() returns trigger language plpgsql as $$
      begin raise exception 'signed documents are written once' using errcode = 'P0001'; end $$;`);
    this.addSql(`create trigger signed_documents_no_change before update or delete on signed_documents
      for each row execute function signed_documents_write_once();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "signed_documents" cascade;`);
    this.addSql(`drop function if exists signed_documents_write_once();`);

    this.addSql(`drop type "signed_document_kind";`);
  }

}
