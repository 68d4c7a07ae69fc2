import { LocalDateResolver } from 'graphql-scalars';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { startEventScope, type GraphQLContext } from '../../shared/context';
import { COALESCE_DESCRIPTION, EventPayloads, eventCursor, watchAggregate, type EventNotice } from '../events';
import { provinceDate } from '../../shared/clock';
import { findTasksByIds } from './task.queries';
import { ProposalView } from '../proposals';
import { RequestView } from '../requests';
import { QuarterInput, QuarterView } from './quarter';
import * as Inputs from './task.inputs';
import { linkedRequestsOf, proposalsLinkedToTask, tasksByIds, tasksLinkedToRequest } from './task-links';
import { TASK_AGGREGATE, taskProgressReports, taskTimelines } from './task.loaders';
import { taskActor } from './task.policy';
import { QuarterService } from './quarter.service';
import { TaskService } from './task.service';
import { QuarterStatistics, QuarterTrendPoint, TaskQuarterView } from './task-statistics.views';
import { allowedTaskActions, TaskAction } from './task-status';
import {
  LinkedProposalView,
  LinkedRequestView,
  ProgressReportView,
  TaskConnection,
  TaskEventView,
  TaskRefView,
  TaskView,
} from './task.views';

@ObjectType()
class TaskPayload {
  @Field(() => TaskView)
  task!: TaskView;
}

@ObjectType()
class CloseQuarterPayload {
  @Field(() => QuarterView)
  period!: QuarterView;

  @Field(() => [TaskView], { description: 'The new tasks that carry the unfinished ones into the next quarter' })
  carriedOver!: TaskView[];
}

@ObjectType({ description: 'A live change: the event, and the task as it is now' })
class TaskEventPayload {
  @Field(() => TaskEventView)
  event!: TaskEventView;

  @Field(() => TaskView)
  task!: TaskView;
}

@ArgsType()
class TasksArgs {
  @Field(() => Inputs.TaskFilter, { nullable: true })
  filter?: Inputs.TaskFilter | null;

  @Field(() => Int, { defaultValue: 50 })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
class StatisticsArgs {
  @Field(() => QuarterInput)
  period!: QuarterInput;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Default: today' })
  asOf?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Default: the viewer's agency, or the whole province for the Committee",
  })
  agencyId?: string | null;
}

@ArgsType()
class TrendArgs {
  @Field(() => QuarterInput, { description: 'The last quarter of the trend' })
  until!: QuarterInput;

  @Field(() => Int, { defaultValue: 4, description: 'How many quarters (1–12)' })
  quarters!: number;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Default: today' })
  asOf?: string | null;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;
}

@ArgsType()
class TaskChangedArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Last event id seen: missed events are replayed first' })
  after?: string | null;
}

@ArgsType()
class TaskFeedArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Last event id seen (e.g. from taskEventCursor): missed events are replayed first',
  })
  after?: string | null;

  @Field(() => Boolean, { nullable: true, description: COALESCE_DESCRIPTION })
  coalesce?: boolean | null;
}

const service = (ctx: GraphQLContext) => new TaskService(ctx.em, ctx.bus);
const quarterService = (ctx: GraphQLContext) => new QuarterService(ctx.em, ctx.bus);
const payload = async (task: Promise<TaskView>): Promise<TaskPayload> => ({ task: await task });

/** What a task event is pushed with (its timeline entry and the task, groups as of today), read in batches. */
const taskPayloads = new EventPayloads(TASK_AGGREGATE, (source, ids) => findTasksByIds(source, ids, provinceDate()));

async function watchTasks(
  ctx: GraphQLContext,
  id: string | null,
  after: string | null | undefined,
  coalesce?: boolean | null,
): Promise<AsyncIterable<EventNotice>> {
  if (id !== null) await service(ctx).get(ctx.viewer!, id); // NOT_FOUND unless readable
  const scope = { em: ctx.em, bus: ctx.bus, viewer: ctx.viewer!, liveReads: ctx.liveReads };
  return watchAggregate(scope, TASK_AGGREGATE, id, after, { payloads: taskPayloads, coalesce });
}

async function eventPayload(notice: EventNotice, ctx: GraphQLContext): Promise<TaskEventPayload> {
  startEventScope(ctx);
  const { event, view } = await taskPayloads.of(ctx.liveReads, notice);
  return { event, task: view };
}

@Resolver(() => TaskView)
export class TaskResolver {
  @Authorized()
  @Query(() => TaskConnection, {
    description: 'Tasks the viewer may read (an agency: its own; the Committee: all), by due date',
  })
  tasks(@Args() { filter, first, after }: TasksArgs, @Ctx() ctx: GraphQLContext) {
    return service(ctx).list(ctx.viewer!, filter, first, after);
  }

  @Authorized()
  @Query(() => TaskView)
  task(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return service(ctx).get(ctx.viewer!, id);
  }

  @Authorized()
  @Query(() => QuarterStatistics, { description: 'The four official groups for a quarter, as of a date' })
  taskStatistics(@Args() { period, asOf, agencyId }: StatisticsArgs, @Ctx() ctx: GraphQLContext) {
    return quarterService(ctx).statistics(ctx.viewer!, period, asOf, agencyId);
  }

  @Authorized()
  @Query(() => [QuarterTrendPoint], { description: 'The four groups over consecutive quarters, oldest first' })
  taskTrend(@Args() { until, quarters, asOf, agencyId }: TrendArgs, @Ctx() ctx: GraphQLContext) {
    return quarterService(ctx).trend(ctx.viewer!, until, quarters, asOf, agencyId);
  }

  @Authorized()
  @Query(() => [TaskQuarterView], { description: 'Quarters with tasks the viewer may read, newest first' })
  taskQuarters(@Ctx() ctx: GraphQLContext) {
    return quarterService(ctx).quarters(ctx.viewer!);
  }

  @Authorized()
  @Query(() => QuarterView, { description: "The province's current quarter" })
  currentQuarter(@Ctx() ctx: GraphQLContext) {
    return quarterService(ctx).currentQuarter();
  }

  @Authorized()
  @Query(() => ID, {
    description:
      'The newest task event id the viewer may see ("0" if none): read it, then subscribe to taskFeed(after: it)',
  })
  taskEventCursor(@Ctx() ctx: GraphQLContext): Promise<string> {
    return eventCursor({ em: ctx.em, viewer: ctx.viewer! }, TASK_AGGREGATE);
  }

  @FieldResolver(() => [TaskAction], { description: 'What the viewer may do now' })
  allowedActions(@Root() task: TaskView, @Ctx() ctx: GraphQLContext): TaskAction[] {
    return allowedTaskActions(task.status, taskActor(ctx.viewer!, task.ownerAgency.id));
  }

  @FieldResolver(() => [ProgressReportView], { description: 'Progress reports, newest first' })
  progressReports(@Root() task: TaskView, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.get(taskProgressReports).load(task.id);
  }

  @FieldResolver(() => [TaskEventView], { description: 'Every change, oldest first' })
  timeline(@Root() task: TaskView, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.get(taskTimelines).load(task.id);
  }

  @FieldResolver(() => [LinkedRequestView], { description: 'Linked coordination requests the viewer may read' })
  linkedRequests(@Root() task: TaskView, @Ctx() ctx: GraphQLContext) {
    return linkedRequestsOf(ctx.em, ctx.viewer!, task.linkedRequestIds);
  }

  @FieldResolver(() => [LinkedProposalView], { description: 'Proposals that name this task, that the viewer may read' })
  linkedProposals(@Root() task: TaskView, @Ctx() ctx: GraphQLContext) {
    return proposalsLinkedToTask(ctx.loaders.combined, ctx.viewer!, task.id);
  }

  @Authorized()
  @Subscription(() => TaskEventPayload, {
    description: 'Changes to one task; pass `after` to resume without gaps',
    subscribe: ({ args, context }) => watchTasks(context as GraphQLContext, args.id, args.after),
  })
  taskChanged(
    @Root() notice: EventNotice,
    @Args() _args: TaskChangedArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TaskEventPayload> {
    return eventPayload(notice, ctx);
  }

  @Authorized()
  @Subscription(() => TaskEventPayload, {
    description:
      'Changes to every task the viewer may read (dashboards listen here); pass `after` to resume without gaps',
    subscribe: ({ args, context }) => watchTasks(context as GraphQLContext, null, args.after, args.coalesce),
  })
  taskFeed(
    @Root() notice: EventNotice,
    @Args() _args: TaskFeedArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TaskEventPayload> {
    return eventPayload(notice, ctx);
  }

  @Authorized()
  @Mutation(() => TaskPayload, { description: 'The Committee assigns a task directly (Committee LEAD)' })
  assignTask(@Arg('input') input: Inputs.AssignTaskInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).assign(ctx.viewer!, input));
  }

  @Authorized()
  @Mutation(() => TaskPayload, { description: 'The owning agency reports progress (percent and note)' })
  reportTaskProgress(@Arg('input') input: Inputs.ReportTaskProgressInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).reportProgress(ctx.viewer!, input));
  }

  @Authorized()
  @Mutation(() => TaskPayload, { description: 'The owning agency declares it done (LEAD)' })
  completeTask(@Arg('input') input: Inputs.CompleteTaskInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).complete(ctx.viewer!, input));
  }

  @Authorized()
  @Mutation(() => TaskPayload, { description: 'The Committee reopens a completed task (Committee LEAD)' })
  reopenTask(@Arg('input') input: Inputs.TaskReasonInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).reopen(ctx.viewer!, input));
  }

  @Authorized()
  @Mutation(() => TaskPayload, { description: 'The Committee cancels an open task, with a reason (Committee LEAD)' })
  cancelTask(@Arg('input') input: Inputs.TaskReasonInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).cancel(ctx.viewer!, input));
  }

  @Authorized()
  @Mutation(() => TaskPayload, { description: "Replaces the task's linked coordination requests" })
  linkTaskRequests(@Arg('input') input: Inputs.LinkTaskRequestsInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).link(ctx.viewer!, input));
  }

  @Authorized()
  @Mutation(() => CloseQuarterPayload, {
    description: 'Closes a quarter and carries its unfinished tasks into the next (Committee LEAD)',
  })
  async closeQuarter(
    @Arg('input') input: Inputs.CloseQuarterInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CloseQuarterPayload> {
    const carriedOver = await quarterService(ctx).closeQuarter(ctx.viewer!, input);
    return { period: { year: input.period.year, quarter: input.period.quarter }, carriedOver };
  }
}

/** Requests show the tasks that link them. */
@Resolver(() => RequestView)
export class RequestTaskLinksResolver {
  @FieldResolver(() => [TaskRefView], { description: 'Tasks that link this request, that the viewer may read' })
  linkedTasks(@Root() request: RequestView, @Ctx() ctx: GraphQLContext) {
    return tasksLinkedToRequest(ctx.loaders.combined, ctx.viewer!, request.id);
  }
}

/** Proposals show the tasks they would unblock. */
@Resolver(() => ProposalView)
export class ProposalTaskLinksResolver {
  @FieldResolver(() => [TaskRefView], { description: 'Linked tasks the viewer may read' })
  linkedTasks(@Root() proposal: ProposalView, @Ctx() ctx: GraphQLContext) {
    return tasksByIds(ctx.loaders.combined, ctx.viewer!, proposal.linkedTaskIds);
  }
}
