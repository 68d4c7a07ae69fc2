import { Power } from '../../shared/powers';

/**
 * The task workflow as data: who may do what from which status. The service, `allowedActions`
 * and the tests all read this table.
 */
export enum TaskStatus {
  /** Assigned and not finished: the owner reports progress. */
  OPEN = 'OPEN',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  /** Unfinished when its quarter closed: a successor task carries it in the next quarter. */
  CARRIED_OVER = 'CARRIED_OVER',
}

export enum TaskAction {
  REPORT_PROGRESS = 'REPORT_PROGRESS',
  COMPLETE = 'COMPLETE',
  REOPEN = 'REOPEN',
  CANCEL = 'CANCEL',
  CARRY_OVER = 'CARRY_OVER',
  LINK = 'LINK',
}

export enum TaskRelation {
  /** A member of the agency the task is assigned to. */
  OWNER = 'OWNER',
  /** A member of the People's Committee, which assigns and oversees tasks. */
  COMMITTEE = 'COMMITTEE',
}

export interface TaskRule {
  from: readonly TaskStatus[];
  by: readonly TaskRelation[];
  to: TaskStatus | 'UNCHANGED';
  /** The acting user must be a LEAD (or hold `power` by delegation). */
  needsLead?: boolean;
  /** The delegable power the action belongs to: it admits a delegate and is recorded under the delegation. */
  power?: Power;
}

const S = TaskStatus;
const R = TaskRelation;

export const TASK_RULES: Readonly<Record<TaskAction, TaskRule>> = {
  // Any member of the owning agency reports how far it is; the Committee can see but not report.
  [TaskAction.REPORT_PROGRESS]: { from: [S.OPEN], by: [R.OWNER], to: 'UNCHANGED' },
  // Declaring a task done commits the agency: its leader does it.
  [TaskAction.COMPLETE]: { from: [S.OPEN], by: [R.OWNER], to: S.COMPLETED, needsLead: true, power: Power.CLOSE },
  [TaskAction.REOPEN]: { from: [S.COMPLETED], by: [R.COMMITTEE], to: S.OPEN, needsLead: true },
  [TaskAction.CANCEL]: { from: [S.OPEN], by: [R.COMMITTEE], to: S.CANCELLED, needsLead: true },
  [TaskAction.CARRY_OVER]: { from: [S.OPEN], by: [R.COMMITTEE], to: S.CARRIED_OVER, needsLead: true },
  // Linking requests that bear on the task: the owner or the Committee, while it is live.
  [TaskAction.LINK]: { from: [S.OPEN, S.COMPLETED], by: [R.OWNER, R.COMMITTEE], to: 'UNCHANGED' },
};

export interface TaskActor {
  relations: ReadonlySet<TaskRelation>;
  isLead: boolean;
  /** The delegable powers the actor holds, by role or delegation (shared/powers.ts `powersOf`). */
  powers?: ReadonlySet<Power>;
}

export type TaskVerdict = { ok: true } | { ok: false; reason: 'STATUS' | 'RELATION' | 'ROLE' };

export function judgeTask(action: TaskAction, status: TaskStatus, actor: TaskActor): TaskVerdict {
  const rule = TASK_RULES[action];
  if (!rule.by.some((relation) => actor.relations.has(relation))) return { ok: false, reason: 'RELATION' };
  if (!rule.from.includes(status)) return { ok: false, reason: 'STATUS' };
  // a delegable act asks the power (own role or delegation); facts without powers know only the role
  const leads = rule.power && actor.powers ? actor.powers.has(rule.power) : actor.isLead;
  if (rule.needsLead && !leads) return { ok: false, reason: 'ROLE' };
  return { ok: true };
}

export function allowedTaskActions(status: TaskStatus, actor: TaskActor): TaskAction[] {
  return (Object.keys(TASK_RULES) as TaskAction[]).filter((action) => judgeTask(action, status, actor).ok);
}

export function nextTaskStatus(action: TaskAction, status: TaskStatus): TaskStatus {
  const { to } = TASK_RULES[action];
  return to === 'UNCHANGED' ? status : to;
}
