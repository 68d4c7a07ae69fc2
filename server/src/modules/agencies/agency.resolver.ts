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
import { Connection } from '../../shared/pagination';
import { Role } from '../../shared/viewer';
import { Agency } from './agency.entity';
import { AGENCY_CHANGED, AgencyChangedEvent, type AgencyChangedMessage } from './agency.events';
import { AgencyFilter, CreateAgencyInput, UpdateAgencyInput } from './agency.inputs';
import { agencyById, agencyChildren } from './agency.loaders';
import { AgencyService } from './agency.service';

@ObjectType()
class AgencyConnection extends Connection(Agency) {}

@ObjectType()
class AgencyPayload {
  @Field(() => Agency)
  agency!: Agency;
}

@ArgsType()
class AgenciesArgs {
  @Field(() => AgencyFilter, { nullable: true })
  filter?: AgencyFilter | null;

  @Field(() => Int, { defaultValue: 50, description: 'Page size, at most 100' })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

const service = (ctx: GraphQLContext) => new AgencyService(ctx.em, ctx.bus, ctx.sessions);

@Resolver(() => Agency)
export class AgencyResolver {
  @Authorized()
  @Query(() => AgencyConnection, { description: 'The agency directory, ordered by code' })
  agencies(@Args() { filter, first, after }: AgenciesArgs, @Ctx() ctx: GraphQLContext) {
    return service(ctx).list(ctx.viewer, filter, first, after);
  }

  @Authorized()
  @Query(() => Agency)
  agency(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return service(ctx).get(ctx.viewer, id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AgencyPayload)
  async createAgency(@Arg('input') input: CreateAgencyInput, @Ctx() ctx: GraphQLContext): Promise<AgencyPayload> {
    return { agency: await service(ctx).create(ctx.viewer, input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AgencyPayload)
  async updateAgency(@Arg('input') input: UpdateAgencyInput, @Ctx() ctx: GraphQLContext): Promise<AgencyPayload> {
    return { agency: await service(ctx).update(ctx.viewer, input) };
  }

  @Authorized()
  @Subscription(() => AgencyChangedEvent, {
    topics: AGENCY_CHANGED,
    description: 'Directory changes, for every signed-in user',
  })
  async agencyChanged(@Root() message: AgencyChangedMessage, @Ctx() ctx: GraphQLContext): Promise<AgencyChangedEvent> {
    startEventScope(ctx);
    const agency = await service(ctx).get(ctx.viewer, message.agencyId);
    return { change: message.change, agency };
  }

  @FieldResolver(() => Agency, { nullable: true })
  parent(@Root() agency: Agency, @Ctx() ctx: GraphQLContext): Promise<Agency | null> | null {
    return agency.parent ? ctx.loaders.get(agencyById).load(agency.parent.id) : null;
  }

  @FieldResolver(() => [Agency], { description: 'Direct sub-units, ordered by code' })
  children(@Root() agency: Agency, @Ctx() ctx: GraphQLContext): Promise<Agency[]> {
    return ctx.loaders.get(agencyChildren).load(agency.id);
  }
}
