import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Connection } from '../../shared/pagination';
import type { GraphQLContext } from '../../shared/context';
import { Role } from '../../shared/viewer';
import { Agency, agencyById } from '../agencies';
import { User } from './user.entity';
import { CreateUserInput, UserFilter } from './user.inputs';
import { agencyMembers } from './user.loaders';
import { UserService } from './user.service';

@ObjectType()
class CreateUserPayload {
  @Field(() => User)
  user!: User;

  @Field(() => String, {
    nullable: true,
    description:
      'The one-time password when the server made one: shown here once, never stored in clear (null on a retry)',
  })
  oneTimePassword!: string | null;
}

@ObjectType()
class UserConnection extends Connection(User) {}

@ArgsType()
class UsersArgs {
  @Field(() => UserFilter, { nullable: true })
  filter?: UserFilter | null;

  @Field(() => Int, { defaultValue: 50, description: 'Page size, at most 100' })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null' })
  me(@Ctx() ctx: GraphQLContext): Promise<User | null> | null {
    return ctx.viewer ? ctx.em.findOne(User, ctx.viewer.userId) : null;
  }

  @Authorized(Role.ADMIN)
  @Query(() => UserConnection, { description: 'ADMIN: every account, ordered by username' })
  users(@Args() { filter, first, after }: UsersArgs, @Ctx() ctx: GraphQLContext) {
    return new UserService(ctx.em).list(ctx.viewer, filter, first, after);
  }

  @Authorized(Role.LEAD)
  @Query(() => [User], {
    description:
      'For a confirmed Committee LEAD: the new Committee leads awaiting a confirmation (confirmSigningOfficial), at most 100',
  })
  signingOfficialsAwaitingConfirmation(@Ctx() ctx: GraphQLContext): Promise<User[]> {
    return new UserService(ctx.em).awaitingConfirmation(ctx.viewer!);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateUserPayload)
  createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: GraphQLContext): Promise<CreateUserPayload> {
    return new UserService(ctx.em).create(ctx.viewer, input);
  }

  @FieldResolver(() => Agency)
  async agency(@Root() user: User, @Ctx() ctx: GraphQLContext): Promise<Agency> {
    return (await ctx.loaders.get(agencyById).load(user.agency.id))!;
  }
}

/** `Agency.members` lives here so the agencies module need not know about users. */
@Resolver(() => Agency)
export class AgencyMembersResolver {
  @FieldResolver(() => [User], { description: 'Active officials of this agency, leaders first' })
  members(@Root() agency: Agency, @Ctx() ctx: GraphQLContext): Promise<User[]> {
    return ctx.loaders.get(agencyMembers).load(agency.id);
  }
}
