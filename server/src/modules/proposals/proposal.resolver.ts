import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { startEventScope } from '../../shared/context';
import { COALESCE_DESCRIPTION, EventPayloads, eventCursor, watchAggregate, type EventNotice } from '../events';
import { findProposalsByIds } from './proposal.queries';
import type { GraphQLContext } from '../../shared/context';
import { DecisionView } from '../decisions';
import * as Inputs from './proposal.inputs';
import { proposalDecisions, proposalRevisions, proposalTimelines } from './proposal.loaders';
import { appraisalActedFor, proposalActor } from './proposal.policy';
import { allowedProposalActions, ProposalAction, ProposalStatus } from './proposal-status';
import { PROPOSAL_AGGREGATE, ProposalService } from './proposal.service';
import { ProposalConnection, ProposalEventView, ProposalView, RevisionView } from './proposal.views';

@ObjectType()
class ProposalPayload {
  @Field(() => ProposalView)
  proposal!: ProposalView;
}

@InputType()
class ProposalFilter {
  @Field(() => ProposalStatus, { nullable: true })
  status?: ProposalStatus | null;

  @Field(() => Boolean, { nullable: true, description: "The Committee's review queue: IN_REVIEW, oldest first" })
  awaitingDecision?: boolean | null;
}

@ArgsType()
class ProposalsArgs {
  @Field(() => ProposalFilter, { nullable: true })
  filter?: ProposalFilter | null;

  @Field(() => Int, { defaultValue: 50 })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ObjectType({ description: 'A live change: the event, and the proposal as it is now' })
class ProposalEventPayload {
  @Field(() => ProposalEventView)
  event!: ProposalEventView;

  @Field(() => ProposalView)
  proposal!: ProposalView;
}

@ArgsType()
class ProposalChangedArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Last event id seen: missed events are replayed first' })
  after?: string | null;
}

@ArgsType()
class ProposalFeedArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Last event id seen (e.g. from proposalEventCursor): missed events are replayed first',
  })
  after?: string | null;

  @Field(() => Boolean, { nullable: true, description: COALESCE_DESCRIPTION })
  coalesce?: boolean | null;
}

/** Replay after the client's last id, then live events of one proposal (or all) the viewer may see. */
async function watchProposals(
  ctx: GraphQLContext,
  id: string | null,
  after: string | null | undefined,
  coalesce?: boolean | null,
): Promise<AsyncIterable<EventNotice>> {
  if (id !== null) await service(ctx).get(ctx.viewer!, id); // NOT_FOUND unless readable
  const scope = { em: ctx.em, bus: ctx.bus, viewer: ctx.viewer!, liveReads: ctx.liveReads };
  return watchAggregate(scope, PROPOSAL_AGGREGATE, id, after, { payloads: proposalPayloads, coalesce });
}

/** What a proposal event is pushed with (its timeline entry and the proposal), read in batches. */
const proposalPayloads = new EventPayloads(PROPOSAL_AGGREGATE, findProposalsByIds);

const service = (ctx: GraphQLContext) => new ProposalService(ctx.em, ctx.bus, ctx.settings);

async function eventPayload(notice: EventNotice, ctx: GraphQLContext): Promise<ProposalEventPayload> {
  startEventScope(ctx);
  const { event, view } = await proposalPayloads.of(ctx.liveReads, notice);
  return { event, proposal: view };
}
const payload = async (proposal: Promise<ProposalView>): Promise<ProposalPayload> => ({ proposal: await proposal });

@Resolver(() => ProposalView)
export class ProposalResolver {
  @Authorized()
  @Query(() => ProposalConnection, { description: 'Proposals the viewer may read' })
  proposals(@Args() { filter, first, after }: ProposalsArgs, @Ctx() ctx: GraphQLContext) {
    return service(ctx).list(ctx.viewer!, filter, first, after);
  }

  @Authorized()
  @Query(() => ProposalView)
  proposal(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return service(ctx).get(ctx.viewer!, id);
  }

  @FieldResolver(() => [ProposalAction], { description: 'What the viewer may do now' })
  allowedActions(@Root() proposal: ProposalView, @Ctx() ctx: GraphQLContext): ProposalAction[] {
    const actor = proposalActor(ctx.viewer!, {
      status: proposal.status,
      requestingAgencyId: proposal.requestingAgency.id,
      pendingAppraiserIds: proposal.appraisals.filter((a) => a.opinion === null).map((a) => a.agency.id),
    });
    return allowedProposalActions(proposal.status, actor);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description:
      'The agency whose pending appraisal the viewer gives (own agency first, else a unit its leader acts for), if any',
  })
  appraisingAgencyId(@Root() proposal: ProposalView, @Ctx() ctx: GraphQLContext): string | null {
    const pending = proposal.appraisals.filter((a) => a.opinion === null).map((a) => a.agency.id);
    return appraisalActedFor(ctx.viewer!, pending);
  }

  @FieldResolver(() => [RevisionView], { description: 'Every submitted revision, oldest first' })
  revisions(@Root() proposal: ProposalView, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.get(proposalRevisions).load(proposal.id);
  }

  @FieldResolver(() => [DecisionView], {
    description: 'Decisions on this proposal (the approval, then any amendment or revocation)',
  })
  decisions(@Root() proposal: ProposalView, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.get(proposalDecisions).load(proposal.id);
  }

  @FieldResolver(() => [ProposalEventView], { description: 'Every change, oldest first' })
  timeline(@Root() proposal: ProposalView, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.get(proposalTimelines).load(proposal.id);
  }

  @Authorized()
  @Subscription(() => ProposalEventPayload, {
    description: 'Changes to one proposal (appraisals, decision); pass `after` to resume without gaps',
    subscribe: ({ args, context }) => watchProposals(context as GraphQLContext, args.id, args.after),
  })
  proposalChanged(
    @Root() notice: EventNotice,
    @Args() _args: ProposalChangedArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProposalEventPayload> {
    return eventPayload(notice, ctx);
  }

  @Authorized()
  @Subscription(() => ProposalEventPayload, {
    description: 'Changes to every proposal the viewer may read; pass `after` to resume without gaps',
    subscribe: ({ args, context }) => watchProposals(context as GraphQLContext, null, args.after, args.coalesce),
  })
  proposalFeed(
    @Root() notice: EventNotice,
    @Args() _args: ProposalFeedArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProposalEventPayload> {
    return eventPayload(notice, ctx);
  }

  @Authorized()
  @Query(() => ID, {
    description:
      'The newest proposal event id the viewer may see ("0" if none): read it before a list, then subscribe to proposalFeed(after: it)',
  })
  proposalEventCursor(@Ctx() ctx: GraphQLContext): Promise<string> {
    return eventCursor({ em: ctx.em, viewer: ctx.viewer! }, PROPOSAL_AGGREGATE);
  }

  @Authorized()
  @Mutation(() => ProposalPayload, { description: 'Creates a draft' })
  createProposal(@Arg('input') input: Inputs.CreateProposalInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).create(ctx.viewer!, input));
  }

  @Authorized()
  @Mutation(() => ProposalPayload)
  updateProposalDraft(@Arg('input') input: Inputs.UpdateProposalDraftInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).updateDraft(ctx.viewer!, input));
  }

  @Authorized()
  @Mutation(() => ProposalPayload, { description: 'Sends the proposal (LEAD); routed to its appraisers by item kind' })
  submitProposal(@Arg('input') input: Inputs.ProposalActionInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).submit(ctx.viewer!, input));
  }

  @Authorized()
  @Mutation(() => ProposalPayload, { description: "The appraising agency's opinion (LEAD)" })
  appraiseProposal(@Arg('input') input: Inputs.AppraiseProposalInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).appraise(ctx.viewer!, input));
  }

  @Authorized()
  @Mutation(() => ProposalPayload, { description: 'The Committee sends it back for a new revision (Committee LEAD)' })
  returnProposal(@Arg('input') input: Inputs.ProposalReasonInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).returnForRevision(ctx.viewer!, input));
  }

  @Authorized()
  @Mutation(() => ProposalPayload, { description: 'The Committee asks the appraisers again (Committee LEAD)' })
  reopenProposalAppraisal(@Arg('input') input: Inputs.ProposalReasonInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).reopenAppraisal(ctx.viewer!, input));
  }

  @Authorized()
  @Mutation(() => ProposalPayload, { description: 'The proposing agency withdraws it (LEAD)' })
  withdrawProposal(@Arg('input') input: Inputs.ProposalActionInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).withdraw(ctx.viewer!, input));
  }

  @Authorized()
  @Mutation(() => ProposalPayload, { description: 'Issues the numbered decision (Committee LEAD)' })
  decideProposal(@Arg('input') input: Inputs.DecideProposalInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).decide(ctx.viewer!, input));
  }
}
