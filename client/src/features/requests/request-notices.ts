import type { ErrorCode } from '../../kit/errors';
import type { MessageKey } from '../../kit/messages/vi';
import type { ActionNotice } from '../../kit/ui/ActionBar';
import type { ActionOutcome } from '../../kit/useRecordAction';
import type { PageAction } from './useRequestActions';

const STALE_MESSAGES: Partial<Record<ErrorCode, MessageKey>> = {
  CONFLICT: 'request.conflict',
  INVALID_TRANSITION: 'request.invalidTransition',
};

/** What to tell the user after an action; field errors stay with their inputs instead. */
export function noticeFor(action: PageAction, outcome: ActionOutcome): ActionNotice<PageAction> | undefined {
  if (outcome.ok) return { tone: 'done', action };
  if (outcome.code === 'BAD_USER_INPUT' && Object.keys(outcome.fields).length > 0) return undefined;
  return { tone: 'error', message: STALE_MESSAGES[outcome.code] ?? `error.${outcome.code}` };
}
