import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useResetApi } from '../../kit/api-provider';
import { useT } from '../../kit/i18n';
import { LanguageSwitch } from '../../kit/ui/LanguageSwitch';
import { TextField } from '../../kit/ui/TextField';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { LoginMutation, MeQuery } from './auth.operations';
import { hasErrors, loginErrorsFrom, validateLogin, type LoginErrors, type LoginValues } from './login-form';
import { redirectTarget } from './redirect';

export function LoginPage() {
  const t = useT();
  useDocumentTitle(t('login.title'));
  const location = useLocation();
  const navigate = useNavigate();
  const resetApi = useResetApi();
  const [{ data }] = useQuery({ query: MeQuery });
  const [{ fetching: submitting }, login] = useMutation(LoginMutation);
  const [values, setValues] = useState<LoginValues>({ username: '', password: '' });
  const [errors, setErrors] = useState<LoginErrors>({});
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const destination = redirectTarget(location.state);

  if (data?.me) return <Navigate to={destination} replace />;

  function focusFirstInvalid(next: LoginErrors) {
    if (next.username) usernameRef.current?.focus();
    else if (next.password) passwordRef.current?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = validateLogin(values);
    if (hasErrors(invalid)) {
      setErrors(invalid);
      focusFirstInvalid(invalid);
      return;
    }
    setErrors({});
    const result = await login({ input: { username: values.username.trim(), password: values.password } });
    if (result.error) {
      const next = loginErrorsFrom(result.error);
      setErrors(next);
      focusFirstInvalid(next);
      return;
    }
    // A fresh client drops the anonymous cache and opens the WebSocket with the new cookie.
    resetApi();
    navigate(destination, { replace: true });
  }

  const update = (field: keyof LoginValues) => (event: FormEvent<HTMLInputElement>) =>
    setValues({ ...values, [field]: event.currentTarget.value });

  return (
    <div className="login">
      <div className="login__language">
        <LanguageSwitch />
      </div>
      <main className="login__card">
        <p className="login__brand">{t('app.name')}</p>
        <p className="login__tagline">{t('app.tagline')}</p>
        <h1>{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        <form onSubmit={handleSubmit} noValidate>
          {errors.form && (
            <div className="alert" role="alert">
              {t(errors.form, errors.formParams)}
            </div>
          )}
          <TextField
            id="login-username"
            ref={usernameRef}
            label={t('login.username')}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={values.username}
            onChange={update('username')}
            error={errors.username && t(errors.username)}
          />
          <TextField
            id="login-password"
            ref={passwordRef}
            label={t('login.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={values.password}
            onChange={update('password')}
            error={errors.password && t(errors.password)}
          />
          <button
            type="submit"
            className="button button--primary button--block"
            disabled={submitting}
            aria-busy={submitting}
          >
            {submitting ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
