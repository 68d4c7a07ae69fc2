import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../shared/clock';
import { CommandRunner } from '../../shared/command-runner';
import { DomainError, ErrorCode, forbidden } from '../../shared/errors';
import type { EventBus } from '../../shared/event-bus';
import { message, type Message } from '../../shared/messages';
import { withDelegation } from '../../shared/powers';
import type { Viewer } from '../../shared/viewer';
import { appendEvent, type EventNotice } from '../events';
import { transitionOnce } from '../idempotency';
import {
  announceNotifications,
  nobodyNotified,
  notify,
  settleNotifications,
  type NewNotification,
  type NotificationTarget,
  type Notified,
} from '../notifications';
import { Appraisal } from './appraisal.entity';
import { proposalActor, type ProposalShape } from './proposal.policy';
import {
  judgeProposal,
  nextProposalStatus,
  PROPOSAL_RULES,
  ProposalAction,
  ProposalStatus,
  type ProposalVerdict,
} from './proposal-status';
import { Proposal } from './proposal.entity';
import { isProposalReadable } from './proposal.visibility';
import type { ProposalView } from './proposal.views';

export const PROPOSAL_AGGREGATE = 'PROPOSAL';

/** A proposal with the appraisals of its current revision: what judging and routing need. */
export interface LoadedProposal {
  proposal: Proposal;
  appraisals: Appraisal[];
}

/** What an action records: its event, whom to tell, and which earlier notifications it settles. */
export interface Outcome {
  type: string;
  data?: Record<string, unknown>;
  notification?: { target: NotificationTarget; kind: string; message: Message };
  /** Notifications about this proposal that asked for work now done or void: marked read. */
  settles?: string[];
}

export interface Recorded {
  notice: EventNotice;
  notified: Notified;
}

export type ProposalCommandRunner = CommandRunner<
  Viewer,
  LoadedProposal,
  ProposalAction,
  Outcome,
  Recorded,
  ProposalView
>;

/** The message when a concurrent writer moved the proposal on (also the decider who lost the race). */
export const PROPOSAL_CONFLICT = message('proposal.conflict');

/** The action's verb is `proposalAction.<action>` in the message catalog. */
function refusal(action: ProposalAction, verdict: Exclude<ProposalVerdict, { ok: true }>): DomainError {
  if (verdict.reason === 'STATUS')
    return new DomainError(ErrorCode.INVALID_TRANSITION, message('proposal.refused.status', { action }));
  if (verdict.reason === 'ROLE') return forbidden(message('proposal.refused.role', { action }));
  return forbidden(message('proposal.refused.relation', { action }));
}

function shapeOf({ proposal, appraisals }: LoadedProposal): ProposalShape {
  return {
    status: proposal.status,
    requestingAgencyId: proposal.requestingAgency.id,
    pendingAppraiserIds: appraisals.filter((a) => a.opinion === null).map((a) => a.agency.id),
  };
}

/** The proposal workflow for the command runner: proposal-status.ts judges and moves. */
export function proposalCommandRunner(
  em: EntityManager,
  bus: EventBus,
  clock: Clock,
  read: (viewer: Viewer, id: string) => Promise<ProposalView>,
): ProposalCommandRunner {
  return new CommandRunner(em, clock, {
    aggregate: PROPOSAL_AGGREGATE,
    subject: 'proposal',
    transitionOnce,
    conflictMessage: PROPOSAL_CONFLICT,
    async load(tx, id) {
      const proposal = await tx.findOne(Proposal, id, { populate: ['items'] });
      return (
        proposal && {
          proposal,
          appraisals: await tx.find(Appraisal, { proposal: proposal.id, revision: proposal.revision }),
        }
      );
    },
    isReadable: isProposalReadable,
    versionOf: ({ proposal }) => proposal.version,
    judge(loaded, action, viewer) {
      const verdict = judgeProposal(action, loaded.proposal.status, proposalActor(viewer, shapeOf(loaded)));
      if (!verdict.ok) throw refusal(action, verdict);
    },
    moveStatus({ proposal, appraisals }, action, _viewer, now) {
      const next = nextProposalStatus(action, proposal.status, {
        needsAppraisal: appraisals.length > 0,
        appraisalsOutstanding: appraisals.filter((a) => a.opinion === null).length,
      });
      proposal.moveTo(next, now);
    },
    // an act of a delegable power taken under a delegation names it in its event (and audit entry)
    record: (tx, viewer, loaded, outcome, action) =>
      recordProposalChange(tx, viewer, loaded, {
        ...outcome,
        data: withDelegation(outcome.data, viewer, PROPOSAL_RULES[action].power),
      }),
    publish: (recorded) => publishProposalChange(bus, recorded),
    read,
  });
}

/** The notifications (and settled ones), then the event row (last: it takes the commit-order lock). */
export async function recordProposalChange(
  tx: EntityManager,
  viewer: Viewer,
  { proposal, appraisals }: LoadedProposal,
  outcome: Outcome,
): Promise<Recorded> {
  const base: Omit<NewNotification, 'kind' | 'message'> = {
    groupKey: `proposal:${proposal.id}`,
    subjectType: 'PROPOSAL',
    subjectId: proposal.id,
  };
  const notified = outcome.notification
    ? await notify(
        tx,
        { exceptUserId: viewer.userId, ...outcome.notification.target },
        { ...base, kind: outcome.notification.kind, message: outcome.notification.message },
      )
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
  return {
    notice,
    notified: {
      userIds: [...notified.userIds, ...settled.userIds],
      agencyIds: [...notified.agencyIds, ...settled.agencyIds],
    },
  };
}

/** After commit: the bells. */
export async function publishProposalChange(bus: EventBus, { notified }: Recorded): Promise<void> {
  await announceNotifications(bus, notified);
}
