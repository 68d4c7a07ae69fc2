import { Migration } from '@mikro-orm/migrations';

/** Signed heads only accumulate, like the audit log they sign (same guard, same function). */
export class Migration20261206050644_audit_heads_append_only extends Migration {
  override async up(): Promise<void> {
    this.addSql('create trigger audit_heads_no_change before update or delete on "audit_heads" for each row execute function audit_log_is_append_only();');
    this.addSql('create trigger audit_heads_no_truncate before truncate on "audit_heads" for each statement execute function audit_log_is_append_only();');
    this.addSql('revoke update, delete, truncate on "audit_heads" from public;');
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists audit_heads_no_truncate on "audit_heads";');
    this.addSql('drop trigger if exists audit_heads_no_change on "audit_heads";');
  }
}
