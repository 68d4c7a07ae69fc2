// The auth feature's one door: signing in and out, the guard around signed-in pages, and who the
// current user is (every feature asks it).
export { isSignedIn, useCapabilities, useCurrentUser, type Capabilities, type CurrentUser } from './current-user';
export { LoginPage } from './LoginPage';
export { RequireAuth } from './RequireAuth';
export { useLogout } from './useLogout';
export { ChangePasswordPage } from './ChangePasswordPage';
export { CHANGE_PASSWORD_PATH } from './redirect';
