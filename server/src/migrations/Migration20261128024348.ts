import { Migration } from '@mikro-orm/migrations';

export class Migration20261128024348 extends Migration {

  override async up(): Promise<void> {
    // Decisions issued before this column existed keep a generic issuer line (rows cannot be updated).
    this.addSql(`alter table "decisions" add column "issuer_name" varchar(255) not null default 'ỦY BAN NHÂN DÂN TỈNH', add column "place" varchar(100) not null default '';`);
    this.addSql(`alter table "decisions" alter column "issuer_name" drop default, alter column "place" drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "decisions" drop column "issuer_name", drop column "place";`);
  }

}
