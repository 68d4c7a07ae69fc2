import { useState } from 'react';
import { useClient, type Client, type CombinedError } from 'urql';
import { errorCode, fieldErrors, type ErrorCode, type FieldErrors } from '../../app/errors';
import type { RequestAction } from '../../gql/graphql';
import {
  AcknowledgeRequestMutation,
  AssignRequestMutation,
  CloseRequestMutation,
  CommentOnRequestMutation,
  DeclineRequestMutation,
  EscalateRequestMutation,
  ReopenRequestMutation,
  ResolveRequestEscalationMutation,
  RespondToRequestMutation,
  SubmitRequestMutation,
  WithdrawRequestMutation,
  type RequestDetail,
} from './requests.operations';

/** Actions that are a mutation on the request page (a draft is edited on its own page, files are uploaded over HTTP). */
export type PageAction = Exclude<RequestAction, 'UPDATE_DRAFT' | 'ATTACH'>;

export interface ActionValues {
  /** Reply, reason, comment, note or directive. */
  text?: string;
  assigneeId?: string;
  leadAgencyId?: string;
  dueDate?: string;
}

export type ActionOutcome = { ok: true } | { ok: false; code: ErrorCode; fields: FieldErrors };

interface Sent {
  request?: RequestDetail;
  error?: CombinedError;
}

const optional = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** One mutation per action, always at the version on screen (comments carry none). */
async function send(client: Client, action: PageAction, request: RequestDetail, values: ActionValues): Promise<Sent> {
  const ref = { id: request.id, version: request.version };
  const text = values.text?.trim() ?? '';
  switch (action) {
    case 'SUBMIT': {
      const { data, error } = await client.mutation(SubmitRequestMutation, { input: ref }).toPromise();
      return { request: data?.submitRequest.request, error };
    }
    case 'ACKNOWLEDGE': {
      const { data, error } = await client.mutation(AcknowledgeRequestMutation, { input: ref }).toPromise();
      return { request: data?.acknowledgeRequest.request, error };
    }
    case 'ASSIGN': {
      const input = { ...ref, assigneeId: values.assigneeId ?? '' };
      const { data, error } = await client.mutation(AssignRequestMutation, { input }).toPromise();
      return { request: data?.assignRequest.request, error };
    }
    case 'RESPOND': {
      const { data, error } = await client.mutation(RespondToRequestMutation, { input: { ...ref, text } }).toPromise();
      return { request: data?.respondToRequest.request, error };
    }
    case 'DECLINE': {
      const { data, error } = await client.mutation(DeclineRequestMutation, { input: { ...ref, text } }).toPromise();
      return { request: data?.declineRequest.request, error };
    }
    case 'CLOSE': {
      const input = { ...ref, text: optional(values.text) };
      const { data, error } = await client.mutation(CloseRequestMutation, { input }).toPromise();
      return { request: data?.closeRequest.request, error };
    }
    case 'REOPEN': {
      const { data, error } = await client.mutation(ReopenRequestMutation, { input: { ...ref, text } }).toPromise();
      return { request: data?.reopenRequest.request, error };
    }
    case 'WITHDRAW': {
      const input = { ...ref, text: optional(values.text) };
      const { data, error } = await client.mutation(WithdrawRequestMutation, { input }).toPromise();
      return { request: data?.withdrawRequest.request, error };
    }
    case 'ESCALATE': {
      const { data, error } = await client.mutation(EscalateRequestMutation, { input: { ...ref, text } }).toPromise();
      return { request: data?.escalateRequest.request, error };
    }
    case 'RESOLVE_ESCALATION': {
      const input = { ...ref, directive: text, leadAgencyId: optional(values.leadAgencyId), dueDate: optional(values.dueDate) };
      const { data, error } = await client.mutation(ResolveRequestEscalationMutation, { input }).toPromise();
      return { request: data?.resolveRequestEscalation.request, error };
    }
    case 'COMMENT': {
      const input = { id: request.id, body: text };
      const { data, error } = await client.mutation(CommentOnRequestMutation, { input }).toPromise();
      return { request: data?.commentOnRequest.request, error };
    }
  }
}

interface ActionCallbacks {
  /** The request as the server returned it after the action. */
  onUpdated: (request: RequestDetail) => void;
  /** The request changed under the user (CONFLICT, INVALID_TRANSITION): reload it. */
  onStale: () => void;
}

/** Runs actions on `request`; the page re-renders from the request each mutation returns. */
export function useRequestActions(request: RequestDetail, { onUpdated, onStale }: ActionCallbacks) {
  const client = useClient();
  const [pending, setPending] = useState<PageAction | null>(null);

  async function run(action: PageAction, values: ActionValues = {}): Promise<ActionOutcome> {
    setPending(action);
    const sent = await send(client, action, request, values);
    setPending(null);
    if (sent.request) {
      onUpdated(sent.request);
      return { ok: true };
    }
    const code = errorCode(sent.error);
    if (code === 'CONFLICT' || code === 'INVALID_TRANSITION') onStale();
    return { ok: false, code, fields: fieldErrors(sent.error) };
  }

  return { run, pending };
}
