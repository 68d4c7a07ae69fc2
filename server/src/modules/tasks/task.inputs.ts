import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DomainArea } from '../../shared/domain-area';
import { IdempotencyKeyField } from '../idempotency';
import { QuarterInput } from './quarter';
import { TaskCategory, TaskGroup } from './task-enums';
import { TaskStatus } from './task-status';

@InputType()
export class AssignTaskInput {
  @Field()
  title!: string;

  @Field({ defaultValue: '' })
  description!: string;

  @Field(() => TaskCategory)
  category!: TaskCategory;

  @Field(() => DomainArea)
  domain!: DomainArea;

  @Field(() => QuarterInput)
  period!: QuarterInput;

  @Field(() => ID)
  ownerAgencyId!: string;

  @Field(() => LocalDateResolver)
  dueDate!: string;

  @Field(() => [ID], { defaultValue: [] })
  linkedRequestIds!: string[];

  @Field(() => String, { nullable: true, description: 'Retrying with the same key returns the first result' })
  idempotencyKey?: string | null;
}

@InputType()
export class TaskActionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType()
export class ReportTaskProgressInput extends TaskActionInput {
  @Field(() => Int, { description: '0–100' })
  percent!: number;

  @Field()
  note!: string;
}

@InputType()
export class CompleteTaskInput extends TaskActionInput {
  @Field({ description: 'What was delivered' })
  note!: string;
}

@InputType()
export class TaskReasonInput extends TaskActionInput {
  @Field()
  reason!: string;
}

@InputType()
export class LinkTaskRequestsInput extends TaskActionInput {
  @Field(() => [ID], { description: 'The complete new list' })
  requestIds!: string[];
}

@InputType()
export class CloseQuarterInput {
  @Field(() => QuarterInput)
  period!: QuarterInput;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Due date of the carried-over tasks, inside the next quarter; default: its last day',
  })
  carryOverDueDate?: string | null;
}

@InputType()
export class TaskFilter {
  @Field(() => QuarterInput, { nullable: true })
  period?: QuarterInput | null;

  @Field(() => ID, { nullable: true })
  ownerAgencyId?: string | null;

  @Field(() => TaskStatus, { nullable: true })
  status?: TaskStatus | null;

  @Field(() => TaskCategory, { nullable: true })
  category?: TaskCategory | null;

  @Field(() => DomainArea, { nullable: true })
  domain?: DomainArea | null;

  @Field(() => [TaskGroup], { nullable: true, description: 'Only tasks in these groups as of `asOf`' })
  groups?: TaskGroup[] | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Judge groups as of this date (default: today)' })
  asOf?: string | null;

  @Field(() => String, { nullable: true, description: 'Diacritic-insensitive search in code and title' })
  search?: string | null;
}
