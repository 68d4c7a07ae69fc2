import { createContext, useContext } from 'react';
import type { MeQuery } from '../../gql/graphql';

type Me = NonNullable<MeQuery['me']>;

/** The signed-in user, with what they may do (the server answers `capabilities` on `me` only). */
export type CurrentUser = Me & { capabilities: Capabilities };
export type Capabilities = NonNullable<Me['capabilities']>;

/** `me` answered for a signed-in user (who always gets their capabilities). */
export const isSignedIn = (me: MeQuery['me'] | undefined): me is CurrentUser => !!me?.capabilities;

const CurrentUserContext = createContext<CurrentUser | null>(null);

export const CurrentUserProvider = CurrentUserContext.Provider;

/** The signed-in user; only pages behind <RequireAuth> may ask for it. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser must be used below <RequireAuth>');
  return user;
}

/**
 * What the signed-in user may do, as the server's policies say: pages offer an action only when it
 * is allowed, and never decide it themselves (the server checks every action again).
 */
export const useCapabilities = (): Capabilities => useCurrentUser().capabilities;
