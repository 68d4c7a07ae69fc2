import type { DomainArea, RequestPriority, RequestStatus } from '../../gql/graphql';

/** The enum values in the order people expect them in selects and filters. */
export const REQUEST_STATUSES: readonly RequestStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'IN_PROGRESS',
  'RESPONDED',
  'ESCALATED',
  'DECLINED',
  'CLOSED',
  'WITHDRAWN',
];

export const DOMAINS: readonly DomainArea[] = [
  'LAND',
  'MINERALS',
  'ENVIRONMENT',
  'SEA_ISLANDS',
  'WATER_RESOURCES',
  'CLIMATE_CHANGE',
  'ADMIN_REFORM',
  'DIGITAL_TRANSFORMATION',
  'FINANCE',
  'OTHER',
];

export const PRIORITIES: readonly RequestPriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
