import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, fieldError, forbidden, invalidInput } from '../../shared/errors';
import type { EventBus } from '../../shared/event-bus';
import type { LoginLimits } from '../../shared/context';
import { isId } from '../../shared/ids';
import { message } from '../../shared/messages';
import type { SessionCache } from '../../shared/session-cache';
import { InputChecker } from '../../shared/validation';
import type { Viewer } from '../../shared/viewer';
import { Agency } from '../agencies';
import { appendAudit, recordAudit } from '../audit';
import { hashPassword, newOneTimePassword, passwordProblem, User, userPolicy, verifyPassword } from '../users';
import type { ChangePasswordInput, ResetPasswordInput } from './auth.inputs';
import type { UpdateUserInput } from '../users';
import { AuthService, endSessions, type LoginClient } from './auth.service';
import { releaseLoginAttempt, reserveLoginAttempt } from './login-attempts';
import { Session } from './session.entity';
import { hashSessionToken, newSessionToken } from './session-token';

export interface PasswordChanged {
  token: string;
  user: User;
  expiresAt: Date;
}

/**
 * What an ADMIN changes on an account (title, role, agency; a password reset) and the official's
 * own password change. Every change goes through `AuthService.changeAccount`: one transaction,
 * audited, and the user's sessions end whenever what a session remembers (role, agency, the
 * must-change flag) would no longer be true.
 */
export class AccountService {
  private readonly auth: AuthService;

  constructor(
    private readonly em: EntityManager,
    bus: EventBus,
    sessions: SessionCache,
  ) {
    this.auth = new AuthService(em, bus, sessions);
  }

  async updateUser(viewer: Viewer, input: UpdateUserInput): Promise<User> {
    if (!userPolicy.canManage(viewer)) throw forbidden();
    const check = new InputChecker();
    const title = check.text('title', input.title, { required: true, max: 255 });
    const agency = isId(input.agencyId) ? await this.em.findOne(Agency, input.agencyId) : null;
    if (!agency) check.add('agencyId', 'NOT_FOUND', message('user.agencyNotFound'));
    check.assertValid();
    return this.withConflicts(() =>
      this.auth.changeAccount(viewer, input.id, (user, tx) => {
        if (user.version !== input.version) throw conflict();
        const before = { title: user.title, role: user.role, agencyId: user.agency.id };
        const moving = input.role !== user.role || agency!.id !== user.agency.id;
        // an ADMIN who demoted or moved themselves would lose the administration mid-session
        if (moving && user.id === viewer.userId)
          throw invalidInput([fieldError('role', 'NOT_ALLOWED', message('user.cannotMoveSelf'))]);
        const awaits = userPolicy.awaitsConfirmation(input.role, agency!.kind);
        const moved = user.reassign(title, input.role, tx.getReference(Agency, agency!.id), awaits);
        return {
          action: 'USER.UPDATED',
          endSessions: moved,
          details: {
            before,
            after: { title, role: input.role, agencyId: agency!.id },
            awaitingConfirmation: user.awaitingConfirmation,
          },
        };
      }),
    );
  }

  /** A new one-time password, returned once; the user's sessions end and the next sign-in must change it. */
  async resetPassword(viewer: Viewer, input: ResetPasswordInput): Promise<{ user: User; oneTimePassword: string }> {
    if (!userPolicy.canManage(viewer)) throw forbidden();
    if (input.userId === viewer.userId)
      throw invalidInput([fieldError('userId', 'NOT_ALLOWED', message('user.cannotResetSelf'))]);
    const oneTimePassword = newOneTimePassword();
    const passwordHash = await hashPassword(oneTimePassword);
    const user = await this.auth.changeAccount(viewer, input.userId, (account) => {
      account.setPassword(passwordHash, true);
      return { action: 'USER.PASSWORD_RESET', endSessions: true };
    });
    return { user, oneTimePassword };
  }

  /**
   * The official's own new password, after the current one. A wrong current password counts as a
   * failed sign-in (the same throttle), so a session left open cannot be used to guess it. Every
   * session of the user ends (the others were opened with the old password, and a restricted one
   * must not stay restricted in any process's memory) and this client gets a new one.
   */
  async changePassword(
    viewer: Viewer,
    input: ChangePasswordInput,
    client: LoginClient,
    ttlMs: number,
    limits: LoginLimits,
  ): Promise<PasswordChanged> {
    const user = await this.em.findOneOrFail(User, viewer.userId, { populate: ['passwordHash'] });
    const check = new InputChecker();
    if (!input.currentPassword) check.add('currentPassword', 'REQUIRED', message('field.required'));
    const weak = passwordProblem(input.newPassword, user.username, [user.fullName]);
    if (weak) check.addProblem({ ...weak, field: 'newPassword' });
    else if (input.newPassword === input.currentPassword)
      check.add('newPassword', 'NOT_ALLOWED', message('password.sameAsCurrent'));
    check.assertValid();

    const reservation = await reserveLoginAttempt(
      this.em,
      { username: user.username, address: client.ip, knownDevice: null },
      limits,
    );
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      await recordAudit(this.em, {
        actorUserId: viewer.userId,
        actorAgencyId: viewer.agencyId,
        action: 'AUTH.PASSWORD_CHANGE_FAILED',
        subjectType: 'USER',
        subjectId: viewer.userId,
        details: { ip: client.ip },
      });
      throw invalidInput([fieldError('currentPassword', 'NOT_ALLOWED', message('auth.wrongCurrentPassword'))]);
    }
    await releaseLoginAttempt(this.em, reservation);

    const passwordHash = await hashPassword(input.newPassword);
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + ttlMs);
    const ended = await this.em.transactional(async (tx) => {
      const account = await tx.findOneOrFail(User, viewer.userId);
      account.setPassword(passwordHash, false);
      await tx.flush();
      const ids = await endSessions(tx, account.id);
      const session = new Session({
        tokenHash: hashSessionToken(token),
        user: account,
        expiresAt,
        ip: client.ip,
        userAgent: client.userAgent,
      });
      tx.persist(session);
      await tx.flush();
      await appendAudit(tx, {
        actorUserId: viewer.userId,
        actorAgencyId: viewer.agencyId,
        action: 'USER.PASSWORD_CHANGED',
        subjectType: 'USER',
        subjectId: account.id,
        details: { sessionsEnded: ids.length, wasOneTime: viewer.mustChangePassword === true },
      });
      return ids;
    });
    await this.auth.announceRevoked(ended);
    return { token, user: await this.em.findOneOrFail(User, viewer.userId, { refresh: true }), expiresAt };
  }

  /** Two admins saving the same account at once: the second gets CONFLICT, not an internal error. */
  private async withConflicts<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof OptimisticLockError) throw conflict();
      throw error;
    }
  }
}
