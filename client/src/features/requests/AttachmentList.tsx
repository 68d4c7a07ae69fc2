import { useRef, useState, type FormEvent } from 'react';
import { formatDateTime } from '../../kit/format';
import { useLocale, useT } from '../../kit/i18n';
import type { MessageKey } from '../../kit/messages/vi';
import type { RequestDetail } from './requests.operations';
import { ACCEPTED_FILE_TYPES, uploadAttachment } from './upload-attachment';

function formatSize(bytes: number, locale: string): string {
  const format = (value: number, unit: string) =>
    `${value.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 })} ${unit}`;
  if (bytes < 1024) return format(bytes, 'B');
  if (bytes < 1024 * 1024) return format(bytes / 1024, 'KB');
  return format(bytes / (1024 * 1024), 'MB');
}

interface AttachmentListProps {
  request: RequestDetail;
  /** After an upload: the request has a new version and a new file. */
  onUploaded: () => void;
}

export function AttachmentList({ request, onUploaded }: AttachmentListProps) {
  const t = useT();
  const { locale } = useLocale();
  const canAttach = request.allowedActions.includes('ATTACH');
  if (request.attachments.length === 0 && !canAttach) return null;
  return (
    <section aria-labelledby="request-attachments-heading">
      <h2 id="request-attachments-heading">{t('attachments.title')}</h2>
      {request.attachments.length === 0 ? (
        <p className="muted">{t('attachments.none')}</p>
      ) : (
        <ul className="attachments">
          {request.attachments.map((file) => (
            <li key={file.id}>
              <a href={file.downloadUrl} download={file.fileName}>
                {file.fileName}
              </a>{' '}
              <span className="muted">
                {formatSize(file.size, locale)} · {file.uploadedBy.fullName} ({file.agency.shortName}) ·{' '}
                {formatDateTime(file.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canAttach && <UploadForm requestId={request.id} onUploaded={onUploaded} />}
    </section>
  );
}

function UploadForm({ requestId, onUploaded }: { requestId: string; onUploaded: () => void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<MessageKey>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setError('attachments.chooseFile');
      return;
    }
    setError(undefined);
    setUploading(true);
    const outcome = await uploadAttachment(requestId, file);
    setUploading(false);
    if (!outcome.ok) {
      setError(outcome.message);
      return;
    }
    if (input.current) input.current.value = '';
    onUploaded();
  }

  return (
    <form className="upload-form" onSubmit={handleSubmit} noValidate>
      <div className="field">
        <label htmlFor="request-attachment">{t('attachments.file')}</label>
        <input
          id="request-attachment"
          ref={input}
          type="file"
          accept={ACCEPTED_FILE_TYPES}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'request-attachment-error' : 'request-attachment-hint'}
        />
        {error ? (
          <p id="request-attachment-error" className="field__error">
            {t(error)}
          </p>
        ) : (
          <p id="request-attachment-hint" className="muted">
            {t('attachments.hint')}
          </p>
        )}
      </div>
      <button type="submit" className="button button--secondary" disabled={uploading} aria-busy={uploading}>
        {uploading ? t('attachments.uploading') : t('attachments.upload')}
      </button>
    </form>
  );
}
