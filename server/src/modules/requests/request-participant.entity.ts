import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Agency } from '../agencies';
import { User } from '../users';
import { ParticipantRole } from './request-enums';
import { ParticipantState } from './request-status';
import type { CoordinationRequest } from './request.entity';

/** One addressed agency of a request, with its own state, assignee and reply. */
@Entity({ tableName: 'request_participants' })
@Unique({ properties: ['request', 'agency'] })
@Index({ properties: ['agency', 'request'] })
@Index({ properties: ['agency', 'lastActivityAt', 'request'] })
export class RequestParticipant {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: 'CoordinationRequest', deleteRule: 'cascade' })
  request!: Rel<CoordinationRequest>;

  @ManyToOne(() => Agency, { deleteRule: 'restrict' })
  agency!: Agency;

  @Enum({ items: () => ParticipantRole, nativeEnumName: 'participant_role' })
  role!: ParticipantRole;

  @Enum({ items: () => ParticipantState, nativeEnumName: 'participant_state' })
  state: ParticipantState = ParticipantState.PENDING;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  assignee: User | null = null;

  @Property({ type: 'text', nullable: true })
  reply: string | null = null;

  @Property({ type: 'string', length: 1000, nullable: true })
  declineReason: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  acknowledgedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  respondedAt: Date | null = null;

  /**
   * The request's lastActivityAt, copied by database triggers (on insert here, on every change of
   * the request's), never written by the application: an agency's inbox is then one walk of the
   * (agency, lastActivityAt, request) index, 51 entries per page whatever the table holds.
   */
  @Property({ type: 'datetime', nullable: true })
  lastActivityAt?: Date | null;

  constructor(request: CoordinationRequest, agency: Agency, role: ParticipantRole) {
    this.request = request;
    this.agency = agency;
    this.role = role;
  }

  acknowledge(now: Date): void {
    this.state = ParticipantState.ACKNOWLEDGED;
    this.acknowledgedAt ??= now;
  }

  assign(assignee: User, now: Date): void {
    this.assignee = assignee;
    this.acknowledge(now);
  }

  respond(reply: string, now: Date): void {
    this.state = ParticipantState.RESPONDED;
    this.reply = reply;
    this.respondedAt = now;
    this.acknowledgedAt ??= now;
  }

  decline(reason: string): void {
    this.state = ParticipantState.DECLINED;
    this.declineReason = reason;
  }

  /** The requester asked again: the answer is open once more. */
  reopen(): void {
    this.state = ParticipantState.ACKNOWLEDGED;
  }
}
