import { Link, NavLink } from 'react-router';
import { CHANGE_PASSWORD_PATH, useCurrentUser, useLogout } from '../../features/auth';
import { errorCode } from '../../kit/errors';
import { useT } from '../../kit/i18n';

/** Who is signed in, for which agency and in which role — and the way out. */
export function UserMenu() {
  const t = useT();
  const user = useCurrentUser();
  const { signOut, signingOut, error } = useLogout();
  return (
    <section className="user-menu" aria-label={t('layout.account')}>
      <div className="user-menu__identity">
        <span className="user-menu__name">{user.fullName}</span>
        <span className="user-menu__meta">
          <span title={user.agency.name}>{user.agency.name}</span>
          <span className="role-label">{t(`role.${user.role}`)}</span>
        </span>
      </div>
      {/* leaders give delegations, delegates see theirs */}
      {(user.capabilities.delegablePowers.length > 0 || user.capabilities.delegatedPowers.length > 0) && (
        <NavLink to="/delegations" className="button button--ghost">
          {t('nav.delegations')}
        </NavLink>
      )}
      {user.capabilities.confirmSigningOfficials && (
        <Link to="/signing-officials" className="user-menu__link">
          {t('signing.menuLink')}
        </Link>
      )}
      <Link to={CHANGE_PASSWORD_PATH} className="user-menu__link">
        {t('changePassword.menuLink')}
      </Link>
      <button type="button" className="button button--ghost" onClick={signOut} disabled={signingOut}>
        {signingOut ? t('auth.signingOut') : t('auth.signOut')}
      </button>
      {error && (
        <p className="user-menu__error" role="alert">
          {t(`error.${errorCode(error)}`)}
        </p>
      )}
    </section>
  );
}
