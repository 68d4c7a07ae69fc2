import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, type CombinedError } from 'urql';
import { useResetApi } from '../../kit/api-provider';
import { errorCode } from '../../kit/errors';
import { clearLocalDrafts } from '../../kit/useLocalDraft';
import { LogoutMutation } from './auth.operations';

/**
 * Ends the session on the server, drops every cached result and every local form draft (the next
 * person at this computer must not find them), and returns to the login page.
 */
export function useLogout() {
  const [{ fetching }, logout] = useMutation(LogoutMutation);
  const [error, setError] = useState<CombinedError>();
  const resetApi = useResetApi();
  const navigate = useNavigate();

  async function signOut() {
    setError(undefined);
    const result = await logout({});
    // An already expired session is as good as a successful sign-out.
    if (result.error && errorCode(result.error) !== 'UNAUTHENTICATED') {
      setError(result.error);
      return;
    }
    clearLocalDrafts();
    resetApi();
    navigate('/login', { replace: true });
  }

  return { signOut, signingOut: fetching, error };
}
