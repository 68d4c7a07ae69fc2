import type { FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useResetApi } from '../../kit/api-provider';
import { serverFormErrors } from '../../kit/errors';
import type { FormErrors } from '../../kit/form-errors';
import { useT } from '../../kit/i18n';
import { HOME_PATH } from '../../kit/paths';
import { LanguageSwitch } from '../../kit/ui/LanguageSwitch';
import { TextField } from '../../kit/ui/TextField';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { useForm } from '../../kit/useForm';
import { ChangePasswordMutation } from './auth.operations';
import { useCurrentUser } from './current-user';
import { CHANGE_PASSWORD_PATH } from './redirect';
import { useLogout } from './useLogout';

interface Values {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

const FIELD_IDS: Record<keyof Values, string> = {
  currentPassword: 'change-password-current',
  newPassword: 'change-password-new',
  repeat: 'change-password-repeat',
};

function check(values: Values): FormErrors {
  return {
    currentPassword: values.currentPassword ? undefined : 'field.REQUIRED',
    newPassword: values.newPassword ? undefined : 'field.REQUIRED',
    repeat: values.repeat === values.newPassword ? undefined : 'changePassword.mismatch',
  };
}

/**
 * `/change-password`: where <RequireAuth> keeps an official whose password an administrator set
 * (the server refuses them everything else), and where anyone may change theirs from the user
 * menu. The server ends every session of the user and gives this browser a new one, so the API
 * client starts afresh afterwards.
 */
export function ChangePasswordPage() {
  const t = useT();
  useDocumentTitle(t('changePassword.title'));
  const user = useCurrentUser();
  const forced = user.mustChangePassword;
  const navigate = useNavigate();
  const changed = (useLocation().state as { changed?: boolean } | null)?.changed === true;
  const resetApi = useResetApi();
  const { signOut, signingOut } = useLogout();
  const [, changePassword] = useMutation(ChangePasswordMutation);
  const { errors, busy, save, bind } = useForm<Values, FormErrors, 'save', keyof Values>(
    { currentPassword: '', newPassword: '', repeat: '' },
    { validate: check, fieldId: (field) => FIELD_IDS[field], fieldOrder: ['currentPassword', 'newPassword', 'repeat'] },
  );
  const fetching = busy !== null;

  async function send(values: Values): Promise<FormErrors | null> {
    const result = await changePassword({
      input: { currentPassword: values.currentPassword, newPassword: values.newPassword },
    });
    if (result.error) return serverFormErrors(result.error, ['currentPassword', 'newPassword']);
    // The old session ended: a fresh client reads `me` with the new cookie. The page stays until
    // that answer says the change is done, or <RequireAuth> would send a page opened on the old
    // answer straight back here.
    navigate(CHANGE_PASSWORD_PATH, { replace: true, state: { changed: true } });
    resetApi();
    return null;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save('save', send);
  }

  if (changed && !forced) return <Navigate to={HOME_PATH} replace />;

  return (
    <div className="login">
      <div className="login__language">
        <LanguageSwitch />
      </div>
      <main className="login__card">
        <p className="login__brand">{t('app.name')}</p>
        <h1>{t('changePassword.title')}</h1>
        <p className="muted">{forced ? t('changePassword.forcedIntro') : t('changePassword.intro')}</p>
        <form onSubmit={submit} noValidate>
          {errors.form && (
            <div className="alert" role="alert">
              {t(errors.form)}
            </div>
          )}
          <input type="hidden" name="username" autoComplete="username" value={user.username} readOnly />
          <TextField
            {...bind('currentPassword')}
            label={t('changePassword.current')}
            type="password"
            autoComplete="current-password"
          />
          <TextField
            {...bind('newPassword')}
            label={t('changePassword.new')}
            type="password"
            autoComplete="new-password"
          />
          <p className="muted">{t('changePassword.hint')}</p>
          <TextField
            {...bind('repeat')}
            label={t('changePassword.repeat')}
            type="password"
            autoComplete="new-password"
          />
          <button
            type="submit"
            className="button button--primary button--block"
            disabled={fetching}
            aria-busy={fetching}
          >
            {fetching ? t('changePassword.submitting') : t('changePassword.submit')}
          </button>
        </form>
        <p>
          {forced ? (
            <button type="button" className="button button--ghost" onClick={signOut} disabled={signingOut}>
              {t('auth.signOut')}
            </button>
          ) : (
            <Link to={HOME_PATH}>{t('changePassword.back')}</Link>
          )}
        </p>
      </main>
    </div>
  );
}
