import { Power } from '../../shared/powers';

/**
 * The proposal workflow as data: who may do what from which status. Services and
 * `allowedActions` both read this table.
 */
/**
 * Submitting routes the proposal in the same transaction (to appraisal, or straight to review),
 * so "submitted" is an event in the timeline rather than a status anything waits in.
 */
export enum ProposalStatus {
  DRAFT = 'DRAFT',
  IN_APPRAISAL = 'IN_APPRAISAL',
  IN_REVIEW = 'IN_REVIEW',
  DECIDED = 'DECIDED',
  RETURNED = 'RETURNED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum ProposalAction {
  UPDATE_DRAFT = 'UPDATE_DRAFT',
  SUBMIT = 'SUBMIT',
  APPRAISE = 'APPRAISE',
  RETURN_FOR_REVISION = 'RETURN_FOR_REVISION',
  REOPEN_APPRAISAL = 'REOPEN_APPRAISAL',
  DECIDE = 'DECIDE',
  WITHDRAW = 'WITHDRAW',
}

export enum ProposalRelation {
  /** A member of the proposing agency. */
  REQUESTER = 'REQUESTER',
  /** A member of an agency with an appraisal still to give on the current revision. */
  PENDING_APPRAISER = 'PENDING_APPRAISER',
  /** A member of the People's Committee. */
  COMMITTEE = 'COMMITTEE',
}

/**
 * - a fixed status, or UNCHANGED;
 * - ROUTED: IN_APPRAISAL when some item needs an appraiser, else straight to IN_REVIEW;
 * - BY_APPRAISALS: IN_REVIEW once the last appraisal is in, else unchanged.
 */
type Effect = ProposalStatus | 'UNCHANGED' | 'ROUTED' | 'BY_APPRAISALS';

export interface ProposalRule {
  from: readonly ProposalStatus[];
  by: readonly ProposalRelation[];
  effect: Effect;
  /** The acting user must be a LEAD (or hold `power` by delegation). */
  needsLead?: boolean;
  /** The delegable power the action belongs to: it admits a delegate and is recorded under the delegation. */
  power?: Power;
}

const S = ProposalStatus;
const R = ProposalRelation;

export const PROPOSAL_RULES: Readonly<Record<ProposalAction, ProposalRule>> = {
  // Editing a returned proposal works on its next revision; the status stays RETURNED until sent.
  [ProposalAction.UPDATE_DRAFT]: { from: [S.DRAFT, S.RETURNED], by: [R.REQUESTER], effect: 'UNCHANGED' },
  // Asking the province for money or staff commits the agency: its leader sends it.
  [ProposalAction.SUBMIT]: { from: [S.DRAFT, S.RETURNED], by: [R.REQUESTER], effect: 'ROUTED', needsLead: true },
  [ProposalAction.APPRAISE]: {
    from: [S.IN_APPRAISAL],
    by: [R.PENDING_APPRAISER],
    effect: 'BY_APPRAISALS',
    needsLead: true,
    power: Power.APPRAISE,
  },
  [ProposalAction.RETURN_FOR_REVISION]: {
    from: [S.IN_APPRAISAL, S.IN_REVIEW],
    by: [R.COMMITTEE],
    effect: S.RETURNED,
    needsLead: true,
    power: Power.DECIDE,
  },
  [ProposalAction.REOPEN_APPRAISAL]: {
    from: [S.IN_REVIEW],
    by: [R.COMMITTEE],
    effect: S.IN_APPRAISAL,
    needsLead: true,
    power: Power.DECIDE,
  },
  [ProposalAction.DECIDE]: {
    from: [S.IN_REVIEW],
    by: [R.COMMITTEE],
    effect: S.DECIDED,
    needsLead: true,
    power: Power.DECIDE,
  },
  [ProposalAction.WITHDRAW]: {
    from: [S.DRAFT, S.IN_APPRAISAL, S.IN_REVIEW, S.RETURNED],
    by: [R.REQUESTER],
    effect: S.WITHDRAWN,
    needsLead: true,
  },
};

export interface ProposalActor {
  relations: ReadonlySet<ProposalRelation>;
  isLead: boolean;
  /** The delegable powers the actor holds, by role or delegation (shared/powers.ts `powersOf`). */
  powers?: ReadonlySet<Power>;
}

export type ProposalVerdict = { ok: true } | { ok: false; reason: 'STATUS' | 'RELATION' | 'ROLE' };

export function judgeProposal(action: ProposalAction, status: ProposalStatus, actor: ProposalActor): ProposalVerdict {
  const rule = PROPOSAL_RULES[action];
  if (!rule.by.some((relation) => actor.relations.has(relation))) return { ok: false, reason: 'RELATION' };
  if (!rule.from.includes(status)) return { ok: false, reason: 'STATUS' };
  // a delegable act asks the power (own role or delegation); facts without powers know only the role
  const leads = rule.power && actor.powers ? actor.powers.has(rule.power) : actor.isLead;
  if (rule.needsLead && !leads) return { ok: false, reason: 'ROLE' };
  return { ok: true };
}

export function allowedProposalActions(status: ProposalStatus, actor: ProposalActor): ProposalAction[] {
  return (Object.keys(PROPOSAL_RULES) as ProposalAction[]).filter((action) => judgeProposal(action, status, actor).ok);
}

/** The status after an action, given what the routing and the appraisals say. */
export function nextProposalStatus(
  action: ProposalAction,
  status: ProposalStatus,
  facts: { needsAppraisal: boolean; appraisalsOutstanding: number },
): ProposalStatus {
  const { effect } = PROPOSAL_RULES[action];
  if (effect === 'ROUTED') return facts.needsAppraisal ? S.IN_APPRAISAL : S.IN_REVIEW;
  if (effect === 'BY_APPRAISALS') return facts.appraisalsOutstanding === 0 ? S.IN_REVIEW : status;
  if (effect === 'UNCHANGED') return status;
  return effect;
}
