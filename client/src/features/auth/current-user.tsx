import { createContext, useContext } from 'react';
import type { MeQuery } from '../../gql/graphql';

export type CurrentUser = NonNullable<MeQuery['me']>;

const CurrentUserContext = createContext<CurrentUser | null>(null);

export const CurrentUserProvider = CurrentUserContext.Provider;

/** The signed-in user; only pages behind <RequireAuth> may ask for it. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser must be used below <RequireAuth>');
  return user;
}
