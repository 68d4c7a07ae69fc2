import fs from 'node:fs';
import { renderSqlTypes, SQL_TYPES_FILE } from './sql-types-file';

describe('shared/database.generated.ts', () => {
  it('matches the tables the entities map (run `npm run sql-types` when this fails)', async () => {
    expect(fs.existsSync(SQL_TYPES_FILE) ? fs.readFileSync(SQL_TYPES_FILE, 'utf8') : '').toBe(await renderSqlTypes());
  });
});
