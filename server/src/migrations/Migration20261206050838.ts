import { Migration } from '@mikro-orm/migrations';

/** A Committee LEAD created by an ADMIN awaits a second Committee LEAD's confirmation; existing officials are confirmed. */
export class Migration20261206050838 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "users" add column "awaiting_confirmation" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "users" drop column "awaiting_confirmation";`);
  }

}
