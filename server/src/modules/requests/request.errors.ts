import { DomainError, ErrorCode, forbidden } from '../../shared/errors';
import { message } from '../../shared/messages';
import type { RequestAction, RequestStatus, Verdict } from './request-status';

/**
 * Maps a refusal from the workflow table to the API error a client can branch on (the action's
 * verb is `requestAction.<action>` in the message catalog).
 */
export function refusal(
  action: RequestAction,
  status: RequestStatus,
  verdict: Exclude<Verdict, { ok: true }>,
): DomainError {
  switch (verdict.reason) {
    case 'RELATION':
      return forbidden(message('request.refused.relation', { action }));
    case 'ROLE':
      return forbidden(message('request.refused.role', { action }));
    case 'STATUS':
    case 'PARTICIPANT_STATE':
      return new DomainError(ErrorCode.INVALID_TRANSITION, message('request.refused.status', { action, status }));
  }
}
