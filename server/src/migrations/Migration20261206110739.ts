import { Migration } from '@mikro-orm/migrations';

export class Migration20261206110739 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "meetings" add column "attending_agency_ids" uuid[] not null default '{}';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "meetings" drop column "attending_agency_ids";`);
  }

}
