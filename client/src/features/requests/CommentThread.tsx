import { useState, type FormEvent } from 'react';
import { formatDateTime } from '../../kit/format';
import { useT } from '../../kit/i18n';
import type { FormMessage } from '../../kit/form-errors';
import { DraftRestoreBanner } from '../../kit/ui/DraftRestoreBanner';
import { TextAreaField } from '../../kit/ui/TextAreaField';
import { usePanelDraft } from '../../kit/useLocalDraft';
import { useCurrentUser } from '../auth';
import { actionErrorsFrom } from './action-fields';
import { noticeFor } from './request-notices';
import type { RequestDetail } from './requests.operations';
import { useRequestActions } from './useRequestActions';

interface CommentThreadProps {
  request: RequestDetail;
  onUpdated: (request: RequestDetail) => void;
  onStale: () => void;
}

export function CommentThread({ request, onUpdated, onStale }: CommentThreadProps) {
  const t = useT();
  const canComment = request.allowedActions.includes('COMMENT');
  return (
    <section aria-labelledby="request-comments-heading">
      <h2 id="request-comments-heading">{t('request.comments')}</h2>
      {request.comments.length === 0 ? (
        <p className="muted">{t('request.noComments')}</p>
      ) : (
        <ol className="comments">
          {request.comments.map((comment) => (
            <li key={comment.id} className="comment">
              <p className="comment__meta">
                <strong>{comment.author.fullName}</strong> · {comment.agency.shortName} ·{' '}
                <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
              </p>
              <p className="comment__body">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canComment && <CommentForm request={request} onUpdated={onUpdated} onStale={onStale} />}
    </section>
  );
}

function CommentForm({ request, onUpdated, onStale }: CommentThreadProps) {
  const t = useT();
  const { run, pending } = useRequestActions(request, { onUpdated, onStale });
  const [text, setText] = useState('');
  const [error, setError] = useState<FormMessage>();
  const user = useCurrentUser();
  const draft = usePanelDraft(
    { owner: user.id, form: 'request-comment', recordId: request.id },
    { text },
    { text: '' },
    (restored) => setText(restored.text),
    t('draft.leaveQuestion'),
  );
  const sending = pending === 'COMMENT';

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    if (!text.trim()) {
      setError('request.commentRequired');
      return;
    }
    setError(undefined);
    draft.whileSaving(async () => {
      const outcome = await run('COMMENT', { text });
      if (outcome.ok) {
        setText('');
        return true;
      }
      const notice = noticeFor('COMMENT', outcome);
      setError(
        notice?.tone === 'error' ? notice.message : (actionErrorsFrom(outcome.fields).text ?? 'error.BAD_USER_INPUT'),
      );
      return false;
    });
  }

  return (
    <form className="comment-form" onSubmit={handleSubmit} noValidate>
      <DraftRestoreBanner {...draft.banner} />
      <TextAreaField
        id="request-comment"
        label={t('request.commentLabel')}
        value={text}
        rows={3}
        maxLength={5000}
        onChange={(event) => setText(event.currentTarget.value)}
        error={error && t(error)}
      />
      <button type="submit" className="button button--secondary" disabled={sending} aria-busy={sending}>
        {sending ? t('request.commentSending') : t('request.commentSubmit')}
      </button>
    </form>
  );
}
