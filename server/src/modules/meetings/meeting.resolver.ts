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
} from 'type-graphql';
import type { GraphQLContext } from '../../shared/context';
import { RequestView } from '../requests';
import * as Inputs from './meeting.inputs';
import { meetingActor } from './meeting.policy';
import { directiveOfRequest } from './meeting.queries';
import { MeetingService } from './meeting.service';
import { allowedMeetingActions, MeetingAction } from './meeting-status';
import { MeetingConnection, MeetingView, RequestDirectiveView } from './meeting.views';

@ObjectType()
class MeetingPayload {
  @Field(() => MeetingView)
  meeting!: MeetingView;
}

@ArgsType()
class MeetingsArgs {
  @Field(() => Int, { defaultValue: 50 })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

const service = (ctx: GraphQLContext) => new MeetingService(ctx.em, ctx.bus);
const payload = async (meeting: Promise<MeetingView>): Promise<MeetingPayload> => ({ meeting: await meeting });

@Resolver(() => MeetingView)
export class MeetingResolver {
  @Authorized()
  @Query(() => MeetingConnection, {
    description: 'Working sessions, newest first (an agency: published ones about it or directing it)',
  })
  meetings(@Args() { first, after }: MeetingsArgs, @Ctx() ctx: GraphQLContext) {
    return service(ctx).list(ctx.viewer!, first, after);
  }

  @Authorized()
  @Query(() => MeetingView)
  meeting(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return service(ctx).get(ctx.viewer!, id);
  }

  @FieldResolver(() => [MeetingAction], { description: 'What the viewer may do now' })
  allowedActions(@Root() meeting: MeetingView, @Ctx() ctx: GraphQLContext): MeetingAction[] {
    return allowedMeetingActions(meeting.status, meetingActor(ctx.viewer!));
  }

  @Authorized()
  @Mutation(() => MeetingPayload, { description: 'Records a working session and its draft conclusion (Committee)' })
  createMeeting(@Arg('input') input: Inputs.CreateMeetingInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).create(ctx.viewer!, input));
  }

  @Authorized()
  @Mutation(() => MeetingPayload)
  updateMeetingDraft(@Arg('input') input: Inputs.UpdateMeetingDraftInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).updateDraft(ctx.viewer!, input));
  }

  @Authorized()
  @Mutation(() => MeetingPayload, {
    description:
      'Numbers the conclusion notice (N/TB-UBND) and turns each directive into a task or request (Committee LEAD)',
  })
  publishConclusion(@Arg('input') input: Inputs.PublishConclusionInput, @Ctx() ctx: GraphQLContext) {
    return payload(service(ctx).publish(ctx.viewer!, input));
  }
}

/** A request that came from a conclusion shows the directive. */
@Resolver(() => RequestView)
export class RequestDirectiveResolver {
  @FieldResolver(() => RequestDirectiveView, {
    nullable: true,
    description: 'The conclusion directive this request came from',
  })
  directive(@Root() request: RequestView, @Ctx() ctx: GraphQLContext) {
    return directiveOfRequest(ctx.loaders.combined, ctx.viewer!, request.id);
  }
}
