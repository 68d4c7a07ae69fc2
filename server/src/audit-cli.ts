import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from './config';
import { openDatabase } from './db/database';
import { ormConfig } from './db/orm-config';
import { verifyAuditChain } from './modules/audit';

/**
 * `npm run audit:verify`: recomputes the audit log's hash chain. Exit 0 and the head hash (keep it
 * somewhere else to detect a cut-off tail later) when it holds; exit 1 naming the first broken row.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const database = await openDatabase(config);
  const orm = await MikroORM.init(ormConfig(database.url));
  try {
    const report = await verifyAuditChain(orm.em.fork());
    if (report.broken) {
      const what = report.broken.reason === 'HASH' ? 'its content does not match its hash' : 'it does not link to the row before it';
      console.error(`audit log BROKEN at row ${report.broken.id}: ${what} (${report.checked} rows before it hold)`);
      return 1;
    }
    console.log(`audit log intact: ${report.checked} rows, head hash ${report.headHash || '(empty)'}`);
    return 0;
  } finally {
    await orm.close();
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
