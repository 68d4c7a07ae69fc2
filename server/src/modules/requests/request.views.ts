import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DomainArea } from '../../shared/domain-area';
import { Connection } from '../../shared/pagination';
import { AgencySummary } from '../agencies';
import { UserSummary } from '../users';
import { ParticipantRole, RequestPriority } from './request-enums';
import { ParticipantState, RequestStatus } from './request-status';
import { DelegatedActView } from '../delegations';

/** Read models: plain objects built from one SQL statement, never hydrated entity graphs. */
@ObjectType('RequestParticipant', { description: 'Cơ quan được đề nghị (chủ trì hoặc phối hợp)' })
export class ParticipantView {
  @Field(() => AgencySummary)
  agency!: AgencySummary;

  @Field(() => ParticipantRole)
  role!: ParticipantRole;

  @Field(() => ParticipantState)
  state!: ParticipantState;

  @Field(() => UserSummary, { nullable: true })
  assignee!: UserSummary | null;

  @Field(() => String, { nullable: true })
  reply!: string | null;

  @Field(() => String, { nullable: true })
  declineReason!: string | null;

  @Field(() => Date, { nullable: true })
  acknowledgedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  respondedAt!: Date | null;
}

@ObjectType('CoordinationRequest', { description: 'Đề nghị phối hợp' })
export class RequestView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'PH-YYYY-NNNN once submitted' })
  code!: string | null;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => DomainArea)
  domain!: DomainArea;

  @Field(() => RequestPriority)
  priority!: RequestPriority;

  @Field(() => LocalDateResolver)
  dueDate!: string;

  @Field(() => RequestStatus)
  status!: RequestStatus;

  @Field({ description: 'Still open after its due date (derived)' })
  overdue!: boolean;

  @Field(() => AgencySummary)
  requestingAgency!: AgencySummary;

  @Field(() => UserSummary)
  author!: UserSummary;

  @Field(() => AgencySummary)
  leadAgency!: AgencySummary;

  @Field(() => [ParticipantView], { description: 'Lead first, then supporting agencies' })
  participants!: ParticipantView[];

  @Field(() => String, { nullable: true })
  escalationReason!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field()
  lastActivityAt!: Date;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class RequestConnection extends Connection(RequestView) {}

@ObjectType('RequestComment')
export class CommentView {
  @Field(() => ID)
  id!: string;

  @Field()
  body!: string;

  @Field(() => UserSummary)
  author!: UserSummary;

  @Field(() => AgencySummary)
  agency!: AgencySummary;

  @Field()
  createdAt!: Date;
}

@ObjectType('RequestEvent', { description: "One entry of a request's timeline (from the event log)" })
export class RequestEventView {
  @Field(() => ID, { description: 'Event id: pass the last one seen to a subscription to resume' })
  id!: string;

  @Field({
    description:
      'CREATED, SUBMITTED, ACKNOWLEDGED, ASSIGNED, RESPONDED, DECLINED, CLOSED, REOPENED, WITHDRAWN, ESCALATED, ESCALATION_RESOLVED, COMMENTED, UPDATED',
  })
  type!: string;

  @Field()
  at!: Date;

  @Field(() => UserSummary, { nullable: true, description: 'Null for automatic actions' })
  actor!: UserSummary | null;

  @Field(() => AgencySummary, { nullable: true })
  actorAgency!: AgencySummary | null;

  @Field(() => String, { nullable: true, description: 'Reply, reason, comment or directive text' })
  note!: string | null;

  @Field(() => AgencySummary, { nullable: true, description: "Assignee's or new lead's agency, where relevant" })
  agency!: AgencySummary | null;

  @Field(() => UserSummary, { nullable: true, description: 'The assignee, for ASSIGNED' })
  assignee!: UserSummary | null;

  @Field(() => String, { nullable: true, description: 'New due date, for ESCALATION_RESOLVED' })
  dueDate!: string | null;

  @Field(() => DelegatedActView, {
    nullable: true,
    description: 'Taken under a delegation: its form (KT./TL.) and the leader acted for',
  })
  delegation!: DelegatedActView | null;
}

@ObjectType('RequestAttachment', { description: 'A file attached to a request' })
export class AttachmentView {
  @Field(() => ID)
  id!: string;

  @Field()
  fileName!: string;

  @Field({ description: 'MIME type, e.g. application/pdf' })
  contentType!: string;

  @Field(() => Int, { description: 'Bytes' })
  size!: number;

  @Field(() => UserSummary)
  uploadedBy!: UserSummary;

  @Field(() => AgencySummary)
  agency!: AgencySummary;

  @Field()
  createdAt!: Date;

  @Field({ description: 'GET it with the session cookie or bearer token' })
  downloadUrl!: string;
}
