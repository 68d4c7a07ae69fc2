import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../shared/context';
import { DelegatePowersInput, RevokeDelegationInput } from './delegation.inputs';
import { DelegationService } from './delegation.service';
import { DelegationPayload, MyDelegationsView } from './delegation.views';

const service = (ctx: GraphQLContext) => new DelegationService(ctx.em, ctx.bus, ctx.sessions, ctx.clock);

@Resolver()
export class DelegationResolver {
  @Authorized()
  @Query(() => MyDelegationsView, { description: 'The delegations the viewer gave and received' })
  myDelegations(@Ctx() ctx: GraphQLContext): Promise<MyDelegationsView> {
    return service(ctx).mine(ctx.viewer!);
  }

  @Authorized()
  @Mutation(() => DelegationPayload, {
    description: 'A leader delegates powers they hold to an active official of their agency, for at most 90 days',
  })
  async delegatePowers(
    @Arg('input') input: DelegatePowersInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DelegationPayload> {
    return { delegation: await service(ctx).give(ctx.viewer!, input) };
  }

  @Authorized()
  @Mutation(() => DelegationPayload, { description: 'The grantor ends a delegation now' })
  async revokeDelegation(
    @Arg('input') input: RevokeDelegationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DelegationPayload> {
    return { delegation: await service(ctx).revoke(ctx.viewer!, input) };
  }
}
