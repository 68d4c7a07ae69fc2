import type { EntityManager } from '@mikro-orm/postgresql';
import { demoAgencies, demoUsers } from '@lien-thong/seeds';
import { Agency, AgencyKind } from '../modules/agencies';
import { clearingDecisions } from '../modules/decisions';
import { registerOfficialLayouts } from '../modules/documents';
import { hashPassword, User } from '../modules/users';
import { Role } from '../shared/viewer';
import { seedDemoProposals } from './demo-proposals';
import { seedDemoRequests } from './demo-requests';
import { seedDemoTasks } from './demo-tasks';
import type { ProposalSettings } from '../modules/proposals';
import { runSql } from '../shared/sql';
import { ScenarioClock } from './scenario-clock';

export async function isDatabaseEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(Agency, {})) === 0;
}

/**
 * Replaces all data (agencies, users, sessions, requests, proposals, tasks, the event log) with the article's world, in one transaction.
 * Every demo account shares one password, so it is hashed once.
 */
export async function seedDemoData(
  em: EntityManager,
  options: { password: string; withRequests?: boolean; settings: ProposalSettings },
): Promise<{ agencies: number; users: number; requests: number; proposals: number; tasks: number }> {
  // the demo's decisions and notices are signed in their official layout as they are issued
  registerOfficialLayouts();
  const passwordHash = await hashPassword(options.password);
  let requests = 0;
  let proposals = 0;
  let tasks = 0;
  await em.transactional(async (tx) => {
    // users cascade into the decision register, whose TRUNCATE guard the seeder alone may lift
    await clearingDecisions(tx, () =>
      runSql(
        tx,
        'truncate table events, reference_counters, request_reminders, notifications, sessions, users, agencies cascade',
      ),
    );
    const byCode = new Map<string, Agency>();
    for (const seed of demoAgencies) {
      const parent = seed.parentCode ? byCode.get(seed.parentCode)! : null;
      const agency = new Agency({ ...seed, kind: AgencyKind[seed.kind], parent });
      byCode.set(seed.code, agency);
      tx.persist(agency);
    }
    for (const seed of demoUsers) {
      tx.persist(new User({ ...seed, role: Role[seed.role], agency: byCode.get(seed.agencyCode)!, passwordHash }));
    }
    await tx.flush();
    if (options.withRequests !== false) {
      const clock = new ScenarioClock();
      requests = await seedDemoRequests(tx, clock);
      tasks = await seedDemoTasks(tx, clock);
      proposals = await seedDemoProposals(tx, options.settings, clock);
      // The bells should hold what needs attention now, not three years of history.
      await runSql(
        tx,
        `update notifications set read_at = created_at where read_at is null and created_at < now() - interval '90 days'`,
      );
    }
  });
  return { agencies: demoAgencies.length, users: demoUsers.length, requests, proposals, tasks };
}
