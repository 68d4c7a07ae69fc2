import type { MessageKey } from '../../kit/messages/vi';

const EVENT_TYPES = [
  'CREATED',
  'UPDATED',
  'SUBMITTED',
  'ACKNOWLEDGED',
  'ASSIGNED',
  'RESPONDED',
  'DECLINED',
  'CLOSED',
  'REOPENED',
  'WITHDRAWN',
  'ESCALATED',
  'ESCALATION_RESOLVED',
  'COMMENTED',
  'ATTACHED',
] as const;

/** Timeline event types are plain strings in the schema; a type this client does not know yet still gets a label. */
export function eventLabel(type: string): MessageKey {
  return (EVENT_TYPES as readonly string[]).includes(type)
    ? (`requestEvent.${type as (typeof EVENT_TYPES)[number]}` as const)
    : 'requestEvent.OTHER';
}
