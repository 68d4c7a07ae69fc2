import type { EntityManager } from '@mikro-orm/postgresql';
import { provinceYear, wallClock, type Clock } from '../../shared/clock';
import { conflict, DomainError, ErrorCode, forbidden, invalidInput, notFound } from '../../shared/errors';
import { flushOrConflict } from '../../shared/flush';
import type { EventBus } from '../../shared/event-bus';
import { isId } from '../../shared/ids';
import { sumMoney } from '../../shared/money';
import { decodeTimeCursor, pageSize, timeCursor, toPage, type Page } from '../../shared/pagination';
import { runSql } from '../../shared/sql';
import { InputChecker, requiredText } from '../../shared/validation';
import type { Viewer } from '../../shared/viewer';
import { Agency } from '../agencies';
import { DecisionKind, issueDecision, type DecisionLine } from '../decisions';
import { appendEvent, type EventNotice } from '../events';
import { announceNotifications, nobodyNotified, notify, settleNotifications, type NewNotification, type NotificationTarget, type Notified } from '../notifications';
import { idempotentCall, once, takeKey, transitionOnce } from '../idempotency';
import { nextNumber } from '../numbering';
import { requestVisibleTo } from '../requests';
import { User } from '../users';
import { Appraisal, type Recommendation } from './appraisal.entity';
import { AppraisalOpinion, ResourceKind } from './proposal-enums';
import type * as Inputs from './proposal.inputs';
import { ProposalItem, type ItemContent } from './proposal-item.entity';
import { checkAmounts } from './proposal-limits';
import { proposalActor, type ProposalShape } from './proposal.policy';
import { findVisibleProposal, listProposals, proposalVisibleTo } from './proposal.queries';
import { ProposalRevision } from './proposal-revision.entity';
import { judgeProposal, nextProposalStatus, ProposalAction, ProposalStatus, type ProposalVerdict } from './proposal-status';
import { Proposal } from './proposal.entity';
import type { ProposalView } from './proposal.views';

export const PROPOSAL_AGGREGATE = 'PROPOSAL';
const MAX_ITEMS = 50;

/**
 * Item kind → the code of the agency that appraises it (configurable per province); `MONEY`: the
 * agency that appraises every line carrying an amount, whatever its kind, in addition.
 */
export type AppraisalRouting = Partial<Record<ResourceKind | typeof MONEY_ROUTE, string>>;
export const MONEY_ROUTE = 'MONEY';

export interface ProposalSettings {
  appraisalRouting: AppraisalRouting;
  /** Printed on decisions. */
  provinceName: string;
}

interface Scope {
  tx: EntityManager;
  proposal: Proposal;
  appraisals: Appraisal[];
}

interface Outcome {
  type: string;
  data?: Record<string, unknown>;
  notification?: { target: NotificationTarget; kind: string; message: string };
  /** Notifications about this proposal that asked for work now done or void: marked read. */
  settles?: string[];
}

interface Recorded {
  notice: EventNotice;
  notified: Notified;
}

const ACTION_LABELS: Record<ProposalAction, string> = {
  UPDATE_DRAFT: 'sửa',
  SUBMIT: 'gửi',
  APPRAISE: 'thẩm định',
  RETURN_FOR_REVISION: 'trả lại',
  REOPEN_APPRAISAL: 'yêu cầu thẩm định lại',
  DECIDE: 'quyết định',
  WITHDRAW: 'thu hồi',
};

function refusal(action: ProposalAction, verdict: Exclude<ProposalVerdict, { ok: true }>): DomainError {
  if (verdict.reason === 'STATUS') return new DomainError(ErrorCode.INVALID_TRANSITION, `Không thể ${ACTION_LABELS[action]} đề xuất ở trạng thái hiện tại.`);
  if (verdict.reason === 'ROLE') return forbidden(`Cần lãnh đạo cơ quan để ${ACTION_LABELS[action]} đề xuất.`);
  return forbidden(`Cơ quan của bạn không thể ${ACTION_LABELS[action]} đề xuất này.`);
}

const label = (p: Proposal) => (p.code ? `${p.code} — ${p.title}` : p.title);

/**
 * Funding and resource proposals. Each public method is one transaction: load, check the workflow
 * table, change the entities, write the event and notifications; publish after commit.
 */
export class ProposalService {
  constructor(
    private readonly em: EntityManager,
    private readonly bus: EventBus,
    private readonly settings: ProposalSettings,
    private readonly clock: Clock = wallClock,
  ) {}

  async get(viewer: Viewer, id: string): Promise<ProposalView> {
    const view = isId(id) ? await findVisibleProposal(this.em, viewer, id) : null;
    if (!view) throw notFound('đề xuất');
    return view;
  }

  /** Visible proposals, newest activity first; `awaitingDecision` is the Committee's queue (oldest first). */
  async list(viewer: Viewer, filter: { status?: ProposalStatus | null; awaitingDecision?: boolean | null } | null | undefined, first: number, after?: string | null): Promise<Page<ProposalView>> {
    const limit = pageSize(first);
    const params: unknown[] = [];
    const where = [proposalVisibleTo(viewer, params)];
    if (filter?.awaitingDecision) where.push(`p.status = 'IN_REVIEW'`);
    else if (filter?.status) {
      where.push('p.status = ?');
      params.push(filter.status);
    }
    const oldestFirst = Boolean(filter?.awaitingDecision);
    if (after) {
      where.push(`(p.last_activity_at, p.id) ${oldestFirst ? '>' : '<'} (?::timestamptz, ?::uuid)`);
      params.push(...decodeTimeCursor(after));
    }
    const order = oldestFirst ? 'p.last_activity_at asc, p.id asc' : 'p.last_activity_at desc, p.id desc';
    const rows = await listProposals(this.em, where, params, order, limit + 1);
    return toPage(rows, limit, (p) => timeCursor(p.lastActivityAt, p.id));
  }

  async create(viewer: Viewer, input: Inputs.CreateProposalInput): Promise<ProposalView> {
    const call = idempotentCall(viewer, 'createProposal', input);
    const id = await once(this.em, call, async () => {
      const draft = await this.checkDraft(viewer, input);
      const recorded = await this.em.transactional(async (tx) => {
        const proposal = new Proposal({
          ...draft,
          requestingAgency: tx.getReference(Agency, viewer.agencyId),
          author: tx.getReference(User, viewer.userId),
        });
        draft.items.forEach((item, i) => proposal.items.add(new ProposalItem(proposal, i, item)));
        proposal.createdAt = proposal.lastActivityAt = this.clock();
        tx.persist(proposal);
        await tx.flush();
        await takeKey(tx, call, proposal.id);
        return this.record(tx, viewer, proposal, [], { type: 'CREATED' });
      });
      await this.publish(recorded);
      return recorded.notice.aggregateId;
    });
    return this.get(viewer, id);
  }

  updateDraft(viewer: Viewer, input: Inputs.UpdateProposalDraftInput): Promise<ProposalView> {
    return this.perform(viewer, input, ProposalAction.UPDATE_DRAFT, async ({ proposal }) => {
      const draft = await this.checkDraft(viewer, input);
      proposal.title = draft.title;
      proposal.rationale = draft.rationale;
      proposal.fiscalYear = draft.fiscalYear;
      proposal.linkedRequestIds = draft.linkedRequestIds;
      proposal.linkedTaskIds = draft.linkedTaskIds;
      proposal.items.removeAll();
      draft.items.forEach((item, i) => proposal.items.add(new ProposalItem(proposal, i, item)));
      return { type: 'UPDATED' };
    });
  }

  /** Sends the current revision: snapshot it, then route it to its appraisers (or to review). */
  submit(viewer: Viewer, input: Inputs.ProposalActionInput): Promise<ProposalView> {
    return this.perform(viewer, input, ProposalAction.SUBMIT, async ({ tx, proposal, appraisals }) => {
      const items = proposal.items.getItems();
      if (items.length === 0) throw invalidInput([{ field: 'items', code: 'REQUIRED', message: 'Đề xuất cần ít nhất một nội dung.' }]);
      const year = provinceYear(this.clock());
      proposal.code ??= `ĐX-${year}-${String(await nextNumber(tx, 'PROPOSAL', year)).padStart(4, '0')}`;
      proposal.submittedAt = this.clock();
      proposal.returnReason = null;
      tx.persist(
        tx.create(ProposalRevision, {
          proposal,
          number: proposal.revision,
          snapshot: {
            title: proposal.title,
            rationale: proposal.rationale,
            fiscalYear: proposal.fiscalYear,
            items: items.map(({ id, kind, description, quantity, unit, amount, justification }) => ({ id, kind, description, quantity, unit, amount, justification })),
            totalAmount: sumMoney(items.map((i) => BigInt(i.amount ?? '0'))).toString(),
          },
          submittedBy: tx.getReference(User, viewer.userId),
          submittedAt: proposal.submittedAt,
        }),
      );
      const routed = await this.route(tx, proposal);
      appraisals.push(...routed);
      const appraiserIds = routed.map((a) => a.agency.id);
      return {
        type: 'SUBMITTED',
        data: { note: proposal.code },
        notification: routed.length
          ? { target: { agencyIds: appraiserIds }, kind: 'PROPOSAL_TO_APPRAISE', message: `Đề xuất cần thẩm định: ${label(proposal)}` }
          : { target: { committee: true }, kind: 'PROPOSAL_TO_REVIEW', message: `Đề xuất chờ UBND tỉnh xem xét: ${label(proposal)}` },
      };
    });
  }

  appraise(viewer: Viewer, input: Inputs.AppraiseProposalInput): Promise<ProposalView> {
    return this.perform(viewer, input, ProposalAction.APPRAISE, async ({ proposal, appraisals, tx }) => {
      const mine = appraisals.find((a) => a.agency.id === viewer.agencyId && a.opinion === null)!;
      const comment = requiredText('comment', input.comment, 5000);
      const routedItems = proposal.items.getItems().filter((item) => mine.kinds.includes(item.kind));
      const recommendations = this.recommendations(input, routedItems);
      mine.give(input.opinion, comment, recommendations, tx.getReference(User, viewer.userId), this.clock());
      const outstanding = appraisals.filter((a) => a.opinion === null).length;
      return {
        type: 'APPRAISED',
        data: { note: comment, opinion: input.opinion },
        notification:
          outstanding === 0
            ? { target: { committee: true }, kind: 'PROPOSAL_TO_REVIEW', message: `Đề xuất đã thẩm định xong, chờ quyết định: ${label(proposal)}` }
            : { target: { agencyIds: [proposal.requestingAgency.id] }, kind: 'PROPOSAL_APPRAISED', message: `Có ý kiến thẩm định: ${label(proposal)}` },
      };
    });
  }

  returnForRevision(viewer: Viewer, input: Inputs.ProposalReasonInput): Promise<ProposalView> {
    const reason = requiredText('reason', input.reason, 2000);
    return this.perform(viewer, input, ProposalAction.RETURN_FOR_REVISION, async ({ proposal }) => {
      proposal.returnReason = reason;
      proposal.revision += 1; // the next submission is a new revision; the sent one stays as it was
      return {
        type: 'RETURNED',
        data: { note: reason },
        notification: { target: { agencyIds: [proposal.requestingAgency.id] }, kind: 'PROPOSAL_RETURNED', message: `Đề xuất được trả lại để hoàn thiện: ${label(proposal)}` },
      };
    });
  }

  reopenAppraisal(viewer: Viewer, input: Inputs.ProposalReasonInput): Promise<ProposalView> {
    const reason = requiredText('reason', input.reason, 2000);
    return this.perform(viewer, input, ProposalAction.REOPEN_APPRAISAL, async ({ proposal, appraisals }) => {
      appraisals.forEach((a) => a.reopen());
      return {
        type: 'APPRAISAL_REOPENED',
        data: { note: reason },
        notification: { target: { agencyIds: appraisals.map((a) => a.agency.id) }, kind: 'PROPOSAL_TO_APPRAISE', message: `UBND tỉnh đề nghị thẩm định lại: ${label(proposal)}` },
      };
    });
  }

  withdraw(viewer: Viewer, input: Inputs.ProposalActionInput): Promise<ProposalView> {
    return this.perform(viewer, input, ProposalAction.WITHDRAW, async ({ proposal, appraisals }) => ({
      type: 'WITHDRAWN',
      notification: { target: { agencyIds: appraisals.map((a) => a.agency.id) }, kind: 'PROPOSAL_WITHDRAWN', message: `Đề xuất đã được thu hồi: ${label(proposal)}` },
      settles: ['PROPOSAL_TO_REVIEW', 'PROPOSAL_TO_APPRAISE'],
    }));
  }

  /**
   * A Committee leader decides: one decision with the year's next number. Two leaders at once:
   * the proposal's version lets exactly one through; the other gets CONFLICT and its number back.
   */
  decide(viewer: Viewer, input: Inputs.DecideProposalInput): Promise<ProposalView> {
    const conditions = requiredText('conditions', input.conditions, 10_000);
    return this.perform(viewer, input, ProposalAction.DECIDE, async ({ tx, proposal }) => {
      const lines = this.grantLines(proposal, input.grants);
      // Lock the proposal's row at the version we checked before drawing a number: a concurrent
      // decider waits here, then finds the version moved on and gets CONFLICT.
      const locked = await runSql<unknown[]>(tx, 'select 1 from proposals where id = ? and version = ? for update', [proposal.id, input.version]);
      if (locked.length === 0) throw conflict('Đề xuất vừa được người khác xử lý, hãy tải lại.');
      const decision = await issueDecision(tx, {
        kind: DecisionKind.APPROVAL,
        proposalId: proposal.id,
        amends: null,
        title: `Về việc ${proposal.title.charAt(0).toLowerCase()}${proposal.title.slice(1)}`,
        lines,
        conditions,
        signer: await tx.findOneOrFail(User, viewer.userId),
        provinceName: this.settings.provinceName,
        effectiveDate: input.effectiveDate,
        signedAt: this.clock(),
      });
      return {
        type: 'DECIDED',
        data: { note: `${decision.number}/QĐ-${decision.issuerCode}`, decisionId: decision.id },
        notification: { target: { agencyIds: [proposal.requestingAgency.id] }, kind: 'PROPOSAL_DECIDED', message: `UBND tỉnh đã quyết định: ${label(proposal)}` },
        settles: ['PROPOSAL_TO_REVIEW'],
      };
    });
  }

  private async perform(viewer: Viewer, ref: { id: string; version: number; idempotencyKey?: string | null }, action: ProposalAction, apply: (scope: Scope) => Promise<Outcome>): Promise<ProposalView> {
    await transitionOnce(this.em, viewer, `${PROPOSAL_AGGREGATE}.${action}`, ref, async (claim) => {
      const recorded = await this.em.transactional(async (tx) => {
        const proposal = isId(ref.id) ? await tx.findOne(Proposal, ref.id, { populate: ['items'] }) : null;
        const appraisals = proposal ? await tx.find(Appraisal, { proposal: proposal.id, revision: proposal.revision }) : [];
        if (!proposal || !this.canRead(viewer, proposal, appraisals)) throw notFound('đề xuất');
        if (proposal.version !== ref.version) throw conflict();
        const verdict = judgeProposal(action, proposal.status, proposalActor(viewer, shapeOf(proposal, appraisals)));
        if (!verdict.ok) throw refusal(action, verdict);

        const outcome = await apply({ tx, proposal, appraisals });
        const next = nextProposalStatus(action, proposal.status, {
          needsAppraisal: appraisals.length > 0,
          appraisalsOutstanding: appraisals.filter((a) => a.opinion === null).length,
        });
        proposal.moveTo(next, this.clock());
        await flushOrConflict(tx, 'Đề xuất vừa được người khác xử lý, hãy tải lại.');
        await claim(tx);
        return this.record(tx, viewer, proposal, appraisals, outcome);
      });
      await this.publish(recorded);
    });
    return this.get(viewer, ref.id);
  }

  private async record(tx: EntityManager, viewer: Viewer, proposal: Proposal, appraisals: Appraisal[], outcome: Outcome): Promise<Recorded> {
    const base: Omit<NewNotification, 'kind' | 'message'> = { groupKey: `proposal:${proposal.id}`, subjectType: 'PROPOSAL', subjectId: proposal.id };
    const notified = outcome.notification
      ? await notify(tx, { exceptUserId: viewer.userId, ...outcome.notification.target }, { ...base, kind: outcome.notification.kind, message: outcome.notification.message })
      : nobodyNotified();
    const settled = outcome.settles ? await settleNotifications(tx, base, outcome.settles) : nobodyNotified();
    const notice = await appendEvent(tx, {
      aggregateType: PROPOSAL_AGGREGATE,
      aggregateId: proposal.id,
      type: outcome.type,
      actorUserId: viewer.userId,
      actorAgencyId: viewer.agencyId,
      audience: [...new Set([proposal.requestingAgency.id, ...appraisals.map((a) => a.agency.id)])],
      restricted: proposal.status === ProposalStatus.DRAFT,
      data: outcome.data,
    });
    return { notice, notified: { userIds: [...notified.userIds, ...settled.userIds], agencyIds: [...notified.agencyIds, ...settled.agencyIds] } };
  }

  private async publish({ notified }: Recorded): Promise<void> {
    await announceNotifications(this.bus, notified);
  }

  private canRead(viewer: Viewer, proposal: Proposal, appraisals: Appraisal[]): boolean {
    if (proposal.requestingAgency.id === viewer.agencyId) return true;
    if (proposal.status === ProposalStatus.DRAFT) return false;
    return viewer.inCommittee || appraisals.some((a) => a.agency.id === viewer.agencyId);
  }

  /**
   * One appraisal per appraising agency, for the item kinds routed to it: by kind, and every kind
   * that carries money in this proposal to the money appraiser (an appraisal covers whole kinds).
   */
  private async route(tx: EntityManager, proposal: Proposal): Promise<Appraisal[]> {
    const routing = this.settings.appraisalRouting;
    const kindsByAgencyCode = new Map<string, ResourceKind[]>();
    for (const item of proposal.items) {
      const codes = [routing[item.kind], item.amount === null ? undefined : routing[MONEY_ROUTE]];
      for (const code of new Set(codes.filter((c): c is string => Boolean(c)))) {
        const kinds = kindsByAgencyCode.get(code) ?? [];
        if (!kinds.includes(item.kind)) kinds.push(item.kind);
        kindsByAgencyCode.set(code, kinds);
      }
    }
    if (kindsByAgencyCode.size === 0) return [];
    const agencies = await tx.find(Agency, { code: { $in: [...kindsByAgencyCode.keys()] } });
    return agencies
      .filter((agency) => agency.id !== proposal.requestingAgency.id) // nobody appraises its own request
      .map((agency) => {
        const appraisal = new Appraisal(proposal, proposal.revision, agency, kindsByAgencyCode.get(agency.code)!);
        tx.persist(appraisal);
        return appraisal;
      });
  }

  private recommendations(input: Inputs.AppraiseProposalInput, routedItems: ProposalItem[]): Recommendation[] {
    if (input.opinion === AppraisalOpinion.SUPPORT) {
      return routedItems.map((i) => ({ itemId: i.id, amount: i.amount, quantity: i.quantity }));
    }
    if (input.opinion === AppraisalOpinion.OPPOSE) {
      return routedItems.map((i) => ({ itemId: i.id, amount: i.amount === null ? null : '0', quantity: 0 }));
    }
    const check = new InputChecker();
    const given = new Map(input.recommendations.map((r) => [r.itemId, r]));
    const result = routedItems.map((item) => {
      const r = given.get(item.id);
      if (!r) check.add('recommendations', 'REQUIRED', `Cần mức kiến nghị cho "${item.description}".`);
      const amount = r?.amount ?? null;
      if (item.amount !== null && (amount === null || amount > BigInt(item.amount))) {
        check.add('recommendations', 'INVALID_FORMAT', `Mức kiến nghị cho "${item.description}" phải từ 0 đến mức đề xuất.`);
      }
      const quantity = r?.quantity ?? item.quantity;
      if (quantity < 0 || quantity > item.quantity) check.add('recommendations', 'INVALID_FORMAT', `Số lượng kiến nghị cho "${item.description}" không hợp lệ.`);
      return { itemId: item.id, amount: amount === null ? null : amount.toString(), quantity };
    });
    if (given.size > routedItems.length || [...given.keys()].some((id) => !routedItems.some((i) => i.id === id))) {
      check.add('recommendations', 'NOT_FOUND', 'Có kiến nghị cho nội dung không thuộc phạm vi thẩm định.');
    }
    check.assertValid();
    return result;
  }

  /** One grant per item of the current revision, never above what was asked. */
  private grantLines(proposal: Proposal, grants: Inputs.GrantInput[]): DecisionLine[] {
    const check = new InputChecker();
    const byItem = new Map(grants.map((g) => [g.itemId, g]));
    const items = proposal.items.getItems();
    if (byItem.size !== grants.length || grants.some((g) => !items.some((i) => i.id === g.itemId))) {
      check.add('grants', 'NOT_FOUND', 'Có nội dung không thuộc đề xuất, hoặc bị lặp.');
    }
    const lines = items.map((item) => {
      const grant = byItem.get(item.id);
      if (!grant) check.add('grants', 'REQUIRED', `Cần quyết định cho "${item.description}".`);
      const grantedQuantity = grant?.grantedQuantity ?? 0;
      const grantedAmount = item.amount === null ? null : (grant?.grantedAmount ?? 0n);
      if (grantedQuantity < 0 || grantedQuantity > item.quantity) check.add('grants', 'INVALID_FORMAT', `Số lượng cho "${item.description}" phải từ 0 đến ${item.quantity}.`);
      if (grantedAmount !== null && grantedAmount > BigInt(item.amount!)) check.add('grants', 'INVALID_FORMAT', `Kinh phí cho "${item.description}" vượt mức đề xuất.`);
      return {
        itemId: item.id,
        kind: item.kind,
        description: item.description,
        unit: item.unit,
        requestedQuantity: item.quantity,
        requestedAmount: item.amount,
        grantedQuantity,
        grantedAmount: grantedAmount === null ? null : grantedAmount.toString(),
      };
    });
    check.assertValid();
    return lines;
  }

  private async checkDraft(viewer: Viewer, input: Inputs.ProposalDraftInput): Promise<{ title: string; rationale: string; fiscalYear: number; linkedRequestIds: string[]; linkedTaskIds: string[]; items: ItemContent[] }> {
    const check = new InputChecker();
    const title = check.text('title', input.title, { required: true, min: 5, max: 300 });
    const rationale = check.text('rationale', input.rationale, { required: true, max: 20_000 });
    const year = provinceYear(this.clock());
    if (!Number.isInteger(input.fiscalYear) || input.fiscalYear < year - 1 || input.fiscalYear > year + 5) {
      check.add('fiscalYear', 'INVALID_FORMAT', `Năm ngân sách từ ${year - 1} đến ${year + 5}.`);
    }
    if (!input.items?.length) check.add('items', 'REQUIRED', 'Cần ít nhất một nội dung đề xuất.');
    if ((input.items?.length ?? 0) > MAX_ITEMS) check.add('items', 'TOO_LONG', `Tối đa ${MAX_ITEMS} nội dung.`);
    const items = (input.items ?? []).map((item, i): ItemContent => {
      const at = (field: string) => `items.${i}.${field}`;
      const description = check.text(at('description'), item.description, { required: true, max: 500 });
      const unit = check.text(at('unit'), item.unit, { required: true, max: 30 });
      const justification = check.text(at('justification'), item.justification, { required: true, max: 5000 });
      if (!Number.isInteger(item.quantity) || item.quantity < 1 || item.quantity > 1_000_000) check.add(at('quantity'), 'INVALID_FORMAT', 'Số lượng từ 1 đến 1.000.000.');
      if (item.kind === ResourceKind.FUNDING && (item.amount == null || item.amount <= 0n)) check.add(at('amount'), 'REQUIRED', 'Cần số tiền đề xuất (đồng).');
      return { kind: item.kind, description, quantity: item.quantity, unit, amount: item.amount == null ? null : item.amount.toString(), justification };
    });
    checkAmounts(check, (input.items ?? []).map((item) => item.amount));
    const linkedRequestIds = [...new Set(input.linkedRequestIds ?? [])];
    // only sent requests the viewer can read: a link must not confirm that a hidden one exists
    const params: unknown[] = [`{${linkedRequestIds.join(',')}}`];
    const known = linkedRequestIds.every(isId)
      ? (await runSql<{ n: number }[]>(this.em, `select count(*)::int as n from requests r where r.id = any(?::uuid[]) and r.status <> 'DRAFT' and ${requestVisibleTo(viewer, params)}`, params))[0].n
      : -1;
    if (known !== linkedRequestIds.length) check.add('linkedRequestIds', 'NOT_FOUND', 'Có đề nghị liên kết không tồn tại.');
    const linkedTaskIds = await this.checkTaskLinks(viewer, input.linkedTaskIds ?? [], check);
    check.assertValid();
    return { title, rationale, fiscalYear: input.fiscalYear, linkedRequestIds, linkedTaskIds, items };
  }

  /** Only the agency's own tasks (any task, for the Committee) may be linked. */
  private async checkTaskLinks(viewer: Viewer, ids: string[], check: InputChecker): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (unique.length > MAX_ITEMS) check.add('linkedTaskIds', 'TOO_LONG', `Tối đa ${MAX_ITEMS} nhiệm vụ liên kết.`);
    const owned = viewer.inCommittee ? '' : ' and owner_agency_id = ?';
    const known = unique.every(isId)
      ? (await runSql<{ n: number }[]>(this.em, `select count(*)::int as n from tasks where id = any(?::uuid[])${owned}`, [`{${unique.join(',')}}`, ...(owned ? [viewer.agencyId] : [])]))[0].n
      : -1;
    if (known !== unique.length) check.add('linkedTaskIds', 'NOT_FOUND', 'Có nhiệm vụ liên kết không tồn tại.');
    return unique;
  }
}

function shapeOf(proposal: Proposal, appraisals: Appraisal[]): ProposalShape {
  return {
    status: proposal.status,
    requestingAgencyId: proposal.requestingAgency.id,
    pendingAppraiserIds: appraisals.filter((a) => a.opinion === null).map((a) => a.agency.id),
  };
}

