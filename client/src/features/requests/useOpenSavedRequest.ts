import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useClient } from 'urql';
import { errorCode, type ErrorCode } from '../../kit/errors';
import { SubmitRequestMutation, type RequestDetail } from './requests.operations';

/** Router state for the request page: the draft was saved but sending it failed. */
export interface SavedRequestState {
  submitError?: ErrorCode;
}

/**
 * After a draft is saved: sends it when asked, then opens its page. A failed send still opens the
 * page (the draft exists) and says why. A draft that is already sent — a retried create answered
 * from its idempotency key — is not sent twice.
 */
export function useOpenSavedRequest() {
  const client = useClient();
  const navigate = useNavigate();
  return useCallback(
    async (request: RequestDetail, submit: boolean): Promise<null> => {
      let state: SavedRequestState | undefined;
      if (submit && request.allowedActions.includes('SUBMIT')) {
        const input = { id: request.id, version: request.version };
        const result = await client.mutation(SubmitRequestMutation, { input }).toPromise();
        if (result.error) state = { submitError: errorCode(result.error) };
      }
      navigate(`/requests/${request.id}`, { state });
      return null;
    },
    [client, navigate],
  );
}
