import type { EntityManager } from '@mikro-orm/postgresql';
import { isCalendarDate, provinceDate, type Clock } from '../../shared/clock';
import { fieldError, invalidInput } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { message } from '../../shared/messages';
import { foldForSearch } from '../../shared/search';
import { InputChecker, requiredText } from '../../shared/validation';
import type { Viewer } from '../../shared/viewer';
import { Agency } from '../agencies';
import { User } from '../users';
import { reserveAttachmentSpace, type AttachmentQuota } from './attachment-quota';
import { changeLead, checkRequestDraft, giveRequestCode, optionalText, setParticipants } from './request-draft';
import { ParticipantRole } from './request-enums';
import { RequestAttachment } from './request-attachment.entity';
import { RequestComment } from './request-comment.entity';
import type * as Inputs from './request.inputs';
import { ParticipantState, RequestAction } from './request-status';
import type { RequestView } from './request.views';
import { participantOf, type RequestCommandRunner } from './request-workflow';

/** A file already written to the attachment store (its key becomes the attachment id). */
export interface StoredFile {
  key: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

/**
 * The workflow actions on an existing request: each is its action's own step (validate, change
 * the entities, say what to record); the command runner does the rest in one transaction.
 */
export class RequestCommands {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly runner: RequestCommandRunner,
  ) {}

  updateDraft(viewer: Viewer, input: Inputs.UpdateRequestDraftInput): Promise<RequestView> {
    return this.runner.run(viewer, input, RequestAction.UPDATE_DRAFT, async (_tx, request) => {
      // validated after the access check, so an outsider learns nothing from field errors
      const { content, lead, supporting } = await checkRequestDraft(this.em, viewer, input, this.clock());
      request.setContent(content);
      request.leadAgency = lead;
      setParticipants(request, lead, supporting);
      request.searchText = foldForSearch(`${content.title} ${content.body}`);
      return { type: 'UPDATED' };
    });
  }

  submit(viewer: Viewer, input: Inputs.RequestActionInput): Promise<RequestView> {
    return this.runner.run(viewer, input, RequestAction.SUBMIT, async (tx, request) => {
      if (request.dueDate < provinceDate(this.clock())) {
        throw invalidInput([fieldError('dueDate', 'INVALID_FORMAT', message('request.dueDatePassedBeforeSubmit'))]);
      }
      await giveRequestCode(tx, request, this.clock());
      return { type: 'SUBMITTED', data: { note: request.code } };
    });
  }

  acknowledge(viewer: Viewer, input: Inputs.RequestActionInput): Promise<RequestView> {
    return this.runner.run(viewer, input, RequestAction.ACKNOWLEDGE, async (_tx, request) => {
      const participant = participantOf(request, viewer)!;
      participant.acknowledge(this.clock());
      return { type: 'ACKNOWLEDGED', data: { agencyId: participant.agency.id } };
    });
  }

  assign(viewer: Viewer, input: Inputs.AssignRequestInput): Promise<RequestView> {
    return this.runner.run(viewer, input, RequestAction.ASSIGN, async (tx, request) => {
      // the assignee belongs to the addressed agency acted for (a unit, for its parent's leader)
      const participant = participantOf(request, viewer)!;
      const assignee = isId(input.assigneeId)
        ? await tx.findOne(User, { id: input.assigneeId, agency: participant.agency.id, active: true })
        : null;
      if (!assignee)
        throw invalidInput([fieldError('assigneeId', 'NOT_FOUND', message('request.assigneeNotInAgency'))]);
      participant.assign(assignee, this.clock());
      return { type: 'ASSIGNED', data: { agencyId: participant.agency.id, assigneeId: assignee.id } };
    });
  }

  respond(viewer: Viewer, input: Inputs.RequestTextInput): Promise<RequestView> {
    const reply = requiredText('text', input.text, 20_000);
    return this.runner.run(viewer, input, RequestAction.RESPOND, async (_tx, request) => {
      const participant = participantOf(request, viewer)!;
      participant.respond(reply, this.clock());
      return { type: 'RESPONDED', data: { agencyId: participant.agency.id, note: reply } };
    });
  }

  decline(viewer: Viewer, input: Inputs.RequestTextInput): Promise<RequestView> {
    const reason = requiredText('text', input.text, 1000);
    return this.runner.run(viewer, input, RequestAction.DECLINE, async (_tx, request) => {
      const participant = participantOf(request, viewer)!;
      participant.decline(reason);
      return { type: 'DECLINED', data: { agencyId: participant.agency.id, note: reason } };
    });
  }

  close(viewer: Viewer, input: Inputs.OptionalTextInput): Promise<RequestView> {
    const note = optionalText('text', input.text, 1000);
    return this.runner.run(viewer, input, RequestAction.CLOSE, async () => ({ type: 'CLOSED', data: { note } }));
  }

  reopen(viewer: Viewer, input: Inputs.RequestTextInput): Promise<RequestView> {
    const comment = requiredText('text', input.text, 5000);
    return this.runner.run(viewer, input, RequestAction.REOPEN, async (tx, request) => {
      for (const p of request.participants) if (p.role === ParticipantRole.LEAD) p.reopen();
      tx.persist(
        new RequestComment(
          request,
          tx.getReference(User, viewer.userId),
          tx.getReference(Agency, viewer.agencyId),
          comment,
        ),
      );
      return { type: 'REOPENED', data: { note: comment } };
    });
  }

  withdraw(viewer: Viewer, input: Inputs.OptionalTextInput): Promise<RequestView> {
    const note = optionalText('text', input.text, 1000);
    return this.runner.run(viewer, input, RequestAction.WITHDRAW, async () => ({ type: 'WITHDRAWN', data: { note } }));
  }

  escalate(viewer: Viewer, input: Inputs.RequestTextInput): Promise<RequestView> {
    const reason = requiredText('text', input.text, 1000);
    return this.runner.run(viewer, input, RequestAction.ESCALATE, async (_tx, request) => {
      request.escalationReason = reason;
      return { type: 'ESCALATED', data: { note: reason } };
    });
  }

  /** The scheduler's escalation of a request left overdue (no user acts; the table allows SYSTEM). */
  async escalateOverdue(id: string, version: number, daysLate: number): Promise<void> {
    const reason = `Tự động báo cáo UBND tỉnh: quá hạn ${daysLate} ngày.`;
    await this.runner.execute(null, { id, version }, RequestAction.ESCALATE, async (_tx, request) => {
      request.escalationReason = reason;
      return { type: 'ESCALATED', data: { note: reason } };
    });
  }

  resolveEscalation(viewer: Viewer, input: Inputs.ResolveEscalationInput): Promise<RequestView> {
    const directive = requiredText('directive', input.directive, 5000);
    const check = new InputChecker();
    if (!input.leadAgencyId && !input.dueDate)
      check.add('leadAgencyId', 'REQUIRED', message('request.newLeadOrDueDate'));
    if (input.dueDate && (!isCalendarDate(input.dueDate) || input.dueDate < provinceDate(this.clock()))) {
      check.add('dueDate', 'INVALID_FORMAT', message('request.newDueDateFromToday'));
    }
    check.assertValid();
    return this.runner.run(viewer, input, RequestAction.RESOLVE_ESCALATION, async (tx, request) => {
      let newLead: Agency | null = null;
      if (input.leadAgencyId && input.leadAgencyId !== request.leadAgency.id) {
        newLead = isId(input.leadAgencyId) ? await tx.findOne(Agency, input.leadAgencyId) : null;
        if (!newLead || newLead.id === request.requestingAgency.id) {
          throw invalidInput([fieldError('leadAgencyId', 'NOT_FOUND', message('request.newLeadInvalid'))]);
        }
        changeLead(request, newLead);
      }
      // The directive obliges the lead to act again, even if it had declined.
      for (const p of request.participants)
        if (p.role === ParticipantRole.LEAD && p.state === ParticipantState.DECLINED)
          p.state = ParticipantState.PENDING;
      if (input.dueDate) request.dueDate = input.dueDate;
      request.escalationReason = null;
      return {
        type: 'ESCALATION_RESOLVED',
        data: { note: directive, agencyId: newLead?.id, dueDate: input.dueDate ?? undefined },
      };
    });
  }

  comment(viewer: Viewer, input: Inputs.CommentOnRequestInput): Promise<RequestView> {
    const body = requiredText('body', input.body, 5000);
    return this.runner.run(viewer, input, RequestAction.COMMENT, async (tx, request) => {
      const comment = new RequestComment(
        request,
        tx.getReference(User, viewer.userId),
        tx.getReference(Agency, viewer.agencyId),
        body,
      );
      comment.createdAt = this.clock();
      tx.persist(comment);
      return { type: 'COMMENTED', data: { note: body } };
    });
  }

  /** Records a file already written to the attachment store. */
  attach(viewer: Viewer, requestId: string, file: StoredFile, quota: AttachmentQuota): Promise<RequestView> {
    return this.runner.run(viewer, { id: requestId }, RequestAction.ATTACH, async (tx, request) => {
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
}
