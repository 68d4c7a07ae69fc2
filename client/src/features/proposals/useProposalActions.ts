import { useState } from 'react';
import { useClient, type Client, type CombinedError } from 'urql';
import { errorCode, fieldErrorsByPath, type ErrorCode, type FieldErrors } from '../../app/errors';
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
  | { action: 'DECIDE'; grants: GrantInput[]; conditions: string; effectiveDate: string | null; idempotencyKey: string };

export type ActionOutcome = { ok: true } | { ok: false; code: ErrorCode; fields: FieldErrors };

interface Sent {
  proposal?: ProposalDetail;
  error?: CombinedError;
}

/** One mutation per action, always at the version on screen. */
async function send(client: Client, proposal: ProposalDetail, values: ProposalActionValues): Promise<Sent> {
  const ref = { id: proposal.id, version: proposal.version };
  switch (values.action) {
    case 'SUBMIT': {
      const { data, error } = await client.mutation(SubmitProposalMutation, { input: ref }).toPromise();
      return { proposal: data?.submitProposal.proposal, error };
    }
    case 'WITHDRAW': {
      const { data, error } = await client.mutation(WithdrawProposalMutation, { input: ref }).toPromise();
      return { proposal: data?.withdrawProposal.proposal, error };
    }
    case 'RETURN_FOR_REVISION': {
      const input = { ...ref, reason: values.reason.trim() };
      const { data, error } = await client.mutation(ReturnProposalMutation, { input }).toPromise();
      return { proposal: data?.returnProposal.proposal, error };
    }
    case 'REOPEN_APPRAISAL': {
      const input = { ...ref, reason: values.reason.trim() };
      const { data, error } = await client.mutation(ReopenProposalAppraisalMutation, { input }).toPromise();
      return { proposal: data?.reopenProposalAppraisal.proposal, error };
    }
    case 'APPRAISE': {
      const input = { ...ref, opinion: values.opinion, comment: values.comment.trim(), recommendations: values.recommendations };
      const { data, error } = await client.mutation(AppraiseProposalMutation, { input }).toPromise();
      return { proposal: data?.appraiseProposal.proposal, error };
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
      return { proposal: data?.decideProposal.proposal, error };
    }
  }
}

interface ActionCallbacks {
  onUpdated: (proposal: ProposalDetail) => void;
  /** The proposal changed under the user (CONFLICT, INVALID_TRANSITION): reload it. */
  onStale: () => void;
}

export function useProposalActions(proposal: ProposalDetail, { onUpdated, onStale }: ActionCallbacks) {
  const client = useClient();
  const [pending, setPending] = useState<ProposalPageAction | null>(null);

  async function run(values: ProposalActionValues): Promise<ActionOutcome> {
    setPending(values.action);
    const sent = await send(client, proposal, values);
    setPending(null);
    if (sent.proposal) {
      onUpdated(sent.proposal);
      return { ok: true };
    }
    const code = errorCode(sent.error);
    if (code === 'CONFLICT' || code === 'INVALID_TRANSITION') onStale();
    return { ok: false, code, fields: fieldErrorsByPath(sent.error) };
  }

  return { run, pending };
}
