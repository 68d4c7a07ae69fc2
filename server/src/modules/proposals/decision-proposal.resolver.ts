import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../shared/context';
import { DecisionView } from '../decisions';
import { isProposalReadable } from './proposal.visibility';

/**
 * The register is readable by every official, proposals are not: a decision says whether its
 * proposal may be opened by this viewer, so the client never links to a page it cannot show.
 */
@Resolver(() => DecisionView)
export class DecisionProposalResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Whether the viewer may open the proposal this decision grants (one query: ask it of a decision, not of a list)',
  })
  async proposalReadable(@Root() decision: DecisionView, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    if (!decision.proposalId || !ctx.viewer) return false;
    return isProposalReadable(ctx.em, ctx.viewer, decision.proposalId);
  }
}
