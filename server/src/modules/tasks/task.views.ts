import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DomainArea } from '../../shared/domain-area';
import { MoneyScalar } from '../../shared/money';
import { Connection } from '../../shared/pagination';
import { AgencySummary } from '../agencies';
import { DelegatedActView } from '../delegations';
import { UserSummary } from '../users';
import { QuarterView } from './quarter';
import { TaskCategory, TaskGroup } from './task-enums';
import { TaskStatus } from './task-status';

@ObjectType('TaskDirectiveSource', { description: 'The conclusion directive a task came from' })
export class DirectiveSourceView {
  @Field(() => ID)
  directiveId!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => String, { nullable: true, description: 'N/TB-UBND' })
  conclusionCode!: string | null;

  @Field(() => LocalDateResolver)
  heldOn!: string;

  @Field()
  content!: string;
}

@ObjectType('TaskRef', { description: 'A task as other records show it' })
export class TaskRefView {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  title!: string;

  @Field(() => TaskStatus)
  status!: TaskStatus;

  @Field(() => QuarterView)
  period!: QuarterView;

  @Field(() => AgencySummary)
  ownerAgency!: AgencySummary;

  @Field(() => LocalDateResolver)
  dueDate!: string;
}

@ObjectType('TaskProgressReport')
export class ProgressReportView {
  @Field(() => Int)
  percent!: number;

  @Field()
  note!: string;

  @Field(() => UserSummary)
  reportedBy!: UserSummary;

  @Field()
  reportedAt!: Date;
}

@ObjectType('Task', { description: 'Nhiệm vụ giao cho một cơ quan trong một quý' })
export class TaskView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'NV-YYYY-NNNN' })
  code!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => TaskCategory)
  category!: TaskCategory;

  @Field(() => DomainArea)
  domain!: DomainArea;

  @Field(() => QuarterView)
  period!: QuarterView;

  @Field(() => AgencySummary)
  ownerAgency!: AgencySummary;

  @Field(() => LocalDateResolver)
  dueDate!: string;

  @Field(() => LocalDateResolver)
  assignedOn!: string;

  @Field(() => UserSummary)
  assignedBy!: UserSummary;

  @Field(() => TaskStatus)
  status!: TaskStatus;

  @Field(() => TaskGroup, {
    nullable: true,
    description: "Which of the four official groups it is in as of the query's date (null when cancelled)",
  })
  group!: TaskGroup | null;

  @Field(() => Int)
  progressPercent!: number;

  @Field(() => LocalDateResolver, { nullable: true })
  completedOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  cancelledOn!: string | null;

  @Field(() => String, { nullable: true })
  cancelReason!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  carriedOverOn!: string | null;

  @Field(() => DirectiveSourceView, { nullable: true, description: 'Null for a direct assignment' })
  directive!: DirectiveSourceView | null;

  @Field(() => TaskRefView, {
    nullable: true,
    description: 'The unfinished task of an earlier quarter this one carries on',
  })
  carriedFrom!: TaskRefView | null;

  @Field(() => TaskRefView, { nullable: true, description: 'The task of the next quarter that carries this one on' })
  carriedTo!: TaskRefView | null;

  @Field(() => [ID])
  linkedRequestIds!: string[];

  @Field()
  lastActivityAt!: Date;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class TaskConnection extends Connection(TaskView) {}

@ObjectType('LinkedRequest', { description: 'A coordination request linked to a task' })
export class LinkedRequestView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  code!: string | null;

  @Field()
  title!: string;

  @Field({ description: 'RequestStatus' })
  status!: string;

  @Field(() => LocalDateResolver)
  dueDate!: string;
}

@ObjectType('LinkedProposal', { description: 'A proposal linked to a task (e.g. the funding that would unblock it)' })
export class LinkedProposalView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  code!: string | null;

  @Field()
  title!: string;

  @Field({ description: 'ProposalStatus' })
  status!: string;

  @Field(() => MoneyScalar, { description: 'What was asked' })
  totalAmount!: bigint;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'What its newest decision grants (after amendments or a revocation); null until decided',
  })
  grantedAmount!: bigint | null;
}

@ObjectType('TaskEvent', { description: "One entry of a task's timeline (from the event log)" })
export class TaskEventView {
  @Field(() => ID, { description: 'Event id: pass the last one seen to resume a subscription' })
  id!: string;

  @Field({ description: 'ASSIGNED, PROGRESS_REPORTED, COMPLETED, REOPENED, CANCELLED, CARRIED_OVER, LINKED' })
  type!: string;

  @Field()
  at!: Date;

  @Field(() => UserSummary, { nullable: true })
  actor!: UserSummary | null;

  @Field(() => AgencySummary, { nullable: true })
  actorAgency!: AgencySummary | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => DelegatedActView, {
    nullable: true,
    description: 'Taken under a delegation: its form (KT./TL.) and the leader acted for',
  })
  delegation!: DelegatedActView | null;
}
