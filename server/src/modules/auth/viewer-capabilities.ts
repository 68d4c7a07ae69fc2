import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../shared/context';
import { delegationFor, holdsOwnPower, Power } from '../../shared/powers';
import type { Viewer } from '../../shared/viewer';
import { agencyPolicy } from '../agencies';
import { canSignDecisions } from '../decisions';
import { canPublishConclusions, canRecordMeetings } from '../meetings';
import { canDecideProposals, canSubmitProposals } from '../proposals';
import { isCommitteeLead } from '../tasks';
import { User, userPolicy } from '../users';

/**
 * What the signed-in user may do beyond any one record (a record's own `allowedActions` say what
 * may be done to it). Each flag asks the policy the server checks the action with, so the client
 * offers exactly what the server would allow.
 */
@ObjectType({
  description:
    'What the signed-in user may do (records say more through their allowedActions); the server checks every action again',
})
export class ViewerCapabilities {
  @Field({
    description: "Reads every agency's requests, proposals, tasks and meetings (a member of the People's Committee)",
  })
  readWholeProvince!: boolean;

  @Field({ description: 'May call assignTask' })
  assignTasks!: boolean;

  @Field({ description: 'May call closeQuarter' })
  closeQuarters!: boolean;

  @Field({ description: 'May call createMeeting, updateMeetingDraft' })
  recordMeetings!: boolean;

  @Field({ description: 'May call publishConclusion' })
  publishConclusions!: boolean;

  @Field({ description: "May call submitProposal on the own agency's drafts" })
  submitProposals!: boolean;

  @Field({ description: 'May call decideProposal (and returnProposal, reopenProposalAppraisal: the same rule)' })
  decideProposals!: boolean;

  @Field({ description: 'May call amendDecision, revokeDecision' })
  signDecisions!: boolean;

  @Field({ description: 'May call confirmSigningOfficial' })
  confirmSigningOfficials!: boolean;

  @Field({ description: 'May call createAgency, updateAgency' })
  manageAgencies!: boolean;

  @Field({ description: 'May call createUser, setUserActive' })
  manageUsers!: boolean;

  @Field({
    description:
      'May open the administration: users, agencies and the audit log (users, auditLog, updateUser, resetPassword)',
  })
  administer!: boolean;
  @Field(() => [Power], { description: 'The powers the user may delegate (delegatePowers): those of their own role' })
  delegablePowers!: Power[];

  @Field(() => [Power], { description: 'The powers the user holds today by a delegation received' })
  delegatedPowers!: Power[];
}

function capabilitiesOf(viewer: Viewer): ViewerCapabilities {
  return {
    // the Viewer's own definition: Committee members read everything in the province
    readWholeProvince: viewer.inCommittee,
    assignTasks: isCommitteeLead(viewer),
    closeQuarters: isCommitteeLead(viewer),
    recordMeetings: canRecordMeetings(viewer),
    publishConclusions: canPublishConclusions(viewer),
    submitProposals: canSubmitProposals(viewer),
    decideProposals: canDecideProposals(viewer),
    signDecisions: canSignDecisions(viewer),
    confirmSigningOfficials: userPolicy.canConfirmSigning(viewer),
    manageAgencies: agencyPolicy.canManage(viewer),
    manageUsers: userPolicy.canManage(viewer),
    administer: userPolicy.canManage(viewer),
    delegablePowers: Object.values(Power).filter((power) => holdsOwnPower(viewer, power)),
    delegatedPowers: Object.values(Power).filter((power) => delegationFor(viewer, power) !== null),
  };
}

/** `User.capabilities` lives here, beside the session that decides who the viewer is. */
@Resolver(() => User)
export class ViewerCapabilitiesResolver {
  @FieldResolver(() => ViewerCapabilities, {
    nullable: true,
    description: 'What the signed-in user may do: on `me` only, null on any other user',
  })
  capabilities(@Root() user: User, @Ctx() ctx: GraphQLContext): ViewerCapabilities | null {
    return ctx.viewer?.userId === user.id ? capabilitiesOf(ctx.viewer) : null;
  }
}
