import type { MiddlewareFn } from 'type-graphql';
import { DomainError, ErrorCode } from '../../shared/errors';
import type { GraphQLContext } from '../../shared/context';
import { message } from '../../shared/messages';

/**
 * What a session whose password an ADMIN set may still do: see who it is, change it, or leave.
 * `login` too: it opens a new session (someone else at the same browser) and uses none of this one.
 */
const ALLOWED_BEFORE_CHANGE: ReadonlySet<string> = new Set(['me', 'changePassword', 'logout', 'login']);

export const passwordChangeRequired = () =>
  new DomainError(ErrorCode.PASSWORD_CHANGE_REQUIRED, message('auth.passwordChangeRequired'));

/** Whether a root field may run for this viewer (the WebSocket asks it too, for subscriptions). */
export const allowedBeforePasswordChange = (viewer: GraphQLContext['viewer'], rootField: string): boolean =>
  !viewer?.mustChangePassword || ALLOWED_BEFORE_CHANGE.has(rootField);

/**
 * A global middleware, checked at every root field of every operation on both transports: a
 * session with a one-time password is refused everything but `me`, `changePassword` and
 * `logout`, with PASSWORD_CHANGE_REQUIRED (the client routes to its change-password page).
 */
export const requirePasswordChanged: MiddlewareFn<GraphQLContext> = ({ context, info }, next) => {
  if (info.path.prev === undefined && !allowedBeforePasswordChange(context.viewer, info.fieldName))
    throw passwordChangeRequired();
  return next();
};
