import { Migration } from '@mikro-orm/migrations';

/**
 * Issued decisions can never be silently changed: the database itself refuses UPDATE and DELETE
 * (a later decision amends or revokes by reference instead).
 */
export class Migration20261128021400_decisions_immutable extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function decisions_are_immutable() returns trigger language plpgsql as $$
      begin
        raise exception 'decisions are immutable: % refused', tg_op using errcode = 'P0001';
      end $$;`);
    this.addSql('create trigger decisions_immutable before update or delete on "decisions" for each row execute function decisions_are_immutable();');
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists decisions_immutable on "decisions";');
    this.addSql('drop function if exists decisions_are_immutable();');
  }
}
