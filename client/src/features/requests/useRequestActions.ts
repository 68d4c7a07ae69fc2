import type { Client } from 'urql';
import { fieldErrors } from '../../kit/errors';
import { actionKey, useRecordAction, type ActionCallbacks, type Sent } from '../../kit/useRecordAction';
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

const optional = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** One mutation per action, always at the version on screen (comments carry none). */
async function send(
  client: Client,
  action: PageAction,
  request: RequestDetail,
  values: ActionValues,
): Promise<Sent<RequestDetail>> {
  const ref = { id: request.id, version: request.version, idempotencyKey: actionKey(action, request) };
  const text = values.text?.trim() ?? '';
  switch (action) {
    case 'SUBMIT': {
      const { data, error } = await client.mutation(SubmitRequestMutation, { input: ref }).toPromise();
      return { record: data?.submitRequest.request, error };
    }
    case 'ACKNOWLEDGE': {
      const { data, error } = await client.mutation(AcknowledgeRequestMutation, { input: ref }).toPromise();
      return { record: data?.acknowledgeRequest.request, error };
    }
    case 'ASSIGN': {
      const input = { ...ref, assigneeId: values.assigneeId ?? '' };
      const { data, error } = await client.mutation(AssignRequestMutation, { input }).toPromise();
      return { record: data?.assignRequest.request, error };
    }
    case 'RESPOND': {
      const { data, error } = await client.mutation(RespondToRequestMutation, { input: { ...ref, text } }).toPromise();
      return { record: data?.respondToRequest.request, error };
    }
    case 'DECLINE': {
      const { data, error } = await client.mutation(DeclineRequestMutation, { input: { ...ref, text } }).toPromise();
      return { record: data?.declineRequest.request, error };
    }
    case 'CLOSE': {
      const input = { ...ref, text: optional(values.text) };
      const { data, error } = await client.mutation(CloseRequestMutation, { input }).toPromise();
      return { record: data?.closeRequest.request, error };
    }
    case 'REOPEN': {
      const { data, error } = await client.mutation(ReopenRequestMutation, { input: { ...ref, text } }).toPromise();
      return { record: data?.reopenRequest.request, error };
    }
    case 'WITHDRAW': {
      const input = { ...ref, text: optional(values.text) };
      const { data, error } = await client.mutation(WithdrawRequestMutation, { input }).toPromise();
      return { record: data?.withdrawRequest.request, error };
    }
    case 'ESCALATE': {
      const { data, error } = await client.mutation(EscalateRequestMutation, { input: { ...ref, text } }).toPromise();
      return { record: data?.escalateRequest.request, error };
    }
    case 'RESOLVE_ESCALATION': {
      const input = {
        ...ref,
        directive: text,
        leadAgencyId: optional(values.leadAgencyId),
        dueDate: optional(values.dueDate),
      };
      const { data, error } = await client.mutation(ResolveRequestEscalationMutation, { input }).toPromise();
      return { record: data?.resolveRequestEscalation.request, error };
    }
    case 'COMMENT': {
      const input = { id: request.id, body: text, idempotencyKey: ref.idempotencyKey };
      const { data, error } = await client.mutation(CommentOnRequestMutation, { input }).toPromise();
      return { record: data?.commentOnRequest.request, error };
    }
  }
}

/** Runs actions on `request`; CONFLICT and INVALID_TRANSITION reload it. */
export function useRequestActions(request: RequestDetail, callbacks: ActionCallbacks<RequestDetail>) {
  const { perform, pending } = useRecordAction<RequestDetail, PageAction>(callbacks, {
    staleCodes: ['CONFLICT', 'INVALID_TRANSITION'],
    fieldErrors,
  });
  const run = (action: PageAction, values: ActionValues = {}) =>
    perform(action, (client) => send(client, action, request, values));
  return { run, pending };
}
