import { Migration } from '@mikro-orm/migrations';

export class Migration20261206070421 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "audit_log_failed_logins_by_address";`);
    this.addSql(`drop index "audit_log_failed_logins_by_user";`);
  }

  override async down(): Promise<void> {
    this.addSql(`CREATE INDEX audit_log_failed_logins_by_address ON public.audit_log USING btree (((details ->> 'ip'::text)), at) WHERE ((action)::text = 'AUTH.LOGIN_FAILED'::text);`);
    this.addSql(`CREATE INDEX audit_log_failed_logins_by_user ON public.audit_log USING btree (subject_id, at) WHERE ((action)::text = 'AUTH.LOGIN_FAILED'::text);`);
  }

}
