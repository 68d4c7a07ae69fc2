import { sql, type SqlBool } from 'kysely';
import { SQL_PROVINCE_TODAY } from '../../shared/clock';
import type { SqlSource } from '../../shared/combined-reads';
import type { MessageParams } from '../../shared/messages';
import { db, readQuery } from '../../shared/typed-sql';
import { agenciesActedFor, type Viewer } from '../../shared/viewer';
import { meetingVisible } from '../meetings';
import { proposalVisible } from '../proposals';
import { OPEN_STATUSES, OVERDUE_SQL, requestVisible } from '../requests';
import { taskVisible } from '../tasks';
import { WAITING, WORK_QUEUE_LIMITS, WorkReason } from './work-queue.rules';

/**
 * Read side of the work queue: one statement per section, each with its module's visibility
 * predicate in its `where` and "my agency" asked of `agenciesActedFor` only. The service starts
 * them in the same turn, so CombinedReads sends them as ONE statement; rows therefore come back
 * through JSON (timestamps as ISO text). Each row carries its section's full size
 * (`count(*) over ()`, counted before the limit) for the navigation's badges.
 */

const today = sql.raw(SQL_PROVINCE_TODAY);
const total = sql<number>`(count(*) over ())::int`;
const noUnit = sql<string | null>`null::text`;
const reason = (value: WorkReason) => sql<WorkReason>`${value}::text`;

/**
 * Requests waiting for the viewer's agencies (to acknowledge, to answer, to accept an answer) or,
 * for the Committee, for its directive; one row per request, the first reason by `rank`.
 */
export function waitingRequests(source: SqlSource, viewer: Viewer) {
  const mine = agenciesActedFor(viewer);
  const { acknowledge, answer, acceptAnswer, giveDirective } = WAITING.request;
  const addressed = db
    .selectFrom('request_participants as mp')
    .innerJoin('requests as r', 'r.id', 'mp.request_id')
    .innerJoin('agencies as ua', 'ua.id', 'mp.agency_id')
    .select(['r.id as id', sql<string | null>`ua.short_name`.as('unit')])
    .select(
      sql<WorkReason>`case when mp.state = ${acknowledge.participant} then ${WorkReason.ACKNOWLEDGE} else ${WorkReason.ANSWER} end`.as(
        'reason',
      ),
    )
    .select(sql<number>`case when mp.state = ${acknowledge.participant} then 1 else 2 end`.as('rank'))
    .where('mp.agency_id', 'in', mine)
    .where((eb) =>
      eb.or([
        eb.and([eb('mp.state', '=', acknowledge.participant), eb('r.status', 'in', acknowledge.statuses)]),
        eb.and([eb('mp.state', '=', answer.participant), eb('r.status', 'in', answer.statuses)]),
      ]),
    );
  const answered = db
    .selectFrom('requests as r')
    .innerJoin('agencies as ua', 'ua.id', 'r.requesting_agency_id')
    .select(['r.id as id', sql<string | null>`ua.short_name`.as('unit')])
    .select([reason(WorkReason.ACCEPT_ANSWER).as('reason'), sql<number>`3`.as('rank')])
    .where('r.requesting_agency_id', 'in', mine)
    .where('r.status', 'in', acceptAnswer);
  const escalated = db
    .selectFrom('requests as r')
    .select(['r.id as id', noUnit.as('unit')])
    .select([reason(WorkReason.GIVE_DIRECTIVE).as('reason'), sql<number>`0`.as('rank')])
    .where('r.status', 'in', giveDirective);
  const candidates = addressed.unionAll(answered).$if(viewer.inCommittee, (q) => q.unionAll(escalated));
  const firstReason = db
    .selectFrom(candidates.as('c'))
    .distinctOn('c.id')
    .select(['c.id', 'c.reason', 'c.unit'])
    .orderBy('c.id')
    .orderBy('c.rank');
  return readQuery(
    source,
    db
      .selectFrom(firstReason.as('w'))
      .innerJoin('requests as r', 'r.id', 'w.id')
      .innerJoin('agencies as ra', 'ra.id', 'r.requesting_agency_id')
      .innerJoin('agencies as la', 'la.id', 'r.lead_agency_id')
      .select(['r.id', 'r.code', 'r.title', 'r.last_activity_at', 'w.reason', 'w.unit'])
      .select(['ra.short_name as from_agency', 'la.short_name as lead_agency'])
      .select(sql<string>`r.due_date::text`.as('due_date'))
      .select(sql<boolean>`${sql.raw(OVERDUE_SQL)}`.as('overdue'))
      .select(
        sql<boolean>`(r.status = any(${`{${OPEN_STATUSES.join(',')}}`}::request_status[])
          and r.due_date between ${today} and ${today} + ${WORK_QUEUE_LIMITS.requestDueSoonDays}::int)`.as('due_soon'),
      )
      .select(total.as('total'))
      .where(requestVisible(viewer))
      .orderBy(sql`r.due_date`)
      .orderBy('r.code')
      .limit(WORK_QUEUE_LIMITS.itemsPerSection),
  );
}

/**
 * Proposals waiting for the viewer's agencies' appraisal (current revision, no opinion yet), for
 * the Committee's decision, or returned to the viewer's agencies to revise; the longest waiting first.
 */
export function waitingProposals(source: SqlSource, viewer: Viewer) {
  const mine = agenciesActedFor(viewer);
  const { appraise, decide, revise } = WAITING.proposal;
  const toAppraise = db
    .selectFrom('proposal_appraisals as a')
    .innerJoin('proposals as p', (join) =>
      join.onRef('p.id', '=', 'a.proposal_id').onRef('p.revision', '=', 'a.revision'),
    )
    .innerJoin('agencies as ua', 'ua.id', 'a.agency_id')
    .select(['p.id as id', sql<string | null>`ua.short_name`.as('unit')])
    .select([reason(WorkReason.APPRAISE).as('reason'), sql<number>`1`.as('rank')])
    .where('a.agency_id', 'in', mine)
    .where('a.opinion', 'is', null)
    .where('p.status', 'in', appraise);
  const toRevise = db
    .selectFrom('proposals as p')
    .innerJoin('agencies as ua', 'ua.id', 'p.requesting_agency_id')
    .select(['p.id as id', sql<string | null>`ua.short_name`.as('unit')])
    .select([reason(WorkReason.REVISE).as('reason'), sql<number>`2`.as('rank')])
    .where('p.requesting_agency_id', 'in', mine)
    .where('p.status', 'in', revise);
  const toDecide = db
    .selectFrom('proposals as p')
    .select(['p.id as id', noUnit.as('unit')])
    .select([reason(WorkReason.DECIDE).as('reason'), sql<number>`0`.as('rank')])
    .where('p.status', 'in', decide);
  const candidates = toAppraise.unionAll(toRevise).$if(viewer.inCommittee, (q) => q.unionAll(toDecide));
  const firstReason = db
    .selectFrom(candidates.as('c'))
    .distinctOn('c.id')
    .select(['c.id', 'c.reason', 'c.unit'])
    .orderBy('c.id')
    .orderBy('c.rank');
  return readQuery(
    source,
    db
      .selectFrom(firstReason.as('w'))
      .innerJoin('proposals as p', 'p.id', 'w.id')
      .innerJoin('agencies as ra', 'ra.id', 'p.requesting_agency_id')
      .select(['p.id', 'p.code', 'p.title', 'p.revision', 'p.last_activity_at', 'w.reason', 'w.unit'])
      .select(['ra.short_name as from_agency', total.as('total')])
      .where(proposalVisible(viewer))
      .orderBy('p.last_activity_at')
      .orderBy('p.id')
      .limit(WORK_QUEUE_LIMITS.itemsPerSection),
  );
}

/** Open tasks of the viewer's agencies, overdue or due within the window, the earliest due first. */
export function waitingTasks(source: SqlSource, viewer: Viewer) {
  return readQuery(
    source,
    db
      .selectFrom('tasks as t')
      .innerJoin('agencies as oa', 'oa.id', 't.owner_agency_id')
      .select(['t.id', 't.code', 't.title', 't.last_activity_at', 'oa.short_name as unit'])
      .select(sql<string>`t.due_date::text`.as('due_date'))
      .select(sql<number>`t.due_date - ${today}`.as('days_left'))
      .select(total.as('total'))
      .where('t.owner_agency_id', 'in', agenciesActedFor(viewer))
      .where('t.status', 'in', WAITING.task)
      .where(sql<SqlBool>`t.due_date <= ${today} + ${WORK_QUEUE_LIMITS.taskDueWithinDays}::int`)
      .where(taskVisible(viewer))
      .orderBy('t.due_date')
      .orderBy('t.code')
      .limit(WORK_QUEUE_LIMITS.itemsPerSection),
  );
}

/** Meetings whose conclusions wait to be published: the Committee's work (the caller asks only for it). */
export function waitingMeetings(source: SqlSource, viewer: Viewer) {
  return readQuery(
    source,
    db
      .selectFrom('meetings as m')
      .select(['m.id', 'm.title', 'm.last_activity_at', sql<string>`m.held_on::text`.as('held_on')])
      .select(total.as('total'))
      .where('m.status', 'in', WAITING.meeting)
      .where(meetingVisible(viewer))
      .orderBy('m.held_on')
      .orderBy('m.id')
      .limit(WORK_QUEUE_LIMITS.itemsPerSection),
  );
}

/** The viewer's newest unread notifications, and how many are unread in all. */
export function unreadNotifications(source: SqlSource, viewer: Viewer) {
  return readQuery(
    source,
    db
      .selectFrom('notifications as n')
      .select(['n.id', 'n.kind', 'n.message', 'n.message_key', 'n.subject_type', 'n.subject_id', 'n.created_at'])
      .select([sql<MessageParams | null>`n.message_params`.as('message_params'), total.as('total')])
      .where('n.user_id', '=', viewer.userId)
      .where('n.read_at', 'is', null)
      .orderBy('n.created_at', 'desc')
      .orderBy('n.id', 'desc')
      .limit(WORK_QUEUE_LIMITS.notifications),
  );
}
