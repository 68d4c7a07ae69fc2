import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../shared/context';
import { UpdateUserInput, User } from '../users';
import { Role } from '../../shared/viewer';
import {
  ChangePasswordInput,
  ConfirmSigningOfficialInput,
  LoginInput,
  ResetPasswordInput,
  SetUserActiveInput,
} from './auth.inputs';
import { AccountService } from './account.service';
import { AuthService } from './auth.service';

@ObjectType()
class LoginPayload {
  @Field({ description: 'Bearer token for API clients and graphql-ws; browsers use the cookie' })
  token!: string;

  @Field(() => User)
  user!: User;

  @Field()
  expiresAt!: Date;

  @Field({
    description:
      'The password was set by an ADMIN: this session may only call me, changePassword and logout until it is changed',
  })
  mustChangePassword!: boolean;
}

@ObjectType()
class UserPayload {
  @Field(() => User)
  user!: User;
}

@ObjectType()
class ResetPasswordPayload {
  @Field(() => User)
  user!: User;

  @Field({ description: 'Shown here once; stored only hashed. The official must change it at first sign-in' })
  oneTimePassword!: string;
}

const accounts = (ctx: GraphQLContext) => new AccountService(ctx.em, ctx.bus, ctx.sessions);

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, { description: 'Signs in; also sets an HttpOnly session cookie' })
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: GraphQLContext): Promise<LoginPayload> {
    const client = { ...ctx.meta, deviceToken: ctx.sessionCookie?.deviceToken ?? null };
    const result = await new AuthService(ctx.em, ctx.bus, ctx.sessions).login(
      input,
      client,
      ctx.settings.sessionTtlMs,
      ctx.settings.loginLimits,
    );
    ctx.sessionCookie?.set(result.token, result.expiresAt);
    ctx.sessionCookie?.setDevice(result.device.token, result.device.expiresAt);
    return { ...result, mustChangePassword: result.user.mustChangePassword };
  }

  @Authorized()
  @Mutation(() => LoginPayload, {
    description:
      "Replaces the signed-in user's password: every session of theirs ends and this client gets a new one (cookie and token)",
  })
  async changePassword(@Arg('input') input: ChangePasswordInput, @Ctx() ctx: GraphQLContext): Promise<LoginPayload> {
    const result = await accounts(ctx).changePassword(
      ctx.viewer!,
      input,
      { ...ctx.meta, deviceToken: null },
      ctx.settings.sessionTtlMs,
      ctx.settings.loginLimits,
    );
    ctx.sessionCookie?.set(result.token, result.expiresAt);
    return { ...result, mustChangePassword: false };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, {
    description: "ADMIN: an official's title, role and agency; a new role or agency ends their sessions",
  })
  async updateUser(@Arg('input') input: UpdateUserInput, @Ctx() ctx: GraphQLContext): Promise<UserPayload> {
    return { user: await accounts(ctx).updateUser(ctx.viewer!, input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ResetPasswordPayload, {
    description: 'ADMIN: a new one-time password, returned once; the official’s sessions end',
  })
  resetPassword(@Arg('input') input: ResetPasswordInput, @Ctx() ctx: GraphQLContext): Promise<ResetPasswordPayload> {
    return accounts(ctx).resetPassword(ctx.viewer!, input);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Ends every session of the signed-in user (all devices); returns how many' })
  async logoutEverywhere(@Ctx() ctx: GraphQLContext): Promise<number> {
    const ended = await new AuthService(ctx.em, ctx.bus, ctx.sessions).logoutEverywhere(ctx.viewer!);
    ctx.sessionCookie?.clear();
    return ended;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: 'ADMIN: disables (sessions end, sockets close) or re-enables an account' })
  setUserActive(@Arg('input') input: SetUserActiveInput, @Ctx() ctx: GraphQLContext): Promise<User> {
    return new AuthService(ctx.em, ctx.bus, ctx.sessions).setUserActive(ctx.viewer!, input);
  }

  @Authorized(Role.LEAD)
  @Mutation(() => User, {
    description:
      "A confirmed People's Committee LEAD confirms a new one, who may then decide and sign (after signing in again)",
  })
  confirmSigningOfficial(@Arg('input') input: ConfirmSigningOfficialInput, @Ctx() ctx: GraphQLContext): Promise<User> {
    return new AuthService(ctx.em, ctx.bus, ctx.sessions).confirmSigningOfficial(ctx.viewer!, input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Revokes the current session' })
  async logout(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    await new AuthService(ctx.em, ctx.bus, ctx.sessions).logout(ctx.viewer!);
    ctx.sessionCookie?.clear();
    return true;
  }
}
