import { useState } from 'react';
import { useT } from '../../kit/i18n';

interface OneTimePasswordNoticeProps {
  username: string;
  password: string;
  onDismiss: () => void;
}

type Copy = 'idle' | 'copied' | 'failed';

/**
 * The one time the server shows a one-time password (a new account, a reset): it is stored only
 * hashed, so once dismissed it is gone — a lost one is replaced by another reset.
 */
export function OneTimePasswordNotice({ username, password, onDismiss }: OneTimePasswordNoticeProps) {
  const t = useT();
  const [copy, setCopy] = useState<Copy>('idle');
  async function copyPassword() {
    try {
      await navigator.clipboard.writeText(password);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }
  return (
    <section className="notice one-time-password" role="status" aria-labelledby="one-time-password-title">
      <h2 id="one-time-password-title">{t('oneTimePassword.title', { username })}</h2>
      <p>{t('oneTimePassword.intro')}</p>
      <p>
        <code className="one-time-password__value" data-testid="one-time-password">
          {password}
        </code>{' '}
        <button type="button" className="button button--secondary" onClick={() => void copyPassword()}>
          {copy === 'copied' ? t('oneTimePassword.copied') : t('oneTimePassword.copy')}
        </button>
      </p>
      {copy === 'failed' && <p className="field__error">{t('oneTimePassword.copyFailed')}</p>}
      <button type="button" className="button button--primary" onClick={onDismiss}>
        {t('oneTimePassword.dismiss')}
      </button>
    </section>
  );
}
