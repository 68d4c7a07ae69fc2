import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Subscription,
} from 'type-graphql';
import { startEventScope, type GraphQLContext } from '../../shared/context';
import { NotificationService } from './notification.service';
import { NotificationConnection } from './notification.views';

@ArgsType()
class NotificationsArgs {
  @Field(() => Int, { defaultValue: 20 })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  unreadOnly!: boolean;
}

@InputType()
class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'These notifications; omit to mark all read' })
  ids?: string[] | null;
}

@ObjectType()
class MarkNotificationsReadPayload {
  @Field(() => Int)
  unreadCount!: number;
}

const service = (ctx: GraphQLContext) => new NotificationService(ctx.em, ctx.bus);

@Resolver()
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: "The viewer's notifications, newest first" })
  notifications(@Args() { first, after, unreadOnly }: NotificationsArgs, @Ctx() ctx: GraphQLContext) {
    return service(ctx).list(ctx.viewer!, first, after, unreadOnly);
  }

  @Authorized()
  @Query(() => Int)
  unreadNotificationCount(@Ctx() ctx: GraphQLContext) {
    return service(ctx).unreadCount(ctx.viewer!);
  }

  @Authorized()
  @Mutation(() => MarkNotificationsReadPayload)
  async markNotificationsRead(
    @Arg('input') input: MarkNotificationsReadInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MarkNotificationsReadPayload> {
    return { unreadCount: await service(ctx).markRead(ctx.viewer!, input.ids ?? null) };
  }

  @Authorized()
  @Subscription(() => Int, {
    description: "The viewer's unread count: now, then whenever it may have changed",
    subscribe: ({ context }) =>
      new NotificationService((context as GraphQLContext).em, (context as GraphQLContext).bus).countChanges(
        (context as GraphQLContext).viewer!,
      ),
  })
  async notificationCountChanged(@Ctx() ctx: GraphQLContext): Promise<number> {
    startEventScope(ctx);
    return service(ctx).unreadCount(ctx.viewer!);
  }
}
