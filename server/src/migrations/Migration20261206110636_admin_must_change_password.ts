import { Migration } from '@mikro-orm/migrations';

export class Migration20261206110636_admin_must_change_password extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "users" add column "must_change_password" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "users" drop column "must_change_password";`);
  }

}
