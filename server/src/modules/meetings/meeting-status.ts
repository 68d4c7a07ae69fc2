import { registerEnumType } from 'type-graphql';

/**
 * A meeting's record is drafted by the Committee Office and published, once, by a Committee
 * leader: publishing numbers the conclusion notice and turns every directive into work.
 */
export enum MeetingStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

export enum MeetingAction {
  UPDATE_DRAFT = 'UPDATE_DRAFT',
  PUBLISH = 'PUBLISH',
}

/** What a directive becomes when the conclusion is published. */
export enum DirectiveKind {
  TASK = 'TASK',
  REQUEST = 'REQUEST',
}

interface MeetingRule {
  from: readonly MeetingStatus[];
  needsLead: boolean;
}

/** Only Committee members act on meetings; the table says from where and with which role. */
export const MEETING_RULES: Readonly<Record<MeetingAction, MeetingRule>> = {
  [MeetingAction.UPDATE_DRAFT]: { from: [MeetingStatus.DRAFT], needsLead: false },
  [MeetingAction.PUBLISH]: { from: [MeetingStatus.DRAFT], needsLead: true },
};

export interface MeetingActor {
  inCommittee: boolean;
  isLead: boolean;
}

export type MeetingVerdict = { ok: true } | { ok: false; reason: 'STATUS' | 'RELATION' | 'ROLE' };

export function judgeMeeting(action: MeetingAction, status: MeetingStatus, actor: MeetingActor): MeetingVerdict {
  const rule = MEETING_RULES[action];
  if (!actor.inCommittee) return { ok: false, reason: 'RELATION' };
  if (!rule.from.includes(status)) return { ok: false, reason: 'STATUS' };
  if (rule.needsLead && !actor.isLead) return { ok: false, reason: 'ROLE' };
  return { ok: true };
}

export function allowedMeetingActions(status: MeetingStatus, actor: MeetingActor): MeetingAction[] {
  return (Object.keys(MEETING_RULES) as MeetingAction[]).filter((action) => judgeMeeting(action, status, actor).ok);
}

/** Where an action leaves a meeting: publishing publishes; editing a draft keeps it a draft. */
export function nextMeetingStatus(action: MeetingAction, status: MeetingStatus): MeetingStatus {
  return action === MeetingAction.PUBLISH ? MeetingStatus.PUBLISHED : status;
}

registerEnumType(MeetingStatus, { name: 'MeetingStatus' });
registerEnumType(MeetingAction, { name: 'MeetingAction' });
registerEnumType(DirectiveKind, {
  name: 'DirectiveKind',
  description: 'TASK: a task for the agency; REQUEST: a coordination request led by the agency',
});
