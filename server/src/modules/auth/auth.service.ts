import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type SqlBool } from 'kysely';
import { fieldError, forbidden, invalidInput, notFound, unauthenticated } from '../../shared/errors';
import { message } from '../../shared/messages';
import { isId } from '../../shared/ids';
import type { EventBus } from '../../shared/event-bus';
import { InputChecker } from '../../shared/validation';
import { provinceDate, wallClock, type Clock } from '../../shared/clock';
import { delegationsInForce } from '../../shared/powers';
import { type Role, type Viewer } from '../../shared/viewer';
import { heldDelegationsOf, toHeldDelegations } from '../delegations';
import { appendAudit, flushAudited, recordAudit } from '../audit';
import { User, userPolicy, verifyPassword } from '../users';
import { SESSION_REVOKED } from './auth.events';
import type { ConfirmSigningOfficialInput, LoginInput, SetUserActiveInput } from './auth.inputs';
import { knownDeviceOf, rememberDevice } from './known-device';
import { releaseLoginAttempt, reserveLoginAttempt } from './login-attempts';
import type { LoginLimits } from '../../shared/context';
import { Session } from './session.entity';
import { hashSessionToken, newSessionToken } from './session-token';
import type { SessionCache } from '../../shared/session-cache';
import { db, runQuery } from '../../shared/typed-sql';

export interface LoginResult {
  token: string;
  user: User;
  expiresAt: Date;
  /** The known-device token for the browser's cookie. */
  device: { token: string; expiresAt: Date };
}

export interface LiveSession {
  viewer: Viewer;
  expiresAt: Date;
}

/** What `changeAccount`'s step did: the audit action, whether the user's sessions must end, what to record. */
export interface AccountChange {
  action: string;
  endSessions: boolean;
  details?: Record<string, unknown>;
}

export interface LoginClient {
  ip: string;
  userAgent: string;
  /** The known-device cookie the browser sent, if any. */
  deviceToken: string | null;
}

export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly bus: EventBus,
    private readonly sessions: SessionCache,
    /** Decides which of a viewer's delegations are in force (never trusted past their end). */
    private readonly clock: Clock = wallClock,
  ) {}

  /**
   * Signs in. The attempt is judged and counted by the login throttle before the password is
   * checked (login-attempts.ts), and given back when the password is right.
   */
  async login(input: LoginInput, client: LoginClient, ttlMs: number, limits: LoginLimits): Promise<LoginResult> {
    const check = new InputChecker();
    const username = check.text('username', input.username?.toLowerCase(), { required: true, max: 64 });
    if (!input.password) check.add('password', 'REQUIRED', message('field.required'));
    else if (input.password.length > 128) check.add('password', 'TOO_LONG', message('field.tooLong', { max: 128 }));
    check.assertValid();

    const deviceHash = await knownDeviceOf(this.em, client.deviceToken, username);
    const reservation = await reserveLoginAttempt(
      this.em,
      { username, address: client.ip, knownDevice: deviceHash },
      limits,
    );
    const user = await this.em.findOne(User, { username, active: true }, { populate: ['passwordHash'] });
    if (!(await verifyPassword(user?.passwordHash ?? null, input.password)) || !user) {
      await recordAudit(this.em, {
        actorUserId: null,
        actorAgencyId: null,
        action: 'AUTH.LOGIN_FAILED',
        subjectType: 'USER',
        subjectId: username,
        details: { ip: client.ip },
      });
      throw unauthenticated(message('auth.wrongCredentials'));
    }
    await releaseLoginAttempt(this.em, reservation);

    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + ttlMs);
    const session = new Session({
      tokenHash: hashSessionToken(token),
      user,
      expiresAt,
      ip: client.ip,
      userAgent: client.userAgent,
    });
    this.em.persist(session);
    const device = await rememberDevice(
      this.em,
      user,
      deviceHash ? { token: client.deviceToken!, hash: deviceHash } : null,
    );
    await flushAudited(this.em, () => ({
      actorUserId: user.id,
      actorAgencyId: user.agency.id,
      action: 'AUTH.LOGIN',
      subjectType: 'SESSION',
      subjectId: session.id,
      details: { ip: client.ip, userAgent: client.userAgent.slice(0, 200), knownDevice: deviceHash !== null },
    }));
    return { token, user, expiresAt, device };
  }

  /** Revokes the caller's session everywhere, including its open WebSocket connections. */
  async logout(viewer: Viewer): Promise<void> {
    await this.em.transactional(async (tx) => {
      await tx.nativeUpdate(Session, { id: viewer.sessionId, revokedAt: null }, { revokedAt: new Date() });
      await appendAudit(tx, {
        actorUserId: viewer.userId,
        actorAgencyId: viewer.agencyId,
        action: 'AUTH.LOGOUT',
        subjectType: 'SESSION',
        subjectId: viewer.sessionId,
      });
    });
    await this.announceRevoked([viewer.sessionId]);
  }

  /** Ends every session of the caller (all devices), closing their WebSockets. */
  async logoutEverywhere(viewer: Viewer): Promise<number> {
    const ended = await this.em.transactional(async (tx) => {
      const ids = await endSessions(tx, viewer.userId);
      await appendAudit(tx, {
        actorUserId: viewer.userId,
        actorAgencyId: viewer.agencyId,
        action: 'AUTH.LOGOUT_EVERYWHERE',
        subjectType: 'USER',
        subjectId: viewer.userId,
        details: { sessions: ids.length },
      });
      return ids;
    });
    await this.announceRevoked(ended);
    return ended.length;
  }

  /** ADMIN: disables or re-enables an account; disabling ends its sessions and sockets at once. */
  async setUserActive(viewer: Viewer, input: SetUserActiveInput): Promise<User> {
    if (!userPolicy.canManage(viewer)) throw forbidden();
    if (input.userId === viewer.userId && !input.active) {
      throw invalidInput([fieldError('userId', 'NOT_ALLOWED', message('auth.cannotLockSelf'))]);
    }
    return this.changeAccount(viewer, input.userId, (user) => {
      user.active = input.active;
      return { action: input.active ? 'USER.ENABLED' : 'USER.DISABLED', endSessions: !input.active };
    });
  }

  /**
   * A Committee LEAD confirms a new one (a second person besides the ADMIN who created them).
   * Their sessions end, so they sign in again with the power to decide and sign.
   */
  async confirmSigningOfficial(viewer: Viewer, input: ConfirmSigningOfficialInput): Promise<User> {
    if (!userPolicy.canConfirmSigning(viewer)) throw forbidden(message('auth.onlyConfirmedLeadConfirms'));
    return this.changeAccount(viewer, input.userId, (user) => {
      if (!user.awaitingConfirmation)
        throw invalidInput([fieldError('userId', 'NOT_ALLOWED', message('auth.notAwaitingConfirmation'))]);
      if (user.id === viewer.userId) throw forbidden(message('auth.cannotConfirmSelf'));
      user.awaitingConfirmation = false;
      return { action: 'USER.SIGNING_CONFIRMED', endSessions: true };
    });
  }

  /**
   * One change to an account in one transaction: load it, apply, end its sessions when asked
   * (what they remember of the user would be stale), audit; then close their sockets everywhere.
   */
  async changeAccount(
    viewer: Viewer,
    userId: string,
    apply: (user: User, tx: EntityManager) => AccountChange,
  ): Promise<User> {
    const ended = await this.em.transactional(async (tx) => {
      const user = isId(userId) ? await tx.findOne(User, userId) : null;
      if (!user) throw notFound('user');
      const change = apply(user, tx);
      await tx.flush();
      const ids = change.endSessions ? await endSessions(tx, user.id) : [];
      await appendAudit(tx, {
        actorUserId: viewer.userId,
        actorAgencyId: viewer.agencyId,
        action: change.action,
        subjectType: 'USER',
        subjectId: user.id,
        details: { ...change.details, username: user.username, sessionsEnded: ids.length },
      });
      return ids;
    });
    await this.announceRevoked(ended);
    return this.em.findOneOrFail(User, userId, { refresh: true });
  }

  /** This process stops trusting these sessions now; every process closes their sockets. */
  async announceRevoked(sessionIds: string[]): Promise<void> {
    this.sessions.forget(sessionIds);
    for (const sessionId of sessionIds) await this.bus.publish(SESSION_REVOKED, { sessionId });
  }

  /**
   * Who is asking: from the session cache, else one indexed query for the live session with its
   * user's agency and role (then remembered until it ends or the cache's bound passes).
   */
  async viewerForToken(token: string | null): Promise<Viewer | null> {
    if (!token) return null;
    const remembered = this.sessions.get(hashSessionToken(token));
    return remembered ? this.inForce(remembered) : ((await this.liveSession(token))?.viewer ?? null);
  }

  /**
   * The viewer with only the delegations in force now, by the clock: the cache remembers every one
   * not yet ended, so one that starts later begins, and one that ends stops, without a sweep.
   */
  private inForce(viewer: Viewer): Viewer {
    if (!viewer.delegations?.length) return viewer;
    return { ...viewer, delegations: delegationsInForce(viewer.delegations, provinceDate(this.clock())) };
  }

  /**
   * The session behind `token` as the database has it now (not as remembered), with its expiry:
   * a WebSocket asks at connect and at every subscribe, so a session ended any way stops there.
   */
  async liveSession(token: string | null): Promise<LiveSession | null> {
    if (!token) return null;
    const tokenHash = hashSessionToken(token);
    const today = provinceDate(this.clock());
    const rows = await runQuery(
      this.em,
      db
        .selectFrom('sessions as s')
        .innerJoin('users as u', 'u.id', 's.user_id')
        .innerJoin('agencies as a', 'a.id', 'u.agency_id')
        .select(['s.id as session_id', 'u.id as user_id', 'u.agency_id', 'u.title'])
        // the delegations received, in the same statement (see delegations/delegation.queries.ts)
        .select(heldDelegationsOf(sql.ref('u.id'), sql.ref('u.agency_id'), today).as('delegations'))
        // a Committee LEAD awaiting confirmation acts as STAFF (as User.actingRole says in memory)
        .select([
          sql<Role>`case when u.awaiting_confirmation then 'STAFF' else u.role end`.as('role'),
          sql<boolean>`a.kind = 'PEOPLES_COMMITTEE'`.as('in_committee'),
          's.expires_at',
          'u.must_change_password',
        ])
        .select(actedForOfUser.as('acted_for'))
        .where('s.token_hash', '=', tokenHash)
        .where('s.revoked_at', 'is', null)
        .where(sql<SqlBool>`s.expires_at > now()`)
        .where(sql<SqlBool>`u.active`),
    );
    const row = rows[0];
    if (!row) return null;
    const viewer: Viewer = {
      sessionId: row.session_id,
      userId: row.user_id,
      agencyId: row.agency_id,
      role: row.role,
      inCommittee: row.in_committee,
      actedFor: row.acted_for,
      ...(row.must_change_password ? { mustChangePassword: true } : {}),
      ...(row.delegations.length > 0 ? { delegations: toHeldDelegations(row.delegations, row.title) } : {}),
    };
    const expiresAt = new Date(row.expires_at);
    this.sessions.remember(tokenHash, viewer, expiresAt);
    return { viewer: this.inForce(viewer), expiresAt };
  }
}

/**
 * The agencies a session's user acts for (`Viewer.actedFor`), in the session's own statement: own
 * agency first; a LEAD (by acting role) adds every unit below it, nearest first, walked by a
 * recursive CTE (bounded in depth, so even a cycle written behind the application's back ends).
 */
const actedForOfUser = sql<string[]>`case when u.role = 'LEAD' and not u.awaiting_confirmation
  then array[u.agency_id] || array(
    with recursive units(id, depth) as (
      select c.id, 1 from agencies c where c.parent_id = u.agency_id
      union all select c.id, units.depth + 1 from agencies c join units on c.parent_id = units.id where units.depth < 16)
    select id from units where id <> u.agency_id group by id order by min(depth), id)
  else array[u.agency_id] end`;

/** Revokes a user's live sessions inside the caller's transaction; returns their ids. */
export async function endSessions(tx: EntityManager, userId: string): Promise<string[]> {
  const rows = await runQuery(
    tx,
    db
      .updateTable('sessions')
      .set({ revoked_at: sql<string>`now()` })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .returning('id'),
  );
  return rows.map((row) => row.id);
}
