import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DomainArea } from '../../shared/domain-area';
import { QuarterInput, TaskCategory } from '../tasks';
import { DirectiveKind } from './meeting-status';

@InputType()
export class DirectiveInput {
  @Field({ description: 'The directive as written in the notice' })
  content!: string;

  @Field(() => DirectiveKind, { defaultValue: DirectiveKind.TASK })
  kind!: DirectiveKind;

  @Field(() => ID, { description: "The task's owner, or the request's lead agency" })
  agencyId!: string;

  @Field(() => [ID], { defaultValue: [], description: 'REQUEST only: supporting agencies' })
  supportingAgencyIds!: string[];

  @Field(() => TaskCategory, { defaultValue: TaskCategory.KEY, description: 'TASK only' })
  category!: TaskCategory;

  @Field(() => DomainArea)
  domain!: DomainArea;

  @Field(() => LocalDateResolver)
  dueDate!: string;

  @Field(() => QuarterInput, { nullable: true, description: 'TASK only; default: the quarter of the due date' })
  period?: QuarterInput | null;
}

@InputType()
export class MeetingDraftInput {
  @Field()
  title!: string;

  @Field(() => LocalDateResolver)
  heldOn!: string;

  @Field(() => ID, { description: "A leader of the People's Committee" })
  chairId!: string;

  @Field(() => ID, { nullable: true })
  reviewedAgencyId?: string | null;

  @Field({ defaultValue: '' })
  attendees!: string;

  @Field(() => [ID], { defaultValue: [], description: 'The attending agencies: they read the published conclusion' })
  attendingAgencyIds!: string[];

  @Field()
  summary!: string;

  @Field({ description: "The conclusion notice's text" })
  conclusion!: string;

  @Field(() => [DirectiveInput])
  directives!: DirectiveInput[];
}

@InputType()
export class CreateMeetingInput extends MeetingDraftInput {
  @Field(() => String, { nullable: true, description: 'Retrying with the same key returns the first result' })
  idempotencyKey?: string | null;
}

@InputType()
export class UpdateMeetingDraftInput extends MeetingDraftInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class PublishConclusionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true, description: 'Retrying with the same key returns the first result' })
  idempotencyKey?: string | null;
}
