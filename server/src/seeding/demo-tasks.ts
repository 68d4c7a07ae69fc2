import type { EntityManager } from '@mikro-orm/postgresql';
import { demoMeeting, demoTaskQuarters, type SeedTask } from '@lien-thong/seeds';
import { createEventBus } from '../shared/event-bus';
import { PROVINCE_TIME_ZONE } from '../shared/clock';
import { runSql } from '../shared/sql';
import type { Viewer } from '../shared/viewer';
import { MeetingService } from '../modules/meetings';
import { QuarterService, TaskService } from '../modules/tasks';
import { demoViewers, fail } from './demo-viewers';
import type { ScenarioClock } from './scenario-clock';

interface Step {
  on: string;
  /** Within a day: assign, report, complete, record the meeting, publish, close. */
  order: number;
  run: () => Promise<unknown>;
}

/**
 * Replays the demo quarters day by day through the real services, with the services' clock set to
 * each day, so completion dates, lateness and carry-overs come out exactly as they would have. The
 * rows written on a simulated day are then dated that day (events, progress reports).
 */
export async function seedDemoTasks(em: EntityManager, clock: ScenarioClock): Promise<number> {
  const { viewer } = await demoViewers(em);
  const bus = createEventBus(new EventTarget());
  const tasks = new TaskService(em, bus, clock.now);
  const meetings = new MeetingService(em, bus, clock.now);
  const quarters = new QuarterService(em, bus, clock.now);
  const chair = viewer(demoMeeting.chair);
  const agencyIds = new Map(
    (await runSql<{ id: string; code: string }[]>(em, 'select id, code from agencies')).map((a) => [a.code, a.id]),
  );
  const agencyId = (code: string) => agencyIds.get(code) ?? fail(`unknown agency ${code}`);
  const requestIds = new Map(
    (await runSql<{ id: string; title: string }[]>(em, 'select id, title from requests')).map((r) => [r.title, r.id]),
  );
  const ref = async (id: string) => ({ id, version: (await tasks.get(chair, id)).version });
  const lead = (code: string): Viewer => viewer(`${code.toLowerCase()}.lead`);
  const staff = (code: string): Viewer => viewer(`${code.toLowerCase()}.staff`);

  const steps: Step[] = [];
  const taskIds = new Map<SeedTask, string>();
  let count = 0;
  const complete = (on: string, agency: string, idOf: () => string) =>
    steps.push({
      on,
      order: 2,
      run: async () =>
        tasks.complete(lead(agency), { ...(await ref(idOf())), note: 'Đã hoàn thành, báo cáo kèm theo.' }),
    });

  for (const quarter of demoTaskQuarters) {
    for (const seed of quarter.tasks) {
      count += 1;
      steps.push({
        on: quarter.assignedOn,
        order: 0,
        run: async () => {
          const task = await tasks.assign(chair, {
            title: seed.title,
            description: '',
            category: seed.category as never,
            domain: seed.domain as never,
            period: { year: quarter.year, quarter: quarter.quarter },
            ownerAgencyId: agencyId(seed.agency),
            dueDate: seed.dueDate,
            linkedRequestIds: (seed.linkedRequests ?? []).map(
              (title) => requestIds.get(title) ?? fail(`unknown demo request ${title}`),
            ),
          });
          taskIds.set(seed, task.id);
        },
      });
      for (const [on, percent, note] of seed.progress ?? []) {
        steps.push({
          on,
          order: 1,
          run: async () =>
            tasks.reportProgress(staff(seed.agency), { ...(await ref(taskIds.get(seed)!)), percent, note }),
        });
      }
      if (seed.completedOn) complete(seed.completedOn, seed.agency, () => taskIds.get(seed)!);
    }
    if (quarter.closedOn) {
      steps.push({
        on: quarter.closedOn,
        order: 5,
        run: () => quarters.closeQuarter(chair, { period: { year: quarter.year, quarter: quarter.quarter } }),
      });
    }
  }

  let meetingRef = { id: '', version: 0 };
  const directiveTaskIds: string[] = [];
  steps.push({
    on: demoMeeting.heldOn,
    order: 3,
    run: async () => {
      const meeting = await meetings.create(viewer('ubnd.staff'), {
        title: demoMeeting.title,
        heldOn: demoMeeting.heldOn,
        chairId: chair.userId,
        reviewedAgencyId: agencyId(demoMeeting.reviewedAgency),
        attendees: demoMeeting.attendees,
        attendingAgencyIds: demoMeeting.attendingAgencies.map((code) => agencyId(code)),
        summary: demoMeeting.summary,
        conclusion: demoMeeting.conclusion,
        directives: demoMeeting.directives.map((d) => ({
          content: d.content,
          kind: 'TASK' as never,
          agencyId: agencyId(d.agency),
          supportingAgencyIds: [],
          category: d.category as never,
          domain: d.domain as never,
          dueDate: d.dueDate,
        })),
      });
      meetingRef = { id: meeting.id, version: meeting.version };
    },
  });
  steps.push({
    on: demoMeeting.publishedOn,
    order: 4,
    run: async () => {
      const published = await meetings.publish(chair, meetingRef);
      directiveTaskIds.push(...published.directives.map((d) => d.taskId!));
    },
  });
  demoMeeting.directives.forEach((d, i) => {
    count += 1;
    if (d.completedOn) complete(d.completedOn, d.agency, () => directiveTaskIds[i]);
  });

  steps.sort((a, b) => a.on.localeCompare(b.on) || a.order - b.order);
  for (const step of steps) {
    const startedAt = new Date();
    await clock.at(em, clock.momentOf({ on: step.on }), step.run);
    await backdate(em, step.on, startedAt);
  }
  return count;
}

/** Dates the task rows one simulated day wrote (the task service stamps them with the wall clock). */
async function backdate(em: EntityManager, day: string, since: Date): Promise<void> {
  const at = (column: string) =>
    `((?::date + interval '8 hours') at time zone '${PROVINCE_TIME_ZONE}') + (row_number() over (order by ${column})) * interval '1 second'`;
  await runSql(
    em,
    `update task_progress_reports r set reported_at = s.at from (select id, ${at('reported_at')} as at from task_progress_reports where reported_at >= ?) s where r.id = s.id`,
    [day, since],
  );
  await runSql(
    em,
    `update tasks set last_activity_at = (?::date + interval '17 hours') at time zone '${PROVINCE_TIME_ZONE}' where last_activity_at >= ?`,
    [day, since],
  );
}
