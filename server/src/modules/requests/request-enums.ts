import { registerEnumType } from 'type-graphql';
import { ParticipantState, RequestAction, RequestStatus } from './request-status';

export enum RequestPriority {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}

export enum ParticipantRole {
  /** Chủ trì: answers for the request. */
  LEAD = 'LEAD',
  /** Phối hợp: contributes. */
  SUPPORT = 'SUPPORT',
}

registerEnumType(RequestStatus, { name: 'RequestStatus' });
registerEnumType(ParticipantState, { name: 'ParticipantState' });
registerEnumType(RequestAction, {
  name: 'RequestAction',
  description: 'What the viewer may do now (from the workflow table)',
});
registerEnumType(RequestPriority, { name: 'RequestPriority' });
registerEnumType(ParticipantRole, { name: 'ParticipantRole' });
