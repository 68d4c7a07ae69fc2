import { Migration } from '@mikro-orm/migrations';

export class Migration20261206045450 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "request_attachments_agency_id_size_index" on "request_attachments" ("agency_id", "size");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "request_attachments_agency_id_size_index";`);
  }

}
