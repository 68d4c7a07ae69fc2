import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { provinceDate, wallClock, type Clock } from '../../shared/clock';
import { DomainError, ErrorCode, forbidden, notFound } from '../../shared/errors';
import type { EventBus } from '../../shared/event-bus';
import { isId } from '../../shared/ids';
import { message } from '../../shared/messages';
import { holdsOwnPower, Power } from '../../shared/powers';
import type { SessionCache } from '../../shared/session-cache';
import type { Viewer } from '../../shared/viewer';
import { appendEvent } from '../events';
import { User } from '../users';
import { DELEGATION_CHANGED } from './delegation.events';
import type { DelegatePowersInput, RevokeDelegationInput } from './delegation.inputs';
import { checkGrant, delegationStatus, DelegationStatus, formFor } from './delegation-rules';
import { Delegation } from './delegation.entity';
import { findDelegation, liveSessionsOf, myDelegations } from './delegation.queries';
import type { DelegationView, MyDelegationsView } from './delegation.views';

export const DELEGATION_AGGREGATE = 'DELEGATION';

/**
 * Giving and revoking delegations, each in one transaction with its event (and so its audit
 * entry). After commit, the delegate's remembered sessions are forgotten on every process, so
 * the change applies from their next request.
 */
export class DelegationService {
  constructor(
    private readonly em: EntityManager,
    private readonly bus: EventBus,
    private readonly sessions: SessionCache,
    private readonly clock: Clock = wallClock,
  ) {}

  private readonly today = (): string => provinceDate(this.clock());

  mine(viewer: Viewer): Promise<MyDelegationsView> {
    return myDelegations(this.em, viewer.userId, this.today());
  }

  async give(viewer: Viewer, input: DelegatePowersInput): Promise<DelegationView> {
    if (!Object.values(Power).some((power) => holdsOwnPower(viewer, power)))
      throw forbidden(message('delegation.onlyLeadsDelegate'));
    const powers = [...new Set(input.powers)];
    const { id, delegateId } = await this.em.transactional(async (tx) => {
      const delegate = isId(input.delegateId) ? await tx.findOne(User, input.delegateId) : null;
      checkGrant({
        grantor: viewer,
        delegate: delegate && { id: delegate.id, agencyId: delegate.agency.id, active: delegate.active },
        powers,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        today: this.today(),
      });
      const now = this.clock();
      const delegation = new Delegation({
        grantor: await tx.findOneOrFail(User, viewer.userId),
        delegate: delegate!,
        powers,
        form: formFor(delegate!.actingRole),
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        createdAt: now,
      });
      tx.persist(delegation);
      await tx.flush();
      await this.record(tx, viewer, delegation, 'GIVEN');
      return { id: delegation.id, delegateId: delegate!.id };
    });
    await this.forgetSessionsOf(delegateId);
    return (await findDelegation(this.em, id, this.today()))!;
  }

  /** The grantor ends a delegation before its end; an ended or revoked one is INVALID_TRANSITION. */
  async revoke(viewer: Viewer, input: RevokeDelegationInput): Promise<DelegationView> {
    const delegateId = await this.em.transactional(async (tx) => {
      const delegation = isId(input.delegationId)
        ? await tx.findOne(Delegation, input.delegationId, { lockMode: LockMode.PESSIMISTIC_WRITE })
        : null;
      // another official's delegations are not the viewer's to see: NOT_FOUND unless a party to it
      if (!delegation || (delegation.grantor.id !== viewer.userId && delegation.delegate.id !== viewer.userId))
        throw notFound('delegation');
      if (delegation.grantor.id !== viewer.userId) throw forbidden(message('delegation.onlyGrantorRevokes'));
      const status = delegationStatus(delegation, this.today());
      if (status === DelegationStatus.REVOKED || status === DelegationStatus.ENDED)
        throw new DomainError(ErrorCode.INVALID_TRANSITION, message('delegation.alreadyOver'));
      delegation.revoke(tx.getReference(User, viewer.userId), this.clock());
      await tx.flush();
      await this.record(tx, viewer, delegation, 'REVOKED');
      return delegation.delegate.id;
    });
    await this.forgetSessionsOf(delegateId);
    return (await findDelegation(this.em, input.delegationId, this.today()))!;
  }

  /** The event row (and through it the audit entry), last in the transaction. */
  private async record(tx: EntityManager, viewer: Viewer, d: Delegation, type: 'GIVEN' | 'REVOKED'): Promise<void> {
    await appendEvent(tx, {
      aggregateType: DELEGATION_AGGREGATE,
      aggregateId: d.id,
      type,
      actorUserId: viewer.userId,
      actorAgencyId: viewer.agencyId,
      audience: [d.agency.id],
      data: {
        grantorId: d.grantor.id,
        delegateId: d.delegate.id,
        powers: d.powers,
        form: d.form,
        startsOn: d.startsOn,
        endsOn: d.endsOn,
      },
    });
  }

  /** This process forgets the delegate's sessions now; the others when the bus tells them. */
  private async forgetSessionsOf(userId: string): Promise<void> {
    const sessionIds = await liveSessionsOf(this.em, userId);
    this.sessions.forget(sessionIds);
    if (sessionIds.length > 0) await this.bus.publish(DELEGATION_CHANGED, { sessionIds });
  }
}
