import { Migration } from '@mikro-orm/migrations';

/** Extensions the search features rely on: diacritic folding and trigram indexes. */
export class Migration20261128000000_extensions extends Migration {
  override async up(): Promise<void> {
    this.addSql('create extension if not exists unaccent;');
    this.addSql('create extension if not exists pg_trgm;');
  }
}
