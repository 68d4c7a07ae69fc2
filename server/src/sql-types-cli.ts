import 'reflect-metadata';
import fs from 'node:fs';
import { renderSqlTypes, SQL_TYPES_FILE } from './db/sql-types-file';

/** `npm run sql-types`: writes shared/database.generated.ts (the tables Kysely's queries are typed by) from the entities. */
renderSqlTypes()
  .then((text) => {
    fs.writeFileSync(SQL_TYPES_FILE, text);
    console.log(`wrote ${SQL_TYPES_FILE}`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
