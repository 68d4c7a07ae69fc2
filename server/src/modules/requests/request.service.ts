import type { EntityManager } from '@mikro-orm/postgresql';
import { wallClock, type Clock } from '../../shared/clock';
import { notFound } from '../../shared/errors';
import type { EventBus } from '../../shared/event-bus';
import { isId } from '../../shared/ids';
import { pageSize, toPage, type Page } from '../../shared/pagination';
import { foldForSearch } from '../../shared/search';
import { db, runQuery } from '../../shared/typed-sql';
import type { Viewer } from '../../shared/viewer';
import { Agency } from '../agencies';
import { idempotentCall, once, takeKey } from '../idempotency';
import { User } from '../users';
import type { AttachmentQuota } from './attachment-quota';
import { RequestCommands, type StoredFile } from './request-commands';
import { checkRequestDraft, giveRequestCode, setParticipants } from './request-draft';
import { buildListQuery } from './request-list';
import type * as Inputs from './request.inputs';
import type { RequestFilter, RequestSort } from './request.inputs';
import { findVisibleRequest, listRequests } from './request.queries';
import { nextStatus, RequestAction, RequestStatus } from './request-status';
import { CoordinationRequest } from './request.entity';
import type { RequestView } from './request.views';
import { publishRequestChange, recordRequestChange, requestCommandRunner, type Recorded } from './request-workflow';

export { REQUEST_AGGREGATE, type Recorded } from './request-workflow';

/**
 * Coordination requests: reading, creating and sending them, the scheduler's reminders; the
 * workflow actions on a request are RequestCommands' (request-commands.ts), exposed here too.
 * Each change is one transaction; its bells ring after commit.
 */
export class RequestService {
  private readonly commands: RequestCommands;

  constructor(
    private readonly em: EntityManager,
    private readonly bus: EventBus,
    private readonly clock: Clock = wallClock,
  ) {
    this.commands = new RequestCommands(
      em,
      clock,
      requestCommandRunner(em, bus, clock, (viewer, id) => this.get(viewer, id)),
    );
  }

  /** `summary`: the caller asks for no field only the full view has (see `summaryServes`). */
  async list(
    viewer: Viewer,
    filter: RequestFilter | null | undefined,
    sort: RequestSort,
    first: number,
    after?: string | null,
    summary = false,
  ): Promise<Page<RequestView>> {
    const limit = pageSize(first);
    const query = buildListQuery(viewer, filter, sort, after);
    const rows = await listRequests(this.em, query, limit + 1, summary);
    return toPage(rows, limit, query.cursorOf);
  }

  async get(viewer: Viewer, id: string): Promise<RequestView> {
    const view = isId(id) ? await findVisibleRequest(this.em, viewer, id) : null;
    if (!view) throw notFound('request');
    return view;
  }

  async create(viewer: Viewer, input: Inputs.CreateRequestInput): Promise<RequestView> {
    const call = idempotentCall(viewer, 'createRequest', input);
    const id = await once(this.em, call, async () => {
      const { content, lead, supporting } = await checkRequestDraft(this.em, viewer, input, this.clock());
      const recorded = await this.em.transactional(async (tx) => {
        const request = new CoordinationRequest({
          ...content,
          requestingAgency: tx.getReference(Agency, viewer.agencyId),
          author: tx.getReference(User, viewer.userId),
          leadAgency: lead,
        });
        setParticipants(request, lead, supporting);
        request.searchText = foldForSearch(`${content.title} ${content.body}`);
        request.createdAt = this.clock();
        request.touch(request.createdAt);
        tx.persist(request);
        await tx.flush();
        await takeKey(tx, call, request.id);
        return recordRequestChange(tx, viewer, request, { type: 'CREATED' });
      });
      await this.publishRecorded(recorded);
      return recorded.notice.aggregateId;
    });
    return this.get(viewer, id);
  }

  /**
   * Creates and sends a request inside the caller's transaction — a published conclusion's
   * directive. This service must be built on that transaction's EntityManager; the caller
   * publishes the returned record after commit (`publishRecorded`).
   */
  async sendWithin(
    viewer: Viewer,
    input: Inputs.RequestDraftInput,
    note: string,
  ): Promise<{ requestId: string; recorded: Recorded }> {
    const tx = this.em;
    const { content, lead, supporting } = await checkRequestDraft(tx, viewer, input, this.clock());
    const request = new CoordinationRequest({
      ...content,
      requestingAgency: tx.getReference(Agency, viewer.agencyId),
      author: tx.getReference(User, viewer.userId),
      leadAgency: lead,
    });
    setParticipants(request, lead, supporting);
    await giveRequestCode(tx, request, this.clock());
    request.createdAt = this.clock();
    request.touch(request.createdAt);
    request.moveTo(nextStatus(RequestAction.SUBMIT, RequestStatus.DRAFT, false), request.createdAt);
    tx.persist(request);
    await tx.flush();
    return {
      requestId: request.id,
      recorded: await recordRequestChange(tx, viewer, request, {
        type: 'SUBMITTED',
        data: { note: `${request.code} — ${note}` },
      }),
    };
  }

  publishRecorded(recorded: Recorded): Promise<void> {
    return publishRequestChange(this.bus, recorded);
  }

  /**
   * Sends a deadline reminder (DUE_SOON or OVERDUE) unless one was already sent for this due
   * date, by this or any other process. Returns whether it was sent.
   */
  async sendReminder(id: string, kind: 'DUE_SOON' | 'OVERDUE'): Promise<boolean> {
    const recorded = await this.em.transactional(async (tx) => {
      const request = await tx.findOne(CoordinationRequest, id, { populate: ['participants'] });
      if (!request) return null;
      const claimed = await runQuery(
        tx,
        db
          .insertInto('request_reminders')
          .values({ request_id: id, kind, due_date: request.dueDate })
          .onConflict((conflict) => conflict.doNothing())
          .returning('request_id'),
      );
      if (claimed.length === 0) return null;
      return recordRequestChange(tx, null, request, { type: kind, data: { dueDate: request.dueDate } });
    });
    if (!recorded) return false;
    await this.publishRecorded(recorded);
    return true;
  }

  escalateOverdue(id: string, version: number, daysLate: number): Promise<void> {
    return this.commands.escalateOverdue(id, version, daysLate);
  }

  // The workflow actions, as the resolver and the seeder call them.
  updateDraft = (viewer: Viewer, input: Inputs.UpdateRequestDraftInput) => this.commands.updateDraft(viewer, input);
  submit = (viewer: Viewer, input: Inputs.RequestActionInput) => this.commands.submit(viewer, input);
  acknowledge = (viewer: Viewer, input: Inputs.RequestActionInput) => this.commands.acknowledge(viewer, input);
  assign = (viewer: Viewer, input: Inputs.AssignRequestInput) => this.commands.assign(viewer, input);
  respond = (viewer: Viewer, input: Inputs.RequestTextInput) => this.commands.respond(viewer, input);
  decline = (viewer: Viewer, input: Inputs.RequestTextInput) => this.commands.decline(viewer, input);
  close = (viewer: Viewer, input: Inputs.OptionalTextInput) => this.commands.close(viewer, input);
  reopen = (viewer: Viewer, input: Inputs.RequestTextInput) => this.commands.reopen(viewer, input);
  withdraw = (viewer: Viewer, input: Inputs.OptionalTextInput) => this.commands.withdraw(viewer, input);
  escalate = (viewer: Viewer, input: Inputs.RequestTextInput) => this.commands.escalate(viewer, input);
  resolveEscalation = (viewer: Viewer, input: Inputs.ResolveEscalationInput) =>
    this.commands.resolveEscalation(viewer, input);
  comment = (viewer: Viewer, input: Inputs.CommentOnRequestInput) => this.commands.comment(viewer, input);
  attach = (viewer: Viewer, requestId: string, file: StoredFile, quota: AttachmentQuota) =>
    this.commands.attach(viewer, requestId, file, quota);
}
