import type { MessageKey } from '../../kit/messages/vi';
import type { ResourceKind } from '../../gql/graphql';

export const RESOURCE_KINDS: readonly ResourceKind[] = ['FUNDING', 'PERSONNEL', 'EQUIPMENT', 'LAND', 'OTHER'];

/** Decision lines carry the kind as a plain string; an unknown one is shown as "other". */
export function resourceKindLabel(kind: string): MessageKey {
  return (RESOURCE_KINDS as readonly string[]).includes(kind)
    ? (`resourceKind.${kind as ResourceKind}` as const)
    : 'resourceKind.OTHER';
}

const EVENT_TYPES = [
  'CREATED',
  'UPDATED',
  'SUBMITTED',
  'APPRAISED',
  'RETURNED',
  'APPRAISAL_REOPENED',
  'WITHDRAWN',
  'DECIDED',
] as const;

export function proposalEventLabel(type: string): MessageKey {
  return (EVENT_TYPES as readonly string[]).includes(type)
    ? (`proposalEvent.${type as (typeof EVENT_TYPES)[number]}` as const)
    : 'proposalEvent.OTHER';
}
