import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { provinceYear, type Clock } from '../../shared/clock';
import { conflict, fieldError, invalidInput } from '../../shared/errors';
import { message } from '../../shared/messages';
import { sumMoney } from '../../shared/money';
import { db, runQuery } from '../../shared/typed-sql';
import { requiredText } from '../../shared/validation';
import { delegationRecord } from '../../shared/powers';
import type { Viewer } from '../../shared/viewer';
import { DecisionKind, issueDecision } from '../decisions';
import { nextNumber } from '../numbering';
import { User } from '../users';
import { routeAppraisals } from './proposal-appraisal-routing';
import { checkProposalDraft } from './proposal-draft-check';
import { checkGrantLines, checkRecommendations } from './proposal-grant-check';
import type * as Inputs from './proposal.inputs';
import { ProposalItem } from './proposal-item.entity';
import { ProposalRevision } from './proposal-revision.entity';
import { PROPOSAL_RULES, ProposalAction } from './proposal-status';
import type { Proposal } from './proposal.entity';
import type { ProposalView } from './proposal.views';
import { appraisalActedFor } from './proposal.policy';
import { PROPOSAL_CONFLICT, type ProposalCommandRunner } from './proposal-workflow';
import type { ProposalSettings } from './proposal.service';

/** The `{proposal}` of a notification: its code and title, as text. */
const named = (p: Proposal) => ({ proposal: p.code ? `${p.code} — ${p.title}` : p.title });

/**
 * The workflow actions on a proposal: each is its action's own step (validate, change the
 * entities, say what to record and whom to tell); the command runner does the rest in one transaction.
 */
export class ProposalCommands {
  constructor(
    private readonly em: EntityManager,
    private readonly settings: ProposalSettings,
    private readonly clock: Clock,
    private readonly runner: ProposalCommandRunner,
  ) {}

  updateDraft(viewer: Viewer, input: Inputs.UpdateProposalDraftInput): Promise<ProposalView> {
    return this.runner.run(viewer, input, ProposalAction.UPDATE_DRAFT, async (_tx, { proposal }) => {
      const draft = await checkProposalDraft(this.em, viewer, input, this.clock());
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
    return this.runner.run(viewer, input, ProposalAction.SUBMIT, async (tx, { proposal, appraisals }) => {
      const items = proposal.items.getItems();
      if (items.length === 0)
        throw invalidInput([fieldError('items', 'REQUIRED', message('proposal.nothingToSubmit'))]);
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
            items: items.map(({ id, kind, description, quantity, unit, amount, justification }) => ({
              id,
              kind,
              description,
              quantity,
              unit,
              amount,
              justification,
            })),
            totalAmount: sumMoney(items.map((i) => BigInt(i.amount ?? '0'))).toString(),
          },
          submittedBy: tx.getReference(User, viewer.userId),
          submittedAt: proposal.submittedAt,
        }),
      );
      const routed = await routeAppraisals(tx, proposal, this.settings.appraisalRouting);
      appraisals.push(...routed); // the next status and the event's audience count them
      const appraiserIds = routed.map((a) => a.agency.id);
      return {
        type: 'SUBMITTED',
        data: { note: proposal.code },
        notification: routed.length
          ? {
              target: { agencyIds: appraiserIds },
              kind: 'PROPOSAL_TO_APPRAISE',
              message: message('proposal.toAppraiseNotice', named(proposal)),
            }
          : {
              target: { committee: true },
              kind: 'PROPOSAL_TO_REVIEW',
              message: message('proposal.toReviewNotice', named(proposal)),
            },
      };
    });
  }

  appraise(viewer: Viewer, input: Inputs.AppraiseProposalInput): Promise<ProposalView> {
    return this.runner.run(viewer, input, ProposalAction.APPRAISE, async (tx, { proposal, appraisals }) => {
      const pending = appraisals.filter((a) => a.opinion === null);
      const acting = appraisalActedFor(
        viewer,
        pending.map((a) => a.agency.id),
      );
      const mine = pending.find((a) => a.agency.id === acting)!;
      const comment = requiredText('comment', input.comment, 5000);
      const routedItems = proposal.items.getItems().filter((item) => mine.kinds.includes(item.kind));
      const recommendations = checkRecommendations(input, routedItems);
      mine.give(input.opinion, comment, recommendations, tx.getReference(User, viewer.userId), this.clock());
      const outstanding = appraisals.filter((a) => a.opinion === null).length;
      return {
        type: 'APPRAISED',
        data: { note: comment, opinion: input.opinion },
        notification:
          outstanding === 0
            ? {
                target: { committee: true },
                kind: 'PROPOSAL_TO_REVIEW',
                message: message('proposal.appraisalsDoneNotice', named(proposal)),
              }
            : {
                target: { agencyIds: [proposal.requestingAgency.id] },
                kind: 'PROPOSAL_APPRAISED',
                message: message('proposal.appraisedNotice', named(proposal)),
              },
      };
    });
  }

  returnForRevision(viewer: Viewer, input: Inputs.ProposalReasonInput): Promise<ProposalView> {
    const reason = requiredText('reason', input.reason, 2000);
    return this.runner.run(viewer, input, ProposalAction.RETURN_FOR_REVISION, async (_tx, { proposal }) => {
      proposal.returnReason = reason;
      proposal.revision += 1; // the next submission is a new revision; the sent one stays as it was
      return {
        type: 'RETURNED',
        data: { note: reason },
        notification: {
          target: { agencyIds: [proposal.requestingAgency.id] },
          kind: 'PROPOSAL_RETURNED',
          message: message('proposal.returnedNotice', named(proposal)),
        },
      };
    });
  }

  reopenAppraisal(viewer: Viewer, input: Inputs.ProposalReasonInput): Promise<ProposalView> {
    const reason = requiredText('reason', input.reason, 2000);
    return this.runner.run(viewer, input, ProposalAction.REOPEN_APPRAISAL, async (_tx, { proposal, appraisals }) => {
      appraisals.forEach((a) => a.reopen());
      return {
        type: 'APPRAISAL_REOPENED',
        data: { note: reason },
        notification: {
          target: { agencyIds: appraisals.map((a) => a.agency.id) },
          kind: 'PROPOSAL_TO_APPRAISE',
          message: message('proposal.reappraiseNotice', named(proposal)),
        },
      };
    });
  }

  withdraw(viewer: Viewer, input: Inputs.ProposalActionInput): Promise<ProposalView> {
    return this.runner.run(viewer, input, ProposalAction.WITHDRAW, async (_tx, { proposal, appraisals }) => ({
      type: 'WITHDRAWN',
      notification: {
        target: { agencyIds: appraisals.map((a) => a.agency.id) },
        kind: 'PROPOSAL_WITHDRAWN',
        message: message('proposal.withdrawnNotice', named(proposal)),
      },
      settles: ['PROPOSAL_TO_REVIEW', 'PROPOSAL_TO_APPRAISE'],
    }));
  }

  /**
   * A Committee leader decides: one decision with the year's next number. Two leaders at once:
   * the proposal's version lets exactly one through; the other gets CONFLICT and its number back.
   */
  decide(viewer: Viewer, input: Inputs.DecideProposalInput): Promise<ProposalView> {
    const conditions = requiredText('conditions', input.conditions, 10_000);
    return this.runner.run(viewer, input, ProposalAction.DECIDE, async (tx, { proposal }) => {
      const lines = checkGrantLines(proposal, input.grants);
      // Lock the proposal's row at the version we checked before drawing a number: a concurrent
      // decider waits here, then finds the version moved on and gets CONFLICT.
      const locked = await runQuery(
        tx,
        db
          .selectFrom('proposals')
          .select(sql<number>`1`.as('one'))
          .where('id', '=', proposal.id)
          .where('version', '=', input.version)
          .forUpdate(),
      );
      if (locked.length === 0) throw conflict(PROPOSAL_CONFLICT);
      const decision = await issueDecision(tx, {
        kind: DecisionKind.APPROVAL,
        proposalId: proposal.id,
        amends: null,
        title: `Về việc ${proposal.title.charAt(0).toLowerCase()}${proposal.title.slice(1)}`,
        lines,
        conditions,
        signer: await tx.findOneOrFail(User, viewer.userId),
        // signed for the grantor (KT./TL.) when the power to decide is held by delegation
        delegation: delegationRecord(viewer, PROPOSAL_RULES[ProposalAction.DECIDE].power),
        provinceName: this.settings.provinceName,
        effectiveDate: input.effectiveDate,
        signedAt: this.clock(),
      });
      return {
        type: 'DECIDED',
        data: { note: `${decision.number}/QĐ-${decision.issuerCode}`, decisionId: decision.id },
        notification: {
          target: { agencyIds: [proposal.requestingAgency.id] },
          kind: 'PROPOSAL_DECIDED',
          message: message('proposal.decidedNotice', named(proposal)),
        },
        settles: ['PROPOSAL_TO_REVIEW'],
      };
    });
  }
}
