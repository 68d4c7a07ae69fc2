import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MessageParam } from '../../shared/messages/message-param';
import { WorkReason } from './work-queue.rules';

/** What kind of record an item is about. */
export enum WorkItemKind {
  REQUEST = 'REQUEST',
  PROPOSAL = 'PROPOSAL',
  TASK = 'TASK',
  MEETING = 'MEETING',
  NOTIFICATION = 'NOTIFICATION',
}

registerEnumType(WorkItemKind, { name: 'WorkItemKind' });
registerEnumType(WorkReason, {
  name: 'WorkItemReason',
  description: 'The action expected of the viewer (their agency, or the Committee) that puts the item in the queue',
});

@ObjectType('WorkRecord', { description: 'The record a work item is about' })
export class WorkRecordView {
  @Field(() => WorkItemKind)
  kind!: WorkItemKind;

  @Field(() => ID, { description: 'The record’s id (for a notification: the notification’s own id)' })
  id!: string;

  @Field(() => String, { nullable: true })
  code!: string | null;

  @Field()
  title!: string;
}

@ObjectType('WorkItem', { description: 'One thing the viewer must do next, and why' })
export class WorkItemView {
  @Field(() => ID, { description: 'Stable within the queue: kind and record id' })
  id!: string;

  @Field(() => WorkItemKind)
  kind!: WorkItemKind;

  @Field(() => WorkReason)
  reason!: WorkReason;

  @Field({ description: 'Why it is here, in Vietnamese; clients render messageKey in the user’s language' })
  message!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Server message catalog key (client/src/gql/server-messages.ts); null for older notifications',
  })
  messageKey!: string | null;

  @Field(() => [MessageParam])
  messageParams!: MessageParam[];

  @Field(() => WorkRecordView)
  record!: WorkRecordView;

  @Field(() => LocalDateResolver, { nullable: true })
  dueDate!: string | null;

  @Field({ description: 'Past its due date and still open' })
  overdue!: boolean;

  @Field({ description: 'Due within the queue’s window (requests: 3 days; tasks: 14)' })
  dueSoon!: boolean;

  @Field({ description: 'Last activity on the record (for a notification: when it arrived)' })
  since!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'The client page where the action is taken; null for a subject with no page',
  })
  path!: string | null;
}

@ObjectType('WorkQueueCounts', { description: 'How many items each section holds in all (the navigation’s badges)' })
export class WorkQueueCountsView {
  @Field(() => Int)
  requests!: number;

  @Field(() => Int)
  proposals!: number;

  @Field(() => Int)
  tasks!: number;

  @Field(() => Int)
  meetings!: number;

  @Field(() => Int, { description: 'Unread notifications' })
  notifications!: number;

  @Field(() => Int)
  total!: number;
}

@ObjectType('WorkQueue', { description: 'Việc cần xử lý: what the signed-in official must do next' })
export class WorkQueueView {
  @Field(() => [WorkItemView], {
    description:
      'Unread notifications (newest first), then requests (earliest due first), proposals (longest waiting first), tasks (earliest due first), meetings',
  })
  items!: WorkItemView[];

  @Field(() => WorkQueueCountsView)
  counts!: WorkQueueCountsView;

  @Field(() => Int, { description: 'At most this many items per section are listed; counts hold the totals' })
  itemsPerSection!: number;
}
