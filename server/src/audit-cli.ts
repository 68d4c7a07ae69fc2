import 'reflect-metadata';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { loadConfig, type Config } from './config';
import { openDatabase } from './db/database';
import { ormConfig } from './db/orm-config';
import { loadAuditHeadKey, verifyAuditChain, verifyAuditHeads, type HeadReport } from './modules/audit';
import { verifyDecisionSeals } from './modules/decisions';

const SEAL_PROBLEMS = {
  CHANGED: 'its content no longer matches the seal in its audit row',
  UNSEALED: 'it has no DECISION.ISSUED audit row',
  MISSING: 'its audit row seals it, but it is no longer in the register',
};

const HEAD_PROBLEMS: Record<HeadReport['problems'][number]['reason'], string> = {
  FORGED: 'its signature does not hold under the audit head key',
  MISSING: 'its row is gone (the log was cut back)',
  MISMATCH: 'its row now has another hash (the log was rewritten and its hashes recomputed)',
};

/**
 * `npm run audit:verify`: recomputes the audit log's hash chain, checks it against the signed
 * heads (from audit_heads and the head log), then every decision's seal. Exit 0 when all hold;
 * exit 1 naming the first broken row, every head and every decision that does not hold.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const database = await openDatabase(config);
  const orm = await MikroORM.init(ormConfig(database.url));
  try {
    let failed = false;
    const report = await verifyAuditChain(orm.em.fork());
    if (report.broken) {
      const what =
        report.broken.reason === 'HASH'
          ? 'its content does not match its hash'
          : 'it does not link to the row before it';
      console.error(`audit log BROKEN at row ${report.broken.id}: ${what} (${report.checked} rows before it hold)`);
      failed = true;
    } else {
      console.log(`audit log intact: ${report.checked} rows, head hash ${report.headHash || '(empty)'}`);
    }
    failed = !(await checkHeads(orm.em.fork(), config)) || failed;
    const seals = await verifyDecisionSeals(orm.em.fork());
    for (const p of seals.problems)
      console.error(`decision ${p.number} (${p.decisionId}) ${p.reason}: ${SEAL_PROBLEMS[p.reason]}`);
    if (seals.problems.length === 0) console.log(`decisions intact: ${seals.checked} match their seals`);
    return failed || seals.problems.length > 0 ? 1 : 0;
  } finally {
    await orm.close();
    await database.close();
  }
}

async function checkHeads(em: EntityManager, config: Config): Promise<boolean> {
  let key: Buffer;
  try {
    key = loadAuditHeadKey(config.auditHead, { production: config.production, create: false }).key;
  } catch (error) {
    console.error(`signed heads NOT checked: ${error instanceof Error ? error.message : error}`);
    return false;
  }
  const report = await verifyAuditHeads(em, key, config.auditHead.logFile);
  for (const { head, reason } of report.problems)
    console.error(`signed head of row ${head.auditId} at ${head.at} ${reason}: ${HEAD_PROBLEMS[reason]}`);
  if (report.ignoredLines > 0) console.log(`head log: ${report.ignoredLines} lines of other databases ignored`);
  if (report.newest && report.problems.length === 0)
    console.log(
      `signed heads hold: ${report.verified}, the newest at row ${report.newest.auditId} (${report.newest.at})`,
    );
  if (!report.newest && report.problems.length === 0)
    console.log('no signed head yet: rows added since the last head are not anchored');
  return report.problems.length === 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
