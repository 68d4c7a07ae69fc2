import type { EntityManager } from '@mikro-orm/postgresql';
import { isCalendarDate, provinceDate, provinceYear, wallClock, type Clock } from '../../shared/clock';
import { conflict, invalidInput, notFound } from '../../shared/errors';
import { flushOrConflict } from '../../shared/flush';
import type { EventBus } from '../../shared/event-bus';
import { isId } from '../../shared/ids';
import { pageSize, toPage, type Page } from '../../shared/pagination';
import { runSql } from '../../shared/sql';
import { foldForSearch } from '../../shared/search';
import { InputChecker, requiredText } from '../../shared/validation';
import type { Viewer } from '../../shared/viewer';
import { Agency } from '../agencies';
import { appendEvent, type EventNotice } from '../events';
import { announceNotifications, nobodyNotified, notify, type Notified } from '../notifications';
import { idempotentCall, once, takeKey, transitionOnce } from '../idempotency';
import { nextNumber } from '../numbering';
import { User } from '../users';
import { ParticipantRole } from './request-enums';
import { buildListQuery } from './request-list';
import { notificationFor } from './request-notifications';
import { refusal } from './request.errors';
import type * as Inputs from './request.inputs';
import { RequestSort, type RequestFilter } from './request.inputs';
import { RequestAttachment } from './request-attachment.entity';
import { reserveAttachmentSpace, type AttachmentQuota } from './attachment-quota';
import { RequestComment } from './request-comment.entity';
import { RequestParticipant } from './request-participant.entity';
import { actorFacts, audienceOf, type RequestShape } from './request.policy';
import { findVisibleRequest, listRequests } from './request.queries';
import { judge, nextStatus, ParticipantState, Relation, RequestAction, RequestStatus, type ActorFacts } from './request-status';
import { CoordinationRequest, type RequestContent } from './request.entity';
import type { RequestView } from './request.views';

export const REQUEST_AGGREGATE = 'REQUEST';
const MAX_SUPPORTING_AGENCIES = 30;

interface ActionScope {
  tx: EntityManager;
  request: CoordinationRequest;
  /** The viewer's agency as an addressed agency, if it is one. */
  participant: RequestParticipant | null;
}

/** The record acted on: at the version the user saw, with the client's key for retries. */
interface ActionRef {
  id: string;
  version?: number;
  idempotencyKey?: string | null;
}

interface EventDetails {
  type: string;
  data?: Record<string, unknown>;
}

export interface Recorded {
  notice: EventNotice;
  notified: Notified;
}

const SYSTEM_FACTS: ActorFacts = { relations: new Set([Relation.SYSTEM]), isLead: false, participantState: null };

const shapeOf = (request: CoordinationRequest): RequestShape => ({
  status: request.status,
  requestingAgencyId: request.requestingAgency.id,
  participants: request.participants.getItems().map((p) => ({ agencyId: p.agency.id, role: p.role, state: p.state })),
});

/**
 * Coordination requests. Each public method is one transaction: load, check the workflow table
 * and the policy, change the entities, write the event row; the event is published after commit.
 */
export class RequestService {
  constructor(
    private readonly em: EntityManager,
    private readonly bus: EventBus,
    private readonly clock: Clock = wallClock,
  ) {}

  /** `summary`: the caller asks for no field only the full view has (see `summaryServes`). */
  async list(viewer: Viewer, filter: RequestFilter | null | undefined, sort: RequestSort, first: number, after?: string | null, summary = false): Promise<Page<RequestView>> {
    const limit = pageSize(first);
    const query = buildListQuery(viewer, filter, sort, after);
    const rows = await listRequests(this.em, query, limit + 1, summary);
    return toPage(rows, limit, query.cursorOf);
  }

  async get(viewer: Viewer, id: string): Promise<RequestView> {
    const view = isId(id) ? await findVisibleRequest(this.em, viewer, id) : null;
    if (!view) throw notFound('đề nghị');
    return view;
  }

  async create(viewer: Viewer, input: Inputs.CreateRequestInput): Promise<RequestView> {
    const call = idempotentCall(viewer, 'createRequest', input);
    const id = await once(this.em, call, async () => {
      const { content, lead, supporting } = await this.checkDraft(viewer, input);
      const recorded = await this.em.transactional(async (tx) => {
        const request = new CoordinationRequest({
          ...content,
          requestingAgency: tx.getReference(Agency, viewer.agencyId),
          author: tx.getReference(User, viewer.userId),
          leadAgency: lead,
        });
        this.setParticipants(request, lead, supporting);
        request.searchText = foldForSearch(`${content.title} ${content.body}`);
        request.createdAt = this.clock();
        request.touch(request.createdAt);
        tx.persist(request);
        await tx.flush();
        await takeKey(tx, call, request.id);
        return this.record(tx, viewer, request, { type: 'CREATED' });
      });
      await this.publish(recorded);
      return recorded.notice.aggregateId;
    });
    return this.get(viewer, id);
  }

  updateDraft(viewer: Viewer, input: Inputs.UpdateRequestDraftInput): Promise<RequestView> {
    return this.perform(viewer, input, RequestAction.UPDATE_DRAFT, async ({ request }) => {
      // validated after the access check, so an outsider learns nothing from field errors
      const { content, lead, supporting } = await this.checkDraft(viewer, input);
      request.setContent(content);
      request.leadAgency = lead;
      this.setParticipants(request, lead, supporting);
      request.searchText = foldForSearch(`${content.title} ${content.body}`);
      return { type: 'UPDATED' };
    });
  }

  submit(viewer: Viewer, input: Inputs.RequestActionInput): Promise<RequestView> {
    return this.perform(viewer, input, RequestAction.SUBMIT, async ({ tx, request }) => {
      if (request.dueDate < provinceDate(this.clock())) {
        throw invalidInput([{ field: 'dueDate', code: 'INVALID_FORMAT', message: 'Hạn xử lý đã qua, hãy sửa hạn trước khi gửi.' }]);
      }
      await this.giveCode(tx, request);
      return { type: 'SUBMITTED', data: { note: request.code } };
    });
  }

  /**
   * Creates and sends a request inside the caller's transaction — a published conclusion's
   * directive. This service must be built on that transaction's EntityManager; the caller
   * publishes the returned record after commit (`publishRecorded`).
   */
  async sendWithin(viewer: Viewer, input: Inputs.RequestDraftInput, note: string): Promise<{ requestId: string; recorded: Recorded }> {
    const tx = this.em;
    const { content, lead, supporting } = await this.checkDraft(viewer, input);
    const request = new CoordinationRequest({
      ...content,
      requestingAgency: tx.getReference(Agency, viewer.agencyId),
      author: tx.getReference(User, viewer.userId),
      leadAgency: lead,
    });
    this.setParticipants(request, lead, supporting);
    await this.giveCode(tx, request);
    request.createdAt = this.clock();
    request.touch(request.createdAt);
    request.moveTo(nextStatus(RequestAction.SUBMIT, RequestStatus.DRAFT, false), request.createdAt);
    tx.persist(request);
    await tx.flush();
    return { requestId: request.id, recorded: await this.record(tx, viewer, request, { type: 'SUBMITTED', data: { note: `${request.code} — ${note}` } }) };
  }

  publishRecorded(recorded: Recorded): Promise<void> {
    return this.publish(recorded);
  }

  acknowledge(viewer: Viewer, input: Inputs.RequestActionInput): Promise<RequestView> {
    return this.perform(viewer, input, RequestAction.ACKNOWLEDGE, async ({ participant }) => {
      participant!.acknowledge(this.clock());
      return { type: 'ACKNOWLEDGED', data: { agencyId: viewer.agencyId } };
    });
  }

  assign(viewer: Viewer, input: Inputs.AssignRequestInput): Promise<RequestView> {
    return this.perform(viewer, input, RequestAction.ASSIGN, async ({ tx, participant }) => {
      const assignee = isId(input.assigneeId) ? await tx.findOne(User, { id: input.assigneeId, agency: viewer.agencyId, active: true }) : null;
      if (!assignee) throw invalidInput([{ field: 'assigneeId', code: 'NOT_FOUND', message: 'Người được phân công phải là cán bộ của cơ quan bạn.' }]);
      participant!.assign(assignee, this.clock());
      return { type: 'ASSIGNED', data: { agencyId: viewer.agencyId, assigneeId: assignee.id } };
    });
  }

  respond(viewer: Viewer, input: Inputs.RequestTextInput): Promise<RequestView> {
    const reply = requiredText('text', input.text, 20_000);
    return this.perform(viewer, input, RequestAction.RESPOND, async ({ participant }) => {
      participant!.respond(reply, this.clock());
      return { type: 'RESPONDED', data: { agencyId: viewer.agencyId, note: reply } };
    });
  }

  decline(viewer: Viewer, input: Inputs.RequestTextInput): Promise<RequestView> {
    const reason = requiredText('text', input.text, 1000);
    return this.perform(viewer, input, RequestAction.DECLINE, async ({ participant }) => {
      participant!.decline(reason);
      return { type: 'DECLINED', data: { agencyId: viewer.agencyId, note: reason } };
    });
  }

  close(viewer: Viewer, input: Inputs.OptionalTextInput): Promise<RequestView> {
    const note = optionalText('text', input.text, 1000);
    return this.perform(viewer, input, RequestAction.CLOSE, async () => ({ type: 'CLOSED', data: { note } }));
  }

  reopen(viewer: Viewer, input: Inputs.RequestTextInput): Promise<RequestView> {
    const comment = requiredText('text', input.text, 5000);
    return this.perform(viewer, input, RequestAction.REOPEN, async ({ tx, request }) => {
      for (const p of request.participants) if (p.role === ParticipantRole.LEAD) p.reopen();
      tx.persist(new RequestComment(request, tx.getReference(User, viewer.userId), tx.getReference(Agency, viewer.agencyId), comment));
      return { type: 'REOPENED', data: { note: comment } };
    });
  }

  withdraw(viewer: Viewer, input: Inputs.OptionalTextInput): Promise<RequestView> {
    const note = optionalText('text', input.text, 1000);
    return this.perform(viewer, input, RequestAction.WITHDRAW, async () => ({ type: 'WITHDRAWN', data: { note } }));
  }

  escalate(viewer: Viewer, input: Inputs.RequestTextInput): Promise<RequestView> {
    const reason = requiredText('text', input.text, 1000);
    return this.perform(viewer, input, RequestAction.ESCALATE, async ({ request }) => {
      request.escalationReason = reason;
      return { type: 'ESCALATED', data: { note: reason } };
    });
  }

  resolveEscalation(viewer: Viewer, input: Inputs.ResolveEscalationInput): Promise<RequestView> {
    const directive = requiredText('directive', input.directive, 5000);
    const check = new InputChecker();
    if (!input.leadAgencyId && !input.dueDate) check.add('leadAgencyId', 'REQUIRED', 'Cần chỉ định cơ quan chủ trì mới hoặc hạn xử lý mới.');
    if (input.dueDate && (!isCalendarDate(input.dueDate) || input.dueDate < provinceDate(this.clock()))) {
      check.add('dueDate', 'INVALID_FORMAT', 'Hạn xử lý mới phải từ hôm nay trở đi.');
    }
    check.assertValid();
    return this.perform(viewer, input, RequestAction.RESOLVE_ESCALATION, async ({ tx, request }) => {
      let newLead: Agency | null = null;
      if (input.leadAgencyId && input.leadAgencyId !== request.leadAgency.id) {
        newLead = isId(input.leadAgencyId) ? await tx.findOne(Agency, input.leadAgencyId) : null;
        if (!newLead || newLead.id === request.requestingAgency.id) {
          throw invalidInput([{ field: 'leadAgencyId', code: 'NOT_FOUND', message: 'Cơ quan chủ trì mới không hợp lệ.' }]);
        }
        this.changeLead(request, newLead);
      }
      // The directive obliges the lead to act again, even if it had declined.
      for (const p of request.participants) if (p.role === ParticipantRole.LEAD && p.state === ParticipantState.DECLINED) p.state = ParticipantState.PENDING;
      if (input.dueDate) request.dueDate = input.dueDate;
      request.escalationReason = null;
      return { type: 'ESCALATION_RESOLVED', data: { note: directive, agencyId: newLead?.id, dueDate: input.dueDate ?? undefined } };
    });
  }

  comment(viewer: Viewer, input: Inputs.CommentOnRequestInput): Promise<RequestView> {
    const body = requiredText('body', input.body, 5000);
    return this.perform(viewer, input, RequestAction.COMMENT, async ({ tx, request }) => {
      const comment = new RequestComment(request, tx.getReference(User, viewer.userId), tx.getReference(Agency, viewer.agencyId), body);
      comment.createdAt = this.clock();
      tx.persist(comment);
      return { type: 'COMMENTED', data: { note: body } };
    });
  }

  /** Records a file already written to the attachment store (its key becomes the attachment id). */
  attach(viewer: Viewer, requestId: string, file: { key: string; fileName: string; contentType: string; size: number; sha256: string }, quota: AttachmentQuota): Promise<RequestView> {
    return this.perform(viewer, { id: requestId }, RequestAction.ATTACH, async ({ tx, request }) => {
      await reserveAttachmentSpace(tx, { requestId: request.id, agencyId: viewer.agencyId, size: file.size }, quota);
      const attachment = tx.create(RequestAttachment, {
        id: file.key,
        request,
        fileName: file.fileName,
        contentType: file.contentType,
        size: file.size,
        sha256: file.sha256,
        uploadedBy: tx.getReference(User, viewer.userId),
        agency: tx.getReference(Agency, viewer.agencyId),
        createdAt: this.clock(),
      });
      tx.persist(attachment);
      return { type: 'ATTACHED', data: { note: file.fileName } };
    });
  }

  /**
   * Sends a deadline reminder (DUE_SOON or OVERDUE) unless one was already sent for this due
   * date, by this or any other process. Returns whether it was sent.
   */
  async sendReminder(id: string, kind: 'DUE_SOON' | 'OVERDUE'): Promise<boolean> {
    const recorded = await this.em.transactional(async (tx) => {
      const request = await tx.findOne(CoordinationRequest, id, { populate: ['participants'] });
      if (!request) return null;
      const claimed = await runSql<unknown[]>(
        tx,
        'insert into request_reminders (request_id, kind, due_date) values (?, ?, ?) on conflict do nothing returning request_id',
        [id, kind, request.dueDate],
      );
      if (claimed.length === 0) return null;
      return this.record(tx, null, request, { type: kind, data: { dueDate: request.dueDate } });
    });
    if (!recorded) return false;
    await this.publish(recorded);
    return true;
  }

  /** The scheduler's escalation of a request left overdue (no user acts; the table allows SYSTEM). */
  async escalateOverdue(id: string, version: number, daysLate: number): Promise<void> {
    const reason = `Tự động báo cáo UBND tỉnh: quá hạn ${daysLate} ngày.`;
    await this.perform(null, { id, version }, RequestAction.ESCALATE, async ({ request }) => {
      request.escalationReason = reason;
      return { type: 'ESCALATED', data: { note: reason } };
    });
  }

  /** The shared shape of every action: one transaction, checked against the workflow table. */
  private async perform(
    viewer: Viewer,
    ref: ActionRef,
    action: RequestAction,
    apply: (scope: ActionScope) => Promise<EventDetails>,
  ): Promise<RequestView>;
  private async perform(actor: null, ref: ActionRef, action: RequestAction, apply: (scope: ActionScope) => Promise<EventDetails>): Promise<void>;
  private async perform(
    actor: Viewer | null,
    ref: ActionRef,
    action: RequestAction,
    apply: (scope: ActionScope) => Promise<EventDetails>,
  ): Promise<RequestView | void> {
    await transitionOnce(this.em, actor, `${REQUEST_AGGREGATE}.${action}`, ref, async (claim) => {
      const recorded = await this.em.transactional(async (tx) => {
        const request = isId(ref.id) ? await tx.findOne(CoordinationRequest, ref.id, { populate: ['participants'] }) : null;
        if (!request || (actor && !this.canRead(actor, request))) throw notFound('đề nghị');
        if (ref.version !== undefined && request.version !== ref.version) throw conflict();
        const facts = actor ? actorFacts(actor, shapeOf(request)) : SYSTEM_FACTS;
        const verdict = judge(action, request.status, facts);
        if (!verdict.ok) throw refusal(action, request.status, verdict);

        const participant = actor ? (request.participants.getItems().find((p) => p.agency.id === actor.agencyId) ?? null) : null;
        const details = await apply({ tx, request, participant });
        const now = this.clock();
        request.moveTo(nextStatus(action, request.status, participant?.role === ParticipantRole.LEAD), now);
        request.touch(now);
        await flushOrConflict(tx);
        await claim(tx);
        return this.record(tx, actor, request, details);
      });
      await this.publish(recorded);
    });
    if (actor) return this.get(actor, ref.id);
  }

  /** Writes the event row and the notifications of a change, in its transaction. */
  private async record(tx: EntityManager, actor: Viewer | null, request: CoordinationRequest, details: EventDetails): Promise<Recorded> {
    const actorIds = { userId: actor?.userId ?? null, agencyId: actor?.agencyId ?? null };
    const planned = notificationFor(details.type, request, actorIds, details.data);
    const notified = planned ? await notify(tx, planned.target, planned.notification) : nobodyNotified();
    const notice = await appendEvent(tx, {
      aggregateType: REQUEST_AGGREGATE,
      aggregateId: request.id,
      type: details.type,
      actorUserId: actorIds.userId,
      actorAgencyId: actorIds.agencyId,
      audience: audienceOf(shapeOf(request)),
      restricted: request.status === RequestStatus.DRAFT,
      data: details.data,
    });
    return { notice, notified };
  }

  /** PH-YYYY-NNNN from the year's gapless counter, when the request is sent. */
  private async giveCode(tx: EntityManager, request: CoordinationRequest): Promise<void> {
    const year = provinceYear(this.clock());
    request.code = `PH-${year}-${String(await nextNumber(tx, 'REQUEST', year)).padStart(4, '0')}`;
    request.searchText = foldForSearch(`${request.code} ${request.title} ${request.body}`);
  }

  /** After commit: the bells (live subscribers heard of the event at commit, see appendEvent). */
  private async publish({ notified }: Recorded): Promise<void> {
    await announceNotifications(this.bus, notified);
  }

  private canRead(viewer: Viewer, request: CoordinationRequest): boolean {
    if (request.requestingAgency.id === viewer.agencyId) return true;
    if (request.status === RequestStatus.DRAFT) return false;
    return viewer.inCommittee || request.participants.getItems().some((p) => p.agency.id === viewer.agencyId);
  }

  /** Validates a draft's content and addressees in one pass, reporting every bad field. */
  private async checkDraft(viewer: Viewer, input: Inputs.RequestDraftInput) {
    const check = new InputChecker();
    const title = check.text('title', input.title, { required: true, min: 5, max: 300 });
    const body = check.text('body', input.body, { required: true, max: 20_000 });
    if (!isCalendarDate(input.dueDate ?? '')) check.add('dueDate', 'INVALID_FORMAT', 'Ngày không hợp lệ (YYYY-MM-DD).');
    else if (input.dueDate < provinceDate(this.clock())) check.add('dueDate', 'INVALID_FORMAT', 'Hạn xử lý không được ở quá khứ.');

    const supportingIds = [...new Set(input.supportingAgencyIds ?? [])];
    const ids = [input.leadAgencyId, ...supportingIds].filter(isId);
    const agencies = new Map((await this.em.find(Agency, { id: { $in: ids } })).map((a) => [a.id, a]));
    const lead = agencies.get(input.leadAgencyId) ?? null;
    if (!lead) check.add('leadAgencyId', 'NOT_FOUND', 'Chọn cơ quan chủ trì.');
    else if (lead.id === viewer.agencyId) check.add('leadAgencyId', 'NOT_ALLOWED', 'Cơ quan chủ trì phải là cơ quan khác.');
    if (supportingIds.length > MAX_SUPPORTING_AGENCIES) check.add('supportingAgencyIds', 'TOO_LONG', `Tối đa ${MAX_SUPPORTING_AGENCIES} cơ quan phối hợp.`);
    const supporting: Agency[] = [];
    for (const id of supportingIds) {
      const agency = agencies.get(id);
      if (!agency) check.add('supportingAgencyIds', 'NOT_FOUND', 'Có cơ quan phối hợp không tồn tại.');
      else if (agency.id === viewer.agencyId || agency.id === lead?.id) {
        check.add('supportingAgencyIds', 'NOT_ALLOWED', 'Cơ quan phối hợp phải khác cơ quan gửi và cơ quan chủ trì.');
      } else supporting.push(agency);
    }
    check.assertValid();
    const content: RequestContent = { title, body, domain: input.domain, priority: input.priority, dueDate: input.dueDate };
    return { content, lead: lead!, supporting };
  }

  /** Makes the participants exactly: `lead` as LEAD, `supporting` as SUPPORT (drafts only). */
  private setParticipants(request: CoordinationRequest, lead: Agency, supporting: Agency[]): void {
    const wanted = new Map<string, { agency: Agency; role: ParticipantRole }>([
      [lead.id, { agency: lead, role: ParticipantRole.LEAD }],
      ...supporting.map((agency) => [agency.id, { agency, role: ParticipantRole.SUPPORT }] as const),
    ]);
    for (const p of request.participants.getItems()) {
      const keep = wanted.get(p.agency.id);
      if (!keep) request.participants.remove(p);
      else {
        p.role = keep.role;
        wanted.delete(p.agency.id);
      }
    }
    for (const { agency, role } of wanted.values()) request.participants.add(new RequestParticipant(request, agency, role));
  }

  /** The Committee's directive names a new lead: the old lead stays on as a supporting agency. */
  private changeLead(request: CoordinationRequest, newLead: Agency): void {
    for (const p of request.participants) if (p.role === ParticipantRole.LEAD) p.role = ParticipantRole.SUPPORT;
    const existing = request.participants.getItems().find((p) => p.agency.id === newLead.id);
    if (existing) {
      existing.role = ParticipantRole.LEAD;
      if (existing.state === ParticipantState.DECLINED) existing.state = ParticipantState.PENDING;
    } else {
      request.participants.add(new RequestParticipant(request, newLead, ParticipantRole.LEAD));
    }
    request.leadAgency = newLead;
  }
}


function optionalText(field: string, value: string | null | undefined, max: number): string | undefined {
  const check = new InputChecker();
  const text = check.text(field, value, { max });
  check.assertValid();
  return text || undefined;
}
