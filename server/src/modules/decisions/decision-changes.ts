import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { wallClock, type Clock } from '../../shared/clock';
import { DomainError, ErrorCode, fieldError, forbidden, invalidInput, notFound } from '../../shared/errors';
import type { EventBus } from '../../shared/event-bus';
import { isId } from '../../shared/ids';
import { message } from '../../shared/messages';
import { advisoryXactLock, db, runQuery } from '../../shared/typed-sql';
import { InputChecker } from '../../shared/validation';
import { delegationRecord } from '../../shared/powers';
import type { Viewer } from '../../shared/viewer';
import { idempotentCall, once, takeKey, type IdempotentCall } from '../idempotency';
import { announceNotifications, nobodyNotified, notify } from '../notifications';
import { User } from '../users';
import { DecisionKind } from './decision-enums';
import { formatDecisionNumber } from './decision-outcome';
import { Decision, type DecisionLine } from './decision.entity';
import type { AmendDecisionInput, RevokeDecisionInput } from './decision.inputs';
import { canSignDecisions, SIGNING_POWER } from './decision.policy';
import { findDecision } from './decision.queries';
import { issueDecision } from './decision.service';
import type { DecisionView } from './decision.views';

/**
 * Amending and revoking: an issued decision is never edited; a new numbered decision refers to
 * it. A decision can be amended or revoked only while nothing has revoked it.
 */
export class DecisionChanges {
  constructor(
    private readonly em: EntityManager,
    private readonly bus: EventBus,
    private readonly provinceName: string,
    private readonly clock: Clock = wallClock,
  ) {}

  revoke(viewer: Viewer, input: RevokeDecisionInput): Promise<DecisionView> {
    const check = new InputChecker();
    const reason = check.text('reason', input.reason, { required: true, max: 5000 });
    check.assertValid();
    return this.supersede(viewer, input.decisionId, idempotentCall(viewer, 'revokeDecision', input), (target) => ({
      kind: DecisionKind.REVOCATION,
      title: `Về việc bãi bỏ Quyết định số ${formatDecisionNumber(target.number, target.issuerCode)}`,
      lines: [],
      conditions: reason,
    }));
  }

  amend(viewer: Viewer, input: AmendDecisionInput): Promise<DecisionView> {
    const check = new InputChecker();
    const conditions = check.text('conditions', input.conditions, { required: true, max: 10_000 });
    check.assertValid();
    return this.supersede(viewer, input.decisionId, idempotentCall(viewer, 'amendDecision', input), (target) => ({
      kind: DecisionKind.AMENDMENT,
      title: `Về việc sửa đổi Quyết định số ${formatDecisionNumber(target.number, target.issuerCode)}`,
      lines: regrant(target.lines, input.grants),
      conditions,
    }));
  }

  private async supersede(
    viewer: Viewer,
    decisionId: string,
    call: IdempotentCall | null,
    build: (target: Decision) => { kind: DecisionKind; title: string; lines: DecisionLine[]; conditions: string },
  ): Promise<DecisionView> {
    if (!canSignDecisions(viewer)) throw forbidden(message('decision.onlyCommitteeLeadSigns'));
    const id = await once(this.em, call, async () => {
      const { decision, notified } = await this.issueChange(viewer, decisionId, call, build);
      await announceNotifications(this.bus, notified);
      return decision.id;
    });
    return (await findDecision(this.em, id))!;
  }

  private issueChange(
    viewer: Viewer,
    decisionId: string,
    call: IdempotentCall | null,
    build: (target: Decision) => { kind: DecisionKind; title: string; lines: DecisionLine[]; conditions: string },
  ) {
    return this.em.transactional(async (tx) => {
      const target = isId(decisionId) ? await tx.findOne(Decision, decisionId) : null;
      if (!target) throw notFound('decision');
      // Serialise changes to one decision, then refuse any on a revoked one (or on a revocation).
      await advisoryXactLock(tx, sql.val(target.id));
      const revoked = await tx.count(Decision, { amends: target.id, kind: DecisionKind.REVOCATION });
      if (revoked > 0 || target.kind === DecisionKind.REVOCATION) {
        throw new DomainError(ErrorCode.INVALID_TRANSITION, message('decision.alreadyRevoked'));
      }
      const issued = await issueDecision(tx, {
        ...build(target),
        proposalId: target.proposalId,
        amends: target,
        signer: await tx.findOneOrFail(User, viewer.userId),
        delegation: delegationRecord(viewer, SIGNING_POWER),
        provinceName: this.provinceName,
        signedAt: this.clock(),
      });
      await tx.flush();
      await takeKey(tx, call, issued.id);
      const [owner] = target.proposalId
        ? await runQuery(
            tx,
            db.selectFrom('proposals').select('requesting_agency_id as agency_id').where('id', '=', target.proposalId),
          )
        : [];
      const revoking = issued.kind === DecisionKind.REVOCATION;
      const numbers = {
        target: formatDecisionNumber(target.number, target.issuerCode),
        number: formatDecisionNumber(issued.number, issued.issuerCode),
      };
      const notified = owner
        ? await notify(
            tx,
            { agencyIds: [owner.agency_id], exceptUserId: viewer.userId },
            {
              kind: revoking ? 'DECISION_REVOKED' : 'DECISION_AMENDED',
              groupKey: `decision:${target.id}`,
              subjectType: 'DECISION',
              subjectId: issued.id,
              message: message(revoking ? 'decision.revokedNotice' : 'decision.amendedNotice', numbers),
            },
          )
        : nobodyNotified();
      return { decision: issued, notified };
    });
  }
}

/** New grants for every line of the amended decision, never above what was asked. */
function regrant(lines: DecisionLine[], grants: AmendDecisionInput['grants']): DecisionLine[] {
  const check = new InputChecker();
  const byItem = new Map(grants.map((g) => [g.itemId, g]));
  if (byItem.size !== lines.length || lines.some((l) => !byItem.has(l.itemId))) {
    check.add('grants', 'REQUIRED', message('decision.grantsForEveryLine'));
  }
  const result = lines.map((line) => {
    const grant = byItem.get(line.itemId);
    const grantedQuantity = grant?.grantedQuantity ?? 0;
    const grantedAmount = line.requestedAmount === null ? null : (grant?.grantedAmount ?? 0n);
    if (grantedQuantity < 0 || grantedQuantity > line.requestedQuantity)
      check.add('grants', 'INVALID_FORMAT', message('decision.grantQuantityInvalid', { line: line.description }));
    if (grantedAmount !== null && (grantedAmount < 0n || grantedAmount > BigInt(line.requestedAmount!))) {
      check.add('grants', 'INVALID_FORMAT', message('decision.grantAmountTooHigh', { line: line.description }));
    }
    return { ...line, grantedQuantity, grantedAmount: grantedAmount === null ? null : grantedAmount.toString() };
  });
  check.assertValid();
  if (result.length === 0) throw invalidInput([fieldError('grants', 'REQUIRED', message('decision.nothingToAmend'))]);
  return result;
}
