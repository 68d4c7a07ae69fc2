import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from './config';
import { openDatabase } from './db/database';
import { ormConfig } from './db/orm-config';
import { verifyAuditChain } from './modules/audit';
import { verifyDecisionSeals } from './modules/decisions';

const SEAL_PROBLEMS = {
  CHANGED: 'its content no longer matches the seal in its audit row',
  UNSEALED: 'it has no DECISION.ISSUED audit row',
  MISSING: 'its audit row seals it, but it is no longer in the register',
};

/**
 * `npm run audit:verify`: recomputes the audit log's hash chain, then every decision's seal.
 * Exit 0 when all hold; exit 1 naming the first broken row and every decision that does not hold.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const database = await openDatabase(config);
  const orm = await MikroORM.init(ormConfig(database.url));
  try {
    let failed = false;
    const report = await verifyAuditChain(orm.em.fork());
    if (report.broken) {
      const what = report.broken.reason === 'HASH' ? 'its content does not match its hash' : 'it does not link to the row before it';
      console.error(`audit log BROKEN at row ${report.broken.id}: ${what} (${report.checked} rows before it hold)`);
      failed = true;
    } else {
      console.log(`audit log intact: ${report.checked} rows, head hash ${report.headHash || '(empty)'}`);
    }
    const seals = await verifyDecisionSeals(orm.em.fork());
    for (const p of seals.problems) console.error(`decision ${p.number} (${p.decisionId}) ${p.reason}: ${SEAL_PROBLEMS[p.reason]}`);
    if (seals.problems.length === 0) console.log(`decisions intact: ${seals.checked} match their seals`);
    return failed || seals.problems.length > 0 ? 1 : 0;
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
