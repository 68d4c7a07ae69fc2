import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../shared/context';
import { User } from '../users';
import { Role } from '../../shared/viewer';
import { ConfirmSigningOfficialInput, LoginInput, SetUserActiveInput } from './auth.inputs';
import { AuthService } from './auth.service';

@ObjectType()
class LoginPayload {
  @Field({ description: 'Bearer token for API clients and graphql-ws; browsers use the cookie' })
  token!: string;

  @Field(() => User)
  user!: User;

  @Field()
  expiresAt!: Date;
}

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
    return result;
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
