import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fieldError, forbidden, invalidInput } from '../../shared/errors';
import { message } from '../../shared/messages';
import { isId } from '../../shared/ids';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../../shared/pagination';
import { folded, likePattern } from '../../shared/search';
import { InputChecker } from '../../shared/validation';
import type { Viewer } from '../../shared/viewer';
import { flushAudited } from '../audit';
import { idempotentCall, once, takeKey, type IdempotentCall } from '../idempotency';
import { Agency } from '../agencies';
import { User } from './user.entity';
import type { CreateUserInput, UserFilter } from './user.inputs';
import { newOneTimePassword } from './one-time-password';
import { passwordProblem } from './password-policy';
import { hashPassword } from './user-password';
import { userPolicy } from './user.policy';

const USERNAME_FORMAT = /^[a-z0-9][a-z0-9._-]*$/;
const usernameTaken = () => invalidInput([fieldError('username', 'TAKEN', message('user.usernameTaken'))]);

export class UserService {
  constructor(private readonly em: EntityManager) {}

  /**
   * ADMIN's list of accounts: keyset pages ordered by username (unique), so a deep page costs
   * what the first does; search folds diacritics on both sides ("nguyen" finds "Nguyễn").
   */
  async list(viewer: Viewer | null, filter: UserFilter | null | undefined, first: number, after?: string | null) {
    if (!userPolicy.canManage(viewer)) throw forbidden();
    const limit = pageSize(first);
    const qb = this.em
      .createQueryBuilder(User, 'u')
      .select('*')
      .orderBy({ username: 'asc' })
      .limit(limit + 1);
    if (after) qb.andWhere({ username: { $gt: String(decodeCursor(after, 1)[0]) } });
    if (filter?.agencyId != null) {
      if (!isId(filter.agencyId)) return toPage<User>([], limit, () => '');
      qb.andWhere({ agency: filter.agencyId });
    }
    if (filter?.role) qb.andWhere({ role: filter.role });
    if (filter?.active != null) qb.andWhere({ active: filter.active });
    const search = filter?.search?.trim();
    if (search) {
      const pattern = likePattern(search);
      qb.andWhere(`(${folded('u.full_name')} like ${folded('?')} or u.username like lower(?))`, [pattern, pattern]);
    }
    const rows: User[] = await qb.getResult();
    const page: Page<User> = toPage(rows, limit, (row) => encodeCursor([row.username]));
    return page;
  }

  /** New Committee leads a confirmed Committee lead may confirm (never themselves), oldest first. */
  async awaitingConfirmation(viewer: Viewer): Promise<User[]> {
    if (!userPolicy.canConfirmSigning(viewer)) throw forbidden();
    return this.em.find(
      User,
      { awaitingConfirmation: true, active: true, id: { $ne: viewer.userId } },
      { orderBy: { createdAt: 'asc', id: 'asc' }, limit: 100 },
    );
  }

  /**
   * Without a password (the administration's way) the account gets a one-time password, returned
   * here once and never again (a retry with the same idempotency key returns the user without it).
   */
  async create(viewer: Viewer | null, input: CreateUserInput): Promise<{ user: User; oneTimePassword: string | null }> {
    if (!userPolicy.canManage(viewer)) throw forbidden();
    const call = idempotentCall(viewer!, 'createUser', input, ['password']);
    const oneTimePassword = input.password == null ? newOneTimePassword() : null;
    let created = false;
    const id = await once(this.em, call, async () => {
      created = true;
      return (await this.createOnce(viewer, input, oneTimePassword, call)).id;
    });
    return { user: await this.em.findOneOrFail(User, id), oneTimePassword: created ? oneTimePassword : null };
  }

  private async createOnce(
    viewer: Viewer | null,
    input: CreateUserInput,
    oneTimePassword: string | null,
    call: IdempotentCall | null,
  ): Promise<User> {
    const check = new InputChecker();
    const username = check.text('username', input.username?.toLowerCase(), {
      required: true,
      min: 3,
      max: 64,
      pattern: USERNAME_FORMAT,
    });
    const fullName = check.text('fullName', input.fullName, { required: true, max: 255 });
    const title = check.text('title', input.title, { required: true, max: 255 });
    const weak = oneTimePassword ? null : passwordProblem(input.password, username, [fullName]);
    if (weak) check.addProblem(weak);
    const agency = isId(input.agencyId) ? await this.em.findOne(Agency, input.agencyId) : null;
    if (!agency) check.add('agencyId', 'NOT_FOUND', message('user.agencyNotFound'));
    if (username && (await this.em.count(User, { username })) > 0)
      check.add('username', 'TAKEN', message('user.usernameTaken'));
    check.assertValid();

    const user = new User({
      username,
      fullName,
      title,
      role: input.role,
      agency: agency!,
      passwordHash: await hashPassword(oneTimePassword ?? input.password!),
    });
    user.mustChangePassword = oneTimePassword !== null;
    user.awaitingConfirmation = userPolicy.awaitsConfirmation(input.role, agency!.kind);
    this.em.persist(user);
    try {
      await flushAudited(
        this.em,
        () => ({
          actorUserId: viewer?.userId ?? null,
          actorAgencyId: viewer?.agencyId ?? null,
          action: 'USER.CREATED',
          subjectType: 'USER',
          subjectId: user.id,
          details: {
            username,
            fullName,
            role: input.role,
            agencyId: agency!.id,
            awaitingConfirmation: user.awaitingConfirmation,
            oneTimePassword: oneTimePassword !== null,
          },
        }),
        () => takeKey(this.em, call, user.id),
      );
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw usernameTaken();
      throw error;
    }
    return user;
  }
}
