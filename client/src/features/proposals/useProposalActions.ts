import type { Client } from 'urql';
import { fieldErrorsByPath } from '../../kit/errors';
import { actionKey, useRecordAction, type ActionCallbacks, type Sent } from '../../kit/useRecordAction';
import type { AppraisalOpinion, GrantInput, ProposalAction, RecommendationInput } from '../../gql/graphql';
import {
  AppraiseProposalMutation,
  DecideProposalMutation,
  ReopenProposalAppraisalMutation,
  ReturnProposalMutation,
  SubmitProposalMutation,
  WithdrawProposalMutation,
  type ProposalDetail,
} from './proposals.operations';

/** Actions that are a mutation on the proposal page (a draft is edited on its own page). */
export type ProposalPageAction = Exclude<ProposalAction, 'UPDATE_DRAFT'>;

export type ProposalActionValues =
  | { action: 'SUBMIT' | 'WITHDRAW' }
  | { action: 'RETURN_FOR_REVISION' | 'REOPEN_APPRAISAL'; reason: string }
  | { action: 'APPRAISE'; opinion: AppraisalOpinion; comment: string; recommendations: RecommendationInput[] }
  | {
      action: 'DECIDE';
      grants: GrantInput[];
      conditions: string;
      effectiveDate: string | null;
      idempotencyKey: string;
    };

/** One mutation per action, always at the version on screen. */
async function send(
  client: Client,
  proposal: ProposalDetail,
  values: ProposalActionValues,
): Promise<Sent<ProposalDetail>> {
  const ref = { id: proposal.id, version: proposal.version, idempotencyKey: actionKey(values.action, proposal) };
  switch (values.action) {
    case 'SUBMIT': {
      const { data, error } = await client.mutation(SubmitProposalMutation, { input: ref }).toPromise();
      return { record: data?.submitProposal.proposal, error };
    }
    case 'WITHDRAW': {
      const { data, error } = await client.mutation(WithdrawProposalMutation, { input: ref }).toPromise();
      return { record: data?.withdrawProposal.proposal, error };
    }
    case 'RETURN_FOR_REVISION': {
      const input = { ...ref, reason: values.reason.trim() };
      const { data, error } = await client.mutation(ReturnProposalMutation, { input }).toPromise();
      return { record: data?.returnProposal.proposal, error };
    }
    case 'REOPEN_APPRAISAL': {
      const input = { ...ref, reason: values.reason.trim() };
      const { data, error } = await client.mutation(ReopenProposalAppraisalMutation, { input }).toPromise();
      return { record: data?.reopenProposalAppraisal.proposal, error };
    }
    case 'APPRAISE': {
      const input = {
        ...ref,
        opinion: values.opinion,
        comment: values.comment.trim(),
        recommendations: values.recommendations,
      };
      const { data, error } = await client.mutation(AppraiseProposalMutation, { input }).toPromise();
      return { record: data?.appraiseProposal.proposal, error };
    }
    case 'DECIDE': {
      const input = {
        ...ref,
        grants: values.grants,
        conditions: values.conditions.trim(),
        effectiveDate: values.effectiveDate || null,
        idempotencyKey: values.idempotencyKey,
      };
      const { data, error } = await client.mutation(DecideProposalMutation, { input }).toPromise();
      return { record: data?.decideProposal.proposal, error };
    }
  }
}

/** Runs actions on `proposal`; CONFLICT and INVALID_TRANSITION reload it. */
export function useProposalActions(proposal: ProposalDetail, callbacks: ActionCallbacks<ProposalDetail>) {
  const { perform, pending } = useRecordAction<ProposalDetail, ProposalPageAction>(callbacks, {
    staleCodes: ['CONFLICT', 'INVALID_TRANSITION'],
    fieldErrors: fieldErrorsByPath,
  });
  const run = (values: ProposalActionValues) => perform(values.action, (client) => send(client, proposal, values));
  return { run, pending };
}
