import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../shared/context';
import { Role } from '../../shared/viewer';
import { Agency, agencyById } from '../agencies';
import { User } from './user.entity';
import { CreateUserInput } from './user.inputs';
import { agencyMembers } from './user.loaders';
import { UserService } from './user.service';

@ObjectType()
class UserPayload {
  @Field(() => User)
  user!: User;
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null' })
  me(@Ctx() ctx: GraphQLContext): Promise<User | null> | null {
    return ctx.viewer ? ctx.em.findOne(User, ctx.viewer.userId) : null;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload)
  async createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: GraphQLContext): Promise<UserPayload> {
    return { user: await new UserService(ctx.em).create(ctx.viewer, input) };
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
