import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Agency } from './agency.entity';

export enum AgencyChangeKind {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
}
registerEnumType(AgencyChangeKind, { name: 'AgencyChangeKind' });

export const AGENCY_CHANGED = 'AGENCY_CHANGED';

/** What travels over the bus: ids only. */
export interface AgencyChangedMessage {
  agencyId: string;
  change: AgencyChangeKind;
}

declare module '../../shared/event-bus' {
  interface BusTopics {
    [AGENCY_CHANGED]: AgencyChangedMessage;
  }
}

@ObjectType()
export class AgencyChangedEvent {
  @Field(() => AgencyChangeKind)
  change!: AgencyChangeKind;

  @Field(() => Agency)
  agency!: Agency;
}
