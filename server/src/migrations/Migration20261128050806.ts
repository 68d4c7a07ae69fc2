import { Migration } from '@mikro-orm/migrations';

export class Migration20261128050806 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "audit_log_failed_logins_by_address" on "audit_log" (("details"->>'ip'), "at") where "action" = 'AUTH.LOGIN_FAILED';`);
    this.addSql(`create index "audit_log_failed_logins_by_user" on "audit_log" ("subject_id", "at") where "action" = 'AUTH.LOGIN_FAILED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "audit_log_failed_logins_by_address";`);
    this.addSql(`drop index "audit_log_failed_logins_by_user";`);
  }

}
