import { Migration } from '@mikro-orm/migrations';

/**
 * Row triggers do not see TRUNCATE: without this, `truncate decisions` (or a TRUNCATE of users
 * cascading into it) emptied the register though UPDATE and DELETE were refused. The app connects
 * as the tables' owner, so there is no separate role to revoke from: this trigger is what holds
 * (an owner can disable it; the seals in the audit log then show what changed). The demo seeder
 * lifts it inside its own transaction only (decisions/decision-seal.ts, clearingDecisions).
 */
export class Migration20261206050000_decisions_no_truncate extends Migration {
  override async up(): Promise<void> {
    this.addSql('create trigger decisions_no_truncate before truncate on "decisions" for each statement execute function decisions_are_immutable();');
    this.addSql('revoke update, delete, truncate on "decisions" from public;');
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists decisions_no_truncate on "decisions";');
  }
}
