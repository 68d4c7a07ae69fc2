import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fieldError, forbidden, invalidInput } from '../../shared/errors';
import { message } from '../../shared/messages';
import { isId } from '../../shared/ids';
import { InputChecker } from '../../shared/validation';
import type { Viewer } from '../../shared/viewer';
import { flushAudited } from '../audit';
import { idempotentCall, once, takeKey, type IdempotentCall } from '../idempotency';
import { Agency } from '../agencies';
import { User } from './user.entity';
import type { CreateUserInput } from './user.inputs';
import { passwordProblem } from './password-policy';
import { hashPassword } from './user-password';
import { userPolicy } from './user.policy';

const USERNAME_FORMAT = /^[a-z0-9][a-z0-9._-]*$/;
const usernameTaken = () => invalidInput([fieldError('username', 'TAKEN', message('user.usernameTaken'))]);

export class UserService {
  constructor(private readonly em: EntityManager) {}

  async create(viewer: Viewer | null, input: CreateUserInput): Promise<User> {
    if (!userPolicy.canManage(viewer)) throw forbidden();
    const call = idempotentCall(viewer!, 'createUser', input, ['password']);
    const id = await once(this.em, call, async () => (await this.createOnce(viewer, input, call)).id);
    return this.em.findOneOrFail(User, id);
  }

  private async createOnce(viewer: Viewer | null, input: CreateUserInput, call: IdempotentCall | null): Promise<User> {
    const check = new InputChecker();
    const username = check.text('username', input.username?.toLowerCase(), {
      required: true,
      min: 3,
      max: 64,
      pattern: USERNAME_FORMAT,
    });
    const fullName = check.text('fullName', input.fullName, { required: true, max: 255 });
    const title = check.text('title', input.title, { required: true, max: 255 });
    const weak = passwordProblem(input.password, username, [fullName]);
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
      passwordHash: await hashPassword(input.password),
    });
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
