import type { ReactNode } from 'react';
import { errorCode } from '../errors';
import { useT } from '../i18n';
import type { KeysetListState } from '../useKeysetList';
import { LoadMoreButton } from './LoadMoreButton';
import { ErrorState, LoadingState } from './states';

// What a live paged list (useKeysetList) shows in each of its states, the same on every list page.

interface KeysetListBodyProps<Row> {
  state: KeysetListState<Row>;
  loadingLabel: string;
  /** Shown when there are no rows. */
  empty: ReactNode;
  onRetry: () => void;
  onMore: () => unknown;
  /** The rows, once there are some. */
  children: (rows: Row[]) => ReactNode;
}

export function KeysetListBody<Row>({
  state,
  loadingLabel,
  empty,
  onRetry,
  onMore,
  children,
}: KeysetListBodyProps<Row>) {
  const t = useT();
  if (state.status === 'loading') return <LoadingState label={loadingLabel} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={onRetry} />;
  if (state.rows.length === 0) return empty;
  return (
    <>
      {state.error && (
        <p className="alert" role="alert">
          {t('common.refreshFailed')} {t(`error.${errorCode(state.error)}`)}
        </p>
      )}
      {children(state.rows)}
      {state.hasNextPage && <LoadMoreButton loading={state.loadingMore} onMore={onMore} />}
    </>
  );
}
