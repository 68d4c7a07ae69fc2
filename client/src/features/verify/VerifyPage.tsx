import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../kit/format';
import { useT } from '../../kit/i18n';
import type { MessageKey } from '../../kit/messages/vi';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { verifyUpload, type Verification } from './verify-upload';

/** "Kiểm tra văn bản": is this PDF a genuine decision or conclusion notice of ours? */
export function VerifyPage() {
  const t = useT();
  useDocumentTitle(t('verify.title'));
  const input = useRef<HTMLInputElement>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);
  const [verification, setVerification] = useState<Verification | null>(null);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return;
    setChecking(true);
    setError(null);
    setVerification(null);
    const outcome = await verifyUpload(file);
    setChecking(false);
    if (outcome.ok) setVerification(outcome.verification);
    else setError(outcome.message);
  }

  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t('verify.title')}</h1>
          <p className="muted">{t('verify.intro')}</p>
        </div>
      </div>
      <form className="upload-form" onSubmit={handleSubmit} noValidate>
        <div className="field">
          <label htmlFor="verify-file">{t('verify.file')}</label>
          <input
            id="verify-file"
            ref={input}
            type="file"
            accept=".pdf,application/pdf"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'verify-file-error' : undefined}
          />
          {error && (
            <p id="verify-file-error" className="field__error">
              {t(error)}
            </p>
          )}
        </div>
        <button type="submit" className="button button--primary" disabled={checking} aria-busy={checking}>
          {checking ? t('verify.checking') : t('verify.submit')}
        </button>
      </form>
      {verification && <VerificationResult verification={verification} />}
    </>
  );
}

function VerificationResult({ verification: v }: { verification: Verification }) {
  const t = useT();
  const time = v.signedAt ? formatDateTime(v.signedAt) : '';
  if (v.genuine && v.kind) {
    const path = v.kind === 'DECISION' ? `/decisions/${v.recordId}` : `/meetings/${v.recordId}`;
    return (
      <section className="notice verify-result" role="status">
        <p>
          <strong>
            {t('verify.genuine', {
              document: t(`verify.kind.${v.kind}`),
              number: v.number ?? '',
              signer: v.signerName ?? '',
              time,
            })}
          </strong>
        </p>
        {v.title && <p>{t('verify.genuineTitle', { title: v.title })}</p>}
        <p>
          <Link to={path}>{v.number}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="alert verify-result" role="alert">
      <p>
        <strong>{t('verify.notGenuine')}</strong>
      </p>
      <p>{t(`verify.reason.${v.code as Exclude<Verification['code'], 'GENUINE'>}`)}</p>
      {v.signerName && <p>{t('verify.signedBy', { signer: v.signerName, time })}</p>}
    </section>
  );
}
