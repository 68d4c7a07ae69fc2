import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DomainArea } from '../../shared/domain-area';
import { IdempotencyKeyField } from '../idempotency';
import { RequestPriority } from './request-enums';
import { RequestStatus } from './request-status';

export enum RequestBox {
  /** Requests addressed to the viewer's agency. */
  INBOX = 'INBOX',
  /** Requests the viewer's agency sent (including its drafts). */
  OUTBOX = 'OUTBOX',
  /** Everything the viewer may read (for the Committee: the whole province). */
  ALL = 'ALL',
}
registerEnumType(RequestBox, { name: 'RequestBox' });

export enum RequestSort {
  LAST_ACTIVITY = 'LAST_ACTIVITY',
  DUE_DATE = 'DUE_DATE',
}
registerEnumType(RequestSort, {
  name: 'RequestSort',
  description: 'LAST_ACTIVITY: newest first; DUE_DATE: soonest first',
});

@InputType()
export class RequestFilter {
  @Field(() => RequestBox, { defaultValue: RequestBox.ALL })
  box!: RequestBox;

  @Field(() => [RequestStatus], { nullable: true })
  statuses?: RequestStatus[] | null;

  @Field(() => DomainArea, { nullable: true })
  domain?: DomainArea | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only overdue; false: only not overdue' })
  overdue?: boolean | null;

  @Field(() => ID, { nullable: true })
  leadAgencyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Code, title or body; with or without diacritics' })
  search?: string | null;
}

@InputType()
export class RequestDraftInput {
  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => DomainArea)
  domain!: DomainArea;

  @Field(() => RequestPriority, { defaultValue: RequestPriority.NORMAL })
  priority!: RequestPriority;

  @Field(() => LocalDateResolver)
  dueDate!: string;

  @Field(() => ID, { description: 'The lead (chủ trì) agency' })
  leadAgencyId!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Supporting (phối hợp) agencies' })
  supportingAgencyIds!: string[];
}

@InputType()
export class CreateRequestInput extends RequestDraftInput {
  @Field(() => String, { nullable: true, description: 'Retrying with the same key returns the first result' })
  idempotencyKey?: string | null;
}

@InputType()
export class UpdateRequestDraftInput extends RequestDraftInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

/** Acts on a request at the version the user saw; a stale version gives CONFLICT. */
@InputType()
export class RequestActionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType()
export class AssignRequestInput extends RequestActionInput {
  @Field(() => ID, { description: 'A member of the acting agency' })
  assigneeId!: string;
}

@InputType()
export class RequestTextInput extends RequestActionInput {
  @Field({ description: 'Reply, reason or comment' })
  text!: string;
}

@InputType()
export class OptionalTextInput extends RequestActionInput {
  @Field(() => String, { nullable: true })
  text?: string | null;
}

@InputType()
export class ResolveEscalationInput extends RequestActionInput {
  @Field({ description: "The Committee's directive" })
  directive!: string;

  @Field(() => ID, { nullable: true, description: 'A new lead agency' })
  leadAgencyId?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'A new due date' })
  dueDate?: string | null;
}

@InputType()
export class CommentOnRequestInput {
  @Field(() => ID)
  id!: string;

  @Field()
  body!: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}
