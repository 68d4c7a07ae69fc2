import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { errorCode, errorReference, type ErrorCode } from '../errors';
import { useT } from '../i18n';

export function LoadingState({ label }: { label: string }) {
  return (
    <div className="state" role="status">
      <span className="spinner" aria-hidden="true" />
      <p>{label}</p>
    </div>
  );
}

// Trying the same request again cannot change these answers.
const FINAL_ERRORS: readonly ErrorCode[] = ['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT'];
// The server failed on its side: the user may report it, quoting the reference the log line carries.
const REPORTABLE_ERRORS: readonly ErrorCode[] = ['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE', 'UNKNOWN'];

export function ErrorState({ error, onRetry }: { error?: CombinedError; onRetry?: () => void }) {
  const t = useT();
  const code = errorCode(error);
  const reference = REPORTABLE_ERRORS.includes(code) ? errorReference(error) : undefined;
  return (
    <div className="state state--error" role="alert">
      <p>{t(`error.${code}`)}</p>
      {reference && (
        <p className="state__reference">
          {t('error.reference')} <code>{reference}</code>
        </p>
      )}
      {onRetry && !FINAL_ERRORS.includes(code) && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * What stands for data not there yet: failed (with a retry when that may help), or still on its
 * way — a query paused until something else is ready (a live feed's cursor) is not an error.
 */
export function PendingState({
  fetching,
  error,
  label,
  onRetry,
}: {
  fetching: boolean;
  error?: CombinedError;
  label: string;
  onRetry?: () => void;
}) {
  return error && !fetching ? <ErrorState error={error} onRetry={onRetry} /> : <LoadingState label={label} />;
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state--empty">
      <p className="state__title">{title}</p>
      {children}
    </div>
  );
}

/** No row matches the filters: say so and offer to clear them. */
export function NoMatchState({ title, onClear }: { title: string; onClear: () => void }) {
  const t = useT();
  return (
    <EmptyState title={title}>
      <button type="button" className="button button--secondary" onClick={onClear}>
        {t('common.clearFilters')}
      </button>
    </EmptyState>
  );
}
