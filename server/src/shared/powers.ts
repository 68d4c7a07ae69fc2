import { registerEnumType } from 'type-graphql';
import { isCommitteeLead, isLead, type Viewer } from './viewer';

/**
 * The powers a leader may delegate (ủy quyền). Which workflow actions each covers is said once,
 * in the workflow tables (`power` on a rule: request-status.ts, proposal-status.ts,
 * task-status.ts) and, for signing amendments and revocations, decisions/decision.policy.ts:
 * - ACKNOWLEDGE: an addressed agency's handling of a request: acknowledge, respond, decline;
 * - CLOSE: closing the agency's own work: close a request it sent, complete a task it owns;
 * - APPRAISE: give the agency's appraisal of a proposal;
 * - DECIDE: the Committee's decisions: decide, return or reopen the appraisal of a proposal,
 *   resolve an escalation, amend or revoke a decision.
 */
export enum Power {
  ACKNOWLEDGE = 'ACKNOWLEDGE',
  CLOSE = 'CLOSE',
  APPRAISE = 'APPRAISE',
  DECIDE = 'DECIDE',
}

/** How an act under delegation is signed: KT. (ký thay, a deputy for the head), TL. (thừa lệnh, an official by order). */
export enum DelegationForm {
  KT = 'KT',
  TL = 'TL',
}

registerEnumType(Power, {
  name: 'DelegablePower',
  description:
    'ACKNOWLEDGE: acknowledge, respond to, decline requests; CLOSE: close requests, complete tasks; APPRAISE: appraise proposals; DECIDE: decide proposals, resolve escalations, sign decisions',
});
registerEnumType(DelegationForm, { name: 'DelegationForm', description: 'KT. (ký thay) or TL. (thừa lệnh)' });

/** An official as a delegation names them. */
export interface DelegationPerson {
  id: string;
  fullName: string;
  title: string;
}

/** A delegation the viewer received, as their session carries it (revoked ones never; ended ones are filtered out). */
export interface HeldDelegation {
  id: string;
  grantor: DelegationPerson;
  powers: readonly Power[];
  form: DelegationForm;
  /** As printed above the delegate's name, e.g. "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC". */
  formText: string;
  /** Province calendar days, inclusive (YYYY-MM-DD). */
  startsOn: string;
  endsOn: string;
}

/** What the record of an act under delegation keeps (in the event's data, the audit entry, the decision). */
export interface DelegationRecord {
  delegationId: string;
  form: DelegationForm;
  formText: string;
  grantor: DelegationPerson;
}

/** A power held by the viewer's own role: DECIDE by a Committee LEAD, the others by any LEAD. */
export const holdsOwnPower = (viewer: Pick<Viewer, 'inCommittee' | 'role'>, power: Power): boolean =>
  power === Power.DECIDE ? isCommitteeLead(viewer) : isLead(viewer);

/** The delegations in force on `today` (YYYY-MM-DD): the clock decides, no sweep ends them. */
export const delegationsInForce = (held: readonly HeldDelegation[], today: string): HeldDelegation[] =>
  held.filter((d) => d.startsOn <= today && today <= d.endsOn);

/** The delegation the viewer holds `power` under now (the viewer's delegations are those in force). */
export function delegationFor(viewer: Viewer, power: Power | undefined): HeldDelegation | null {
  if (power === undefined) return null;
  return viewer.delegations?.find((d) => d.powers.includes(power)) ?? null;
}

/** The one question every rule asks for a delegable act: the viewer's own role, or a delegation in force. */
export const holdsPower = (viewer: Viewer, power: Power): boolean =>
  holdsOwnPower(viewer, power) || delegationFor(viewer, power) !== null;

/** Every power the viewer holds now, for the workflow tables' actor facts. */
export const powersOf = (viewer: Viewer): ReadonlySet<Power> =>
  new Set(Object.values(Power).filter((power) => holdsPower(viewer, power)));

/** What to record of an act of `power` by the viewer: the delegation it is taken under, if any. */
export function delegationRecord(viewer: Viewer | null, power: Power | undefined): DelegationRecord | null {
  const held = viewer ? delegationFor(viewer, power) : null;
  return held && { delegationId: held.id, form: held.form, formText: held.formText, grantor: held.grantor };
}

/** An event's data with the delegation the act was taken under (unchanged when none). */
export function withDelegation(
  data: Record<string, unknown> | undefined,
  viewer: Viewer | null,
  power: Power | undefined,
): Record<string, unknown> | undefined {
  const delegation = delegationRecord(viewer, power);
  return delegation ? { ...data, delegation } : data;
}
