import { Migration } from '@mikro-orm/migrations';

/**
 * The audit log only grows: the database refuses UPDATE, DELETE and TRUNCATE on it for every
 * connection (the hash chain then shows if someone with the owner's rights disabled this).
 */
export class Migration20261128045227_audit_log_append_only extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function audit_log_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'the audit log is append-only: % refused', tg_op using errcode = 'P0001';
      end $$;`);
    this.addSql('create trigger audit_log_no_change before update or delete on "audit_log" for each row execute function audit_log_is_append_only();');
    this.addSql('create trigger audit_log_no_truncate before truncate on "audit_log" for each statement execute function audit_log_is_append_only();');
    this.addSql('revoke update, delete, truncate on "audit_log" from public;');
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists audit_log_no_truncate on "audit_log";');
    this.addSql('drop trigger if exists audit_log_no_change on "audit_log";');
    this.addSql('drop function if exists audit_log_is_append_only();');
  }
}
