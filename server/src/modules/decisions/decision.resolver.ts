import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { Role } from '../../shared/viewer';
import { DecisionChanges } from './decision-changes';
import { AmendDecisionInput, RevokeDecisionInput } from './decision.inputs';
import type { GraphQLContext } from '../../shared/context';
import { fieldError, invalidInput, notFound } from '../../shared/errors';
import { message } from '../../shared/messages';
import { isId } from '../../shared/ids';
import { decodeTimeCursor, pageSize, timeCursor, toPage } from '../../shared/pagination';
import { findDecision, listDecisions } from './decision.queries';
import { DecisionConnection, DecisionView } from './decision.views';

@ArgsType()
class DecisionsArgs {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => Int, { defaultValue: 50 })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A number ("1", "1/QĐ-UBND") or words of the title, without diacritics too',
  })
  search?: string | null;
}

/** Longer than any number or title the register holds. */
const MAX_SEARCH = 200;

@ObjectType()
class DecisionPayload {
  @Field(() => DecisionView)
  decision!: DecisionView;
}

/** The decision register: issued decisions are readable by every signed-in official. */
@Resolver(() => DecisionView)
export class DecisionResolver {
  @Authorized()
  @Query(() => DecisionConnection, { description: 'The register, newest first' })
  async decisions(@Args() { year, first, after, search }: DecisionsArgs, @Ctx() ctx: GraphQLContext) {
    if (search && search.length > MAX_SEARCH)
      throw invalidInput([fieldError('search', 'TOO_LONG', message('field.tooLong', { max: MAX_SEARCH }))]);
    const limit = pageSize(first);
    const rows = await listDecisions(ctx.em, limit + 1, after ? decodeTimeCursor(after) : null, {
      year: year ?? null,
      search: search?.trim() || null,
    });
    return toPage(rows, limit, (d) => timeCursor(d.signedAt, d.id));
  }

  @Authorized()
  @Query(() => DecisionView)
  async decision(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    const decision = isId(id) ? await findDecision(ctx.em, id) : null;
    if (!decision) throw notFound('decision');
    return decision;
  }

  @Authorized(Role.LEAD)
  @Mutation(() => DecisionPayload, {
    description: 'Issues a numbered decision that revokes an earlier one (Committee LEAD)',
  })
  async revokeDecision(@Arg('input') input: RevokeDecisionInput, @Ctx() ctx: GraphQLContext): Promise<DecisionPayload> {
    return {
      decision: await new DecisionChanges(ctx.em, ctx.bus, ctx.settings.provinceName).revoke(ctx.viewer!, input),
    };
  }

  @Authorized(Role.LEAD)
  @Mutation(() => DecisionPayload, {
    description: 'Issues a numbered decision that amends the grants of an earlier one (Committee LEAD)',
  })
  async amendDecision(@Arg('input') input: AmendDecisionInput, @Ctx() ctx: GraphQLContext): Promise<DecisionPayload> {
    return {
      decision: await new DecisionChanges(ctx.em, ctx.bus, ctx.settings.provinceName).amend(ctx.viewer!, input),
    };
  }
}
