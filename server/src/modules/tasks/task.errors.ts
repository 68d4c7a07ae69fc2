import { DomainError, ErrorCode, forbidden } from '../../shared/errors';
import { message } from '../../shared/messages';
import type { TaskAction, TaskVerdict } from './task-status';

/** Why the workflow table said no, as the coded error the API returns (the verb is `taskAction.<action>` in the catalog). */
export function taskRefusal(action: TaskAction, verdict: Exclude<TaskVerdict, { ok: true }>): DomainError {
  if (verdict.reason === 'STATUS')
    return new DomainError(ErrorCode.INVALID_TRANSITION, message('task.refused.status', { action }));
  if (verdict.reason === 'ROLE') return forbidden(message('task.refused.role', { action }));
  return forbidden(message('task.refused.relation', { action }));
}
