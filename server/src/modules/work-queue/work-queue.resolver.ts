import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../shared/context';
import { readWorkQueue } from './work-queue.service';
import { WorkQueueView } from './work-queue.views';

@Resolver()
export class WorkQueueResolver {
  @Authorized()
  @Query(() => WorkQueueView, {
    description: 'Việc cần xử lý: what the signed-in official (their agencies, or the Committee) must do next, and why',
  })
  workQueue(@Ctx() ctx: GraphQLContext): Promise<WorkQueueView> {
    return readWorkQueue(ctx.loaders.combined, ctx.viewer!);
  }
}
