import { Migration } from '@mikro-orm/migrations';

export class Migration20261206044927 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "meetings" drop constraint "meetings_conclusion_code_unique";`);

    this.addSql(`alter table "meetings" add column "conclusion_year" smallint null, add column "conclusion_number" int null;`);
    // notices published before: their year is the publication's, their number the code's N
    this.addSql(`update "meetings" set "conclusion_year" = extract(year from "published_on"), "conclusion_number" = split_part("conclusion_code", '/', 1)::int where "conclusion_code" is not null;`);
    this.addSql(`alter table "meetings" add constraint "meetings_conclusion_year_conclusion_number_unique" unique ("conclusion_year", "conclusion_number");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "meetings" drop constraint "meetings_conclusion_year_conclusion_number_unique";`);
    this.addSql(`alter table "meetings" drop column "conclusion_year", drop column "conclusion_number";`);

    this.addSql(`alter table "meetings" add constraint "meetings_conclusion_code_unique" unique ("conclusion_code");`);
  }

}
