import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type SqlBool } from 'kysely';
import { isCalendarDate, provinceDate, wallClock, type Clock } from '../../shared/clock';
import { notFound } from '../../shared/errors';
import type { EventBus } from '../../shared/event-bus';
import { flushOrConflict } from '../../shared/flush';
import { isId } from '../../shared/ids';
import { message } from '../../shared/messages';
import { decodeDateCursor, encodeCursor, pageSize, toPage, type Page } from '../../shared/pagination';
import { InputChecker } from '../../shared/validation';
import { isCommitteeLead, type Viewer } from '../../shared/viewer';
import { Agency, AgencyKind } from '../agencies';
import { idempotentCall, once, takeKey } from '../idempotency';
import { nextNumber } from '../numbering';
import { RequestPriority, RequestService, type RequestRecorded } from '../requests';
import { quarterOf, TaskService, type AssignmentDraft, type PlannedTaskNotification, type TaskChange } from '../tasks';
import { User } from '../users';
import type * as Inputs from './meeting.inputs';
import { Meeting, MeetingDirective, type DirectiveContent } from './meeting.entity';
import { meetingActor } from './meeting.policy';
import { findVisibleMeeting, listMeetings, meetingVisible } from './meeting.queries';
import { DirectiveKind, judgeMeeting, MeetingAction, MeetingStatus } from './meeting-status';
import type { MeetingView } from './meeting.views';
import { meetingCommandRunner, meetingRefusal, recordDraft, type MeetingOutcome } from './meeting-workflow';

export { MEETING_AGGREGATE } from './meeting-workflow';

const MAX_DIRECTIVES = 40;
const MAX_SUPPORTING = 30;
const MAX_ATTENDING = 60;

interface CheckedDraft {
  title: string;
  heldOn: string;
  chair: User;
  reviewedAgency: Agency | null;
  attendees: string;
  attendingAgencyIds: string[];
  summary: string;
  conclusion: string;
  directives: DirectiveContent[];
}

const taskTitle = (content: string) => (content.length <= 300 ? content : `${content.slice(0, 299)}…`);

/**
 * Working sessions and their conclusion notices. Publishing is one transaction: the notice gets the
 * year's next N/TB-UBND number and every directive becomes a task or a coordination request,
 * linked both ways; events and notifications go out after commit.
 */
export class MeetingService {
  private readonly runner;

  constructor(
    private readonly em: EntityManager,
    private readonly bus: EventBus,
    private readonly clock: Clock = wallClock,
  ) {
    this.runner = meetingCommandRunner(em, bus, clock, (viewer, id) => this.get(viewer, id));
  }

  private readonly today = (): string => provinceDate(this.clock());

  async get(viewer: Viewer, id: string): Promise<MeetingView> {
    const view = isId(id) ? await findVisibleMeeting(this.em, viewer, id) : null;
    if (!view) throw notFound('meeting');
    return view;
  }

  async list(viewer: Viewer, first: number, after?: string | null): Promise<Page<MeetingView>> {
    const limit = pageSize(first);
    const where = [meetingVisible(viewer)];
    if (after) {
      const [heldOn, id] = decodeDateCursor(after);
      where.push(sql<SqlBool>`(m.held_on, m.id) < (${heldOn}::date, ${id}::uuid)`);
    }
    const rows = await listMeetings(this.em, where, limit + 1);
    return toPage(rows, limit, (m) => encodeCursor([m.heldOn, m.id]));
  }

  async create(viewer: Viewer, input: Inputs.CreateMeetingInput): Promise<MeetingView> {
    const verdict = judgeMeeting(MeetingAction.UPDATE_DRAFT, MeetingStatus.DRAFT, meetingActor(viewer));
    if (!verdict.ok) throw meetingRefusal(MeetingAction.UPDATE_DRAFT, verdict);
    const call = idempotentCall(viewer, 'createMeeting', input);
    const id = await once(this.em, call, async () => {
      const draft = await this.checkDraft(input);
      return this.em.transactional(async (tx) => {
        const meeting = Object.assign(new Meeting(), this.fields(draft), {
          createdBy: tx.getReference(User, viewer.userId),
        });
        meeting.createdAt = meeting.lastActivityAt = this.clock();
        tx.persist(meeting);
        draft.directives.forEach((d, i) => meeting.directives.add(new MeetingDirective(meeting, i + 1, d)));
        await tx.flush();
        await recordDraft(tx, viewer, meeting, 'CREATED');
        await takeKey(tx, call, meeting.id);
        return meeting.id;
      });
    });
    return this.get(viewer, id);
  }

  updateDraft(viewer: Viewer, input: Inputs.UpdateMeetingDraftInput): Promise<MeetingView> {
    return this.runner.run(viewer, input, MeetingAction.UPDATE_DRAFT, async (tx, meeting, now) => {
      const draft = await this.checkDraft(input);
      Object.assign(meeting, this.fields(draft));
      meeting.moveTo(MeetingStatus.DRAFT, now); // dated now, so that the first flush writes the meeting once
      // The old directives go first, in their own flush: the unit of work inserts before it
      // deletes, so new rows would meet the old ones' (meeting, position) while both exist.
      meeting.directives.removeAll();
      await flushOrConflict(tx);
      draft.directives.forEach((d, i) => meeting.directives.add(new MeetingDirective(meeting, i + 1, d)));
      return { type: 'DRAFT_UPDATED' };
    });
  }

  /**
   * Publishing numbers the notice and turns every directive into a task or a sent request, in
   * one transaction; their events and bells go out after commit.
   */
  publish(viewer: Viewer, input: Inputs.PublishConclusionInput): Promise<MeetingView> {
    return this.runner.run(viewer, input, MeetingAction.PUBLISH, async (tx, meeting, now): Promise<MeetingOutcome> => {
      const today = provinceDate(now);
      const issuer = await tx.findOneOrFail(Agency, viewer.agencyId);
      const year = Number(today.slice(0, 4));
      const number = await nextNumber(tx, 'CONCLUSION', year);
      // published before the directives become work: their flushes write the notice once, numbered
      meeting.publish(
        { year, number, code: `${number}/TB-${issuer.code}` },
        today,
        tx.getReference(User, viewer.userId),
        now,
      );

      const tasks = new TaskService(tx, this.bus, this.clock);
      const requests = new RequestService(tx, this.bus, this.clock);
      const check = new InputChecker();
      const drafts: (AssignmentDraft | null)[] = [];
      for (const [i, d] of meeting.directives.getItems().entries()) {
        drafts.push(
          d.kind === DirectiveKind.TASK
            ? await tasks.checkAssignment(this.assignmentInput(d), check, `directives.${i}.`)
            : null,
        );
        // a draft's request directive may have fallen due since it was written
        if (d.kind === DirectiveKind.REQUEST && d.dueDate < today)
          check.add(`directives.${i}.dueDate`, 'INVALID_FORMAT', message('meeting.directiveDuePast'));
      }
      check.assertValid();
      const taskChanges: TaskChange[] = [];
      const taskNotifications: PlannedTaskNotification[] = [];
      const requestRecords: RequestRecorded[] = [];
      for (const [i, directive] of meeting.directives.getItems().entries()) {
        const draft = drafts[i];
        if (draft) {
          const { task, notification } = await tasks.assignWithin(tx, viewer, draft, { directiveId: directive.id });
          directive.taskId = task.id;
          taskChanges.push({ task, type: 'ASSIGNED', data: { note: `Thông báo kết luận ${meeting.conclusionCode}` } });
          taskNotifications.push(notification);
        } else {
          const sent = await requests.sendWithin(
            viewer,
            {
              title: taskTitle(directive.content),
              body: `${directive.content}\n\n(Theo Thông báo kết luận số ${meeting.conclusionCode} ngày ${meeting.heldOn.split('-').reverse().join('/')}: ${meeting.title})`,
              domain: directive.domain,
              priority: RequestPriority.HIGH,
              dueDate: directive.dueDate,
              leadAgencyId: directive.agency.id,
              supportingAgencyIds: directive.supportingAgencyIds,
            },
            `Thông báo kết luận ${meeting.conclusionCode}`,
          );
          directive.requestId = sent.requestId;
          requestRecords.push(sent.recorded);
        }
      }
      return { type: 'PUBLISHED', taskChanges, taskNotifications, requestRecords };
    });
  }

  private assignmentInput(d: MeetingDirective) {
    return {
      title: taskTitle(d.content),
      description: d.content,
      category: d.category,
      domain: d.domain,
      period: { year: d.periodYear, quarter: d.periodQuarter },
      ownerAgencyId: d.agency.id,
      dueDate: d.dueDate,
      linkedRequestIds: [],
    };
  }

  private fields(draft: CheckedDraft) {
    const { directives: _directives, ...fields } = draft;
    return fields;
  }

  /** Validates the record and every directive, reporting each bad field by its path. */
  private async checkDraft(input: Inputs.MeetingDraftInput): Promise<CheckedDraft> {
    const check = new InputChecker();
    const title = check.text('title', input.title, { required: true, min: 5, max: 300 });
    const attendees = check.text('attendees', input.attendees, { max: 5000 });
    const summary = check.text('summary', input.summary, { required: true, max: 50_000 });
    const conclusion = check.text('conclusion', input.conclusion, { required: true, max: 50_000 });
    if (!isCalendarDate(input.heldOn ?? '')) check.add('heldOn', 'INVALID_FORMAT', message('field.dateInvalid'));
    else if (input.heldOn > this.today()) check.add('heldOn', 'INVALID_FORMAT', message('meeting.heldInFuture'));

    const directives = input.directives ?? [];
    const attending = [...new Set(input.attendingAgencyIds ?? [])];
    const agencyIds = [
      input.reviewedAgencyId,
      ...attending,
      ...directives.flatMap((d) => [d.agencyId, ...(d.supportingAgencyIds ?? [])]),
    ].filter((id): id is string => isId(id ?? ''));
    const agencies = new Map(
      (await this.em.find(Agency, { id: { $in: [...new Set(agencyIds)] } })).map((a) => [a.id, a]),
    );
    const chair = isId(input.chairId) ? await this.em.findOne(User, input.chairId, { populate: ['agency'] }) : null;
    if (
      !chair ||
      !isCommitteeLead({ inCommittee: chair.agency.kind === AgencyKind.PEOPLES_COMMITTEE, role: chair.actingRole })
    )
      check.add('chairId', 'NOT_FOUND', message('meeting.chairNotCommitteeLead'));
    const reviewedAgency = input.reviewedAgencyId ? (agencies.get(input.reviewedAgencyId) ?? null) : null;
    if (input.reviewedAgencyId && !reviewedAgency)
      check.add('reviewedAgencyId', 'NOT_FOUND', message('meeting.reviewedAgencyNotFound'));

    if (attending.length > MAX_ATTENDING)
      check.add('attendingAgencyIds', 'TOO_LONG', message('meeting.tooManyAttending', { max: MAX_ATTENDING }));
    else if (attending.some((id) => !agencies.has(id)))
      check.add('attendingAgencyIds', 'NOT_FOUND', message('meeting.attendingInvalid'));

    if (directives.length === 0) check.add('directives', 'REQUIRED', message('meeting.directivesRequired'));
    if (directives.length > MAX_DIRECTIVES)
      check.add('directives', 'TOO_LONG', message('meeting.tooManyDirectives', { max: MAX_DIRECTIVES }));
    const checked = directives.map((d, i): DirectiveContent => {
      const at = (field: string) => `directives.${i}.${field}`;
      const content = check.text(at('content'), d.content, { required: true, min: 5, max: 2000 });
      const agency = agencies.get(d.agencyId);
      if (!agency) check.add(at('agencyId'), 'NOT_FOUND', message('meeting.chooseAgency'));
      else if (agency.kind === AgencyKind.PEOPLES_COMMITTEE)
        check.add(at('agencyId'), 'NOT_ALLOWED', message('meeting.directiveToCommittee'));
      const supporting = [...new Set(d.supportingAgencyIds ?? [])];
      if (d.kind === DirectiveKind.TASK && supporting.length > 0)
        check.add(at('supportingAgencyIds'), 'NOT_ALLOWED', message('meeting.taskForOneAgency'));
      if (supporting.length > MAX_SUPPORTING)
        check.add(
          at('supportingAgencyIds'),
          'TOO_LONG',
          message('field.tooManySupportingAgencies', { max: MAX_SUPPORTING }),
        );
      if (supporting.some((id) => !agencies.has(id) || id === d.agencyId))
        check.add(at('supportingAgencyIds'), 'NOT_FOUND', message('meeting.supportingInvalid'));
      const validDue = isCalendarDate(d.dueDate ?? '');
      if (!validDue) check.add(at('dueDate'), 'INVALID_FORMAT', message('field.dateInvalid'));
      else if (d.dueDate < this.today())
        check.add(at('dueDate'), 'INVALID_FORMAT', message('meeting.directiveDuePast'));
      const period = d.period ?? (validDue ? quarterOf(d.dueDate) : { year: 0, quarter: 0 });
      return {
        content,
        kind: d.kind,
        agency: agency!,
        supportingAgencyIds: supporting,
        category: d.category,
        domain: d.domain,
        dueDate: d.dueDate,
        periodYear: period.year,
        periodQuarter: period.quarter,
      };
    });
    check.assertValid();
    return {
      title,
      heldOn: input.heldOn,
      chair: chair!,
      reviewedAgency,
      attendees,
      attendingAgencyIds: attending,
      summary,
      conclusion,
      directives: checked,
    };
  }
}
