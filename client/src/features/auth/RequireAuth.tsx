import { Navigate, Outlet, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { errorCode } from '../../kit/errors';
import { useT } from '../../kit/i18n';
import { ErrorState, LoadingState } from '../../kit/ui/states';
import { MeQuery } from './auth.operations';
import { CurrentUserProvider, isSignedIn } from './current-user';
import { CHANGE_PASSWORD_PATH, type LoginRedirectState } from './redirect';

/** Renders the protected routes for a signed-in user, or sends everyone else to the login page. */
export function RequireAuth() {
  const t = useT();
  const location = useLocation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MeQuery });

  if (fetching && !data) return <LoadingState label={t('app.loadingSession')} />;
  if (error && errorCode(error) !== 'UNAUTHENTICATED') {
    return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }

  const user = data?.me;
  if (!isSignedIn(user)) {
    const state: LoginRedirectState = { from: location.pathname + location.search };
    return <Navigate to="/login" replace state={state} />;
  }

  // a password an administrator set: the server allows nothing else until it is changed
  if (user.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH)
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;

  return (
    <CurrentUserProvider value={user}>
      <Outlet />
    </CurrentUserProvider>
  );
}
