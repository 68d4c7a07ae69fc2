import { Power } from '../../shared/powers';

/**
 * The coordination-request workflow as data. Every rule about who may do what, from which
 * status, lives here; services and `allowedActions` both read this table, so the client never
 * re-implements it.
 */
export enum RequestStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  IN_PROGRESS = 'IN_PROGRESS',
  RESPONDED = 'RESPONDED',
  CLOSED = 'CLOSED',
  WITHDRAWN = 'WITHDRAWN',
  DECLINED = 'DECLINED',
  ESCALATED = 'ESCALATED',
}

export enum ParticipantState {
  PENDING = 'PENDING',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  RESPONDED = 'RESPONDED',
  DECLINED = 'DECLINED',
}

export enum RequestAction {
  UPDATE_DRAFT = 'UPDATE_DRAFT',
  SUBMIT = 'SUBMIT',
  ACKNOWLEDGE = 'ACKNOWLEDGE',
  ASSIGN = 'ASSIGN',
  RESPOND = 'RESPOND',
  DECLINE = 'DECLINE',
  CLOSE = 'CLOSE',
  REOPEN = 'REOPEN',
  WITHDRAW = 'WITHDRAW',
  ESCALATE = 'ESCALATE',
  RESOLVE_ESCALATION = 'RESOLVE_ESCALATION',
  COMMENT = 'COMMENT',
  ATTACH = 'ATTACH',
}

/** How the acting user relates to the request. One user may hold several relations. */
export enum Relation {
  /** A member of the requesting agency. */
  REQUESTER = 'REQUESTER',
  /** A member of the lead (chủ trì) agency. */
  LEAD_AGENCY = 'LEAD_AGENCY',
  /** A member of a supporting (phối hợp) agency. */
  SUPPORTING_AGENCY = 'SUPPORTING_AGENCY',
  /** A member of the People's Committee. */
  COMMITTEE = 'COMMITTEE',
  /** The scheduler (automatic escalation). */
  SYSTEM = 'SYSTEM',
}

/** What an action does to the request's status: a fixed target, or "stays", or decided by the participant step. */
type StatusEffect = RequestStatus | 'UNCHANGED' | 'BY_PARTICIPANT';

export interface ActionRule {
  from: readonly RequestStatus[];
  by: readonly Relation[];
  effect: StatusEffect;
  /** The acting user must be a LEAD (lãnh đạo) of the agency acting (or hold `power` by delegation). */
  needsLead?: boolean;
  /** The delegable power the action belongs to: it admits a delegate and is recorded under the delegation. */
  power?: Power;
  /** For participant actions: the acting agency's own state must be one of these. */
  participantFrom?: readonly ParticipantState[];
  /** For participant actions: the agency's state afterwards. */
  participantTo?: ParticipantState;
}

const S = RequestStatus;
const P = ParticipantState;
const R = Relation;

/** Open statuses: the addressed agencies are expected to act. */
export const OPEN_STATUSES: readonly RequestStatus[] = [S.SUBMITTED, S.IN_PROGRESS, S.ESCALATED, S.DECLINED];
const ACTIVE: readonly RequestStatus[] = [S.SUBMITTED, S.IN_PROGRESS, S.ESCALATED];
const PARTICIPANTS = [R.LEAD_AGENCY, R.SUPPORTING_AGENCY] as const;

export const REQUEST_RULES: Readonly<Record<RequestAction, ActionRule>> = {
  [RequestAction.UPDATE_DRAFT]: { from: [S.DRAFT], by: [R.REQUESTER], effect: 'UNCHANGED' },
  [RequestAction.SUBMIT]: { from: [S.DRAFT], by: [R.REQUESTER], effect: S.SUBMITTED },
  // Each addressed agency keeps its own state: once the lead has answered (RESPONDED), a supporter
  // that has not may still acknowledge, answer or decline; only the lead's steps move the request.
  [RequestAction.ACKNOWLEDGE]: {
    from: [...ACTIVE, S.RESPONDED],
    by: PARTICIPANTS,
    effect: 'BY_PARTICIPANT',
    power: Power.ACKNOWLEDGE,
    participantFrom: [P.PENDING],
    participantTo: P.ACKNOWLEDGED,
  },
  [RequestAction.ASSIGN]: {
    from: [...ACTIVE, S.RESPONDED],
    by: PARTICIPANTS,
    effect: 'UNCHANGED',
    participantFrom: [P.PENDING, P.ACKNOWLEDGED],
    participantTo: P.ACKNOWLEDGED,
  },
  [RequestAction.RESPOND]: {
    from: [...ACTIVE, S.RESPONDED],
    by: PARTICIPANTS,
    effect: 'BY_PARTICIPANT',
    power: Power.ACKNOWLEDGE,
    participantFrom: [P.PENDING, P.ACKNOWLEDGED],
    participantTo: P.RESPONDED,
  },
  [RequestAction.DECLINE]: {
    from: [...ACTIVE, S.RESPONDED],
    by: PARTICIPANTS,
    effect: 'BY_PARTICIPANT',
    needsLead: true,
    power: Power.ACKNOWLEDGE,
    participantFrom: [P.PENDING, P.ACKNOWLEDGED],
    participantTo: P.DECLINED,
  },
  [RequestAction.CLOSE]: {
    from: [S.RESPONDED, S.DECLINED],
    by: [R.REQUESTER],
    effect: S.CLOSED,
    needsLead: true,
    power: Power.CLOSE,
  },
  [RequestAction.REOPEN]: { from: [S.RESPONDED], by: [R.REQUESTER], effect: S.IN_PROGRESS },
  [RequestAction.WITHDRAW]: { from: [S.DRAFT, ...OPEN_STATUSES], by: [R.REQUESTER], effect: S.WITHDRAWN },
  [RequestAction.ESCALATE]: {
    from: [S.SUBMITTED, S.IN_PROGRESS, S.DECLINED],
    by: [R.REQUESTER, R.SYSTEM],
    effect: S.ESCALATED,
  },
  [RequestAction.RESOLVE_ESCALATION]: {
    from: [S.ESCALATED],
    by: [R.COMMITTEE],
    effect: S.IN_PROGRESS,
    needsLead: true,
    power: Power.DECIDE,
  },
  [RequestAction.COMMENT]: {
    from: [S.SUBMITTED, S.IN_PROGRESS, S.RESPONDED, S.DECLINED, S.ESCALATED, S.CLOSED],
    by: [R.REQUESTER, ...PARTICIPANTS, R.COMMITTEE],
    effect: 'UNCHANGED',
  },
  // Drafts are readable by the requester only, so only the requester can attach to a draft.
  [RequestAction.ATTACH]: {
    from: [S.DRAFT, S.SUBMITTED, S.IN_PROGRESS, S.RESPONDED, S.DECLINED, S.ESCALATED],
    by: [R.REQUESTER, ...PARTICIPANTS, R.COMMITTEE],
    effect: 'UNCHANGED',
  },
};

export interface ActorFacts {
  relations: ReadonlySet<Relation>;
  isLead: boolean;
  /** The delegable powers the actor holds, by role or delegation (shared/powers.ts `powersOf`). */
  powers?: ReadonlySet<Power>;
  /** The acting agency's participant state, when it is addressed by the request. */
  participantState: ParticipantState | null;
}

export type Verdict = { ok: true } | { ok: false; reason: 'STATUS' | 'RELATION' | 'ROLE' | 'PARTICIPANT_STATE' };

/** Whether an actor may take `action` on a request in `status`; the reason when not. */
export function judge(action: RequestAction, status: RequestStatus, actor: ActorFacts): Verdict {
  const rule = REQUEST_RULES[action];
  if (!rule.by.some((relation) => actor.relations.has(relation))) return { ok: false, reason: 'RELATION' };
  if (!rule.from.includes(status)) return { ok: false, reason: 'STATUS' };
  // a delegable act asks the power (own role or delegation); facts without powers know only the role
  const leads = rule.power && actor.powers ? actor.powers.has(rule.power) : actor.isLead;
  if (rule.needsLead && !leads && !actor.relations.has(Relation.SYSTEM)) return { ok: false, reason: 'ROLE' };
  if (
    rule.participantFrom &&
    (actor.participantState === null || !rule.participantFrom.includes(actor.participantState))
  ) {
    return { ok: false, reason: 'PARTICIPANT_STATE' };
  }
  return { ok: true };
}

export function allowedActions(status: RequestStatus, actor: ActorFacts): RequestAction[] {
  return (Object.keys(REQUEST_RULES) as RequestAction[]).filter((action) => judge(action, status, actor).ok);
}

/**
 * The request's status after an action. Participant actions move the request only when the
 * lead agency acts: its first acknowledgement starts the work, its reply answers the request,
 * its refusal declines it.
 */
export function nextStatus(action: RequestAction, status: RequestStatus, actingAsLeadAgency: boolean): RequestStatus {
  const { effect } = REQUEST_RULES[action];
  if (effect === 'UNCHANGED') return status;
  if (effect !== 'BY_PARTICIPANT') return effect;
  if (!actingAsLeadAgency) return status;
  switch (action) {
    case RequestAction.ACKNOWLEDGE:
      return status === S.SUBMITTED ? S.IN_PROGRESS : status;
    case RequestAction.RESPOND:
      return S.RESPONDED;
    case RequestAction.DECLINE:
      return S.DECLINED;
    default:
      return status;
  }
}

/** Overdue is derived, never stored: still open after its due date (dates as YYYY-MM-DD). */
export function isOverdue(status: RequestStatus, dueDate: string, today: string): boolean {
  return OPEN_STATUSES.includes(status) && dueDate < today;
}
