import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { startEventScope, type GraphQLContext } from '../../shared/context';
import { selectedPaths } from '../../shared/selection';
import type { Viewer } from '../../shared/viewer';
import { COALESCE_DESCRIPTION, type EventNotice } from '../events';
import { summaryServes } from './request.queries';
import * as Inputs from './request.inputs';
import { RequestFilter, RequestSort } from './request.inputs';
import { requestAttachments, requestComments, requestTimelines } from './request.loaders';
import { actorFacts, participationActedFor } from './request.policy';
import { allowedActions, RequestAction } from './request-status';
import { RequestService } from './request.service';
import { requestPayloads } from './request.watch';
import { RequestWatch } from './request.watch';
import { AttachmentView, CommentView, RequestConnection, RequestEventView, RequestView } from './request.views';
import { AgencySummary } from '../agencies';

@ObjectType()
class RequestPayload {
  @Field(() => RequestView)
  request!: RequestView;
}

@ObjectType({ description: 'A live change: the event, and the request as it is now' })
class RequestEventPayload {
  @Field(() => RequestEventView)
  event!: RequestEventView;

  @Field(() => RequestView)
  request!: RequestView;
}

@ArgsType()
class RequestsArgs {
  @Field(() => RequestFilter, { nullable: true })
  filter?: RequestFilter | null;

  @Field(() => RequestSort, { defaultValue: RequestSort.LAST_ACTIVITY })
  sort!: RequestSort;

  @Field(() => Int, { defaultValue: 50, description: 'Page size, at most 100' })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
class RequestChangedArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Last event id seen: missed events are replayed first' })
  after?: string | null;
}

@ArgsType()
class RequestFeedArgs {
  @Field(() => ID, { nullable: true, description: 'Last event id seen: missed events are replayed first' })
  after?: string | null;

  @Field(() => Boolean, { nullable: true, description: COALESCE_DESCRIPTION })
  coalesce?: boolean | null;
}

const service = (ctx: GraphQLContext) => new RequestService(ctx.em, ctx.bus);
const viewerOf = (ctx: GraphQLContext): Viewer => ctx.viewer!;
const payload = async (request: Promise<RequestView>): Promise<RequestPayload> => ({ request: await request });

@Resolver(() => RequestView)
export class RequestResolver {
  @Authorized()
  @Query(() => RequestConnection, { description: 'Requests the viewer may read, keyset-paginated' })
  requests(
    @Args() { filter, sort, first, after }: RequestsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const summary = summaryServes(selectedPaths(info, ['edges', 'node']));
    return service(ctx).list(viewerOf(ctx), filter, sort, first, after, summary);
  }

  @Authorized()
  @Query(() => RequestView)
  request(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return service(ctx).get(viewerOf(ctx), id);
  }

  @Authorized()
  @Query(() => ID, {
    description:
      'The newest request event id the viewer may see ("0" if none). Read it before a list, then subscribe to requestFeed(after: it): nothing in between is missed.',
  })
  requestEventCursor(@Ctx() ctx: GraphQLContext) {
    return new RequestWatch(ctx).cursor();
  }

  @FieldResolver(() => [RequestAction], { description: 'What the viewer may do now' })
  allowedActions(@Root() request: RequestView, @Ctx() ctx: GraphQLContext): RequestAction[] {
    const facts = actorFacts(viewerOf(ctx), {
      status: request.status,
      requestingAgencyId: request.requestingAgency.id,
      participants: request.participants.map((p) => ({ agencyId: p.agency.id, role: p.role, state: p.state })),
    });
    return allowedActions(request.status, facts);
  }

  @FieldResolver(() => AgencySummary, {
    nullable: true,
    description:
      'The addressed agency the viewer acts as (own agency first, else a unit its leader acts for): whose participation acknowledging, assigning, answering or declining changes, and whose members may be assigned',
  })
  actingAs(@Root() request: RequestView, @Ctx() ctx: GraphQLContext): AgencySummary | null {
    const participants = request.participants.map((p) => ({ agencyId: p.agency.id, role: p.role, agency: p.agency }));
    return participationActedFor(viewerOf(ctx), participants)?.agency ?? null;
  }

  @FieldResolver(() => [CommentView])
  comments(@Root() request: RequestView, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.get(requestComments).load(request.id);
  }

  @FieldResolver(() => [AttachmentView], { description: 'Upload with POST /files/requests/:id/attachments' })
  attachments(@Root() request: RequestView, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.get(requestAttachments).load(request.id);
  }

  @FieldResolver(() => [RequestEventView], { description: 'Every change, oldest first' })
  timeline(@Root() request: RequestView, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.get(requestTimelines).load(request.id);
  }

  @Authorized()
  @Mutation(() => RequestPayload, { description: 'Creates a draft (only the requesting agency sees it)' })
  createRequest(@Arg('input') input: Inputs.CreateRequestInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).create(viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => RequestPayload)
  updateRequestDraft(@Arg('input') input: Inputs.UpdateRequestDraftInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).updateDraft(viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => RequestPayload, { description: 'Sends the draft; it gets its PH-YYYY-NNNN code' })
  submitRequest(@Arg('input') input: Inputs.RequestActionInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).submit(viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => RequestPayload)
  acknowledgeRequest(@Arg('input') input: Inputs.RequestActionInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).acknowledge(viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => RequestPayload, { description: "Assigns an official of the viewer's agency" })
  assignRequest(@Arg('input') input: Inputs.AssignRequestInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).assign(viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => RequestPayload, { description: "The viewer's agency answers" })
  respondToRequest(@Arg('input') input: Inputs.RequestTextInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).respond(viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => RequestPayload, { description: "The viewer's agency declines, with a reason (LEAD)" })
  declineRequest(@Arg('input') input: Inputs.RequestTextInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).decline(viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => RequestPayload, { description: 'The requester accepts the answer (LEAD)' })
  closeRequest(@Arg('input') input: Inputs.OptionalTextInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).close(viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => RequestPayload, { description: 'The requester is not satisfied: back to the lead, with a comment' })
  reopenRequest(@Arg('input') input: Inputs.RequestTextInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).reopen(viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => RequestPayload)
  withdrawRequest(@Arg('input') input: Inputs.OptionalTextInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).withdraw(viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => RequestPayload, { description: 'Reports the request to the Committee, with a reason' })
  escalateRequest(@Arg('input') input: Inputs.RequestTextInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).escalate(viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => RequestPayload, {
    description: "The Committee's directive: a new lead and/or due date (Committee LEAD)",
  })
  resolveRequestEscalation(@Arg('input') input: Inputs.ResolveEscalationInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).resolveEscalation(viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => RequestPayload)
  commentOnRequest(@Arg('input') input: Inputs.CommentOnRequestInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).comment(viewerOf(ctx), input));
  }

  @Authorized()
  @Subscription(() => RequestEventPayload, {
    description: 'Changes to one request; pass `after` to resume without gaps',
    subscribe: ({ args, context }) => new RequestWatch(context as GraphQLContext).one(args.id, args.after),
  })
  async requestChanged(
    @Root() notice: EventNotice,
    @Args() _args: RequestChangedArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RequestEventPayload> {
    return this.eventPayload(notice, ctx);
  }

  @Authorized()
  @Subscription(() => RequestEventPayload, {
    description: 'Changes to every request the viewer may read (inbox and outbox); pass `after` to resume',
    subscribe: ({ args, context }) => new RequestWatch(context as GraphQLContext).feed(args.after, args.coalesce),
  })
  async requestFeed(
    @Root() notice: EventNotice,
    @Args() _args: RequestFeedArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RequestEventPayload> {
    return this.eventPayload(notice, ctx);
  }

  private async eventPayload(notice: EventNotice, ctx: GraphQLContext): Promise<RequestEventPayload> {
    startEventScope(ctx);
    const { event, view } = await requestPayloads.of(ctx.liveReads, notice);
    return { event, request: view };
  }
}
