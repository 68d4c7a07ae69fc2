import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorCode } from '../../app/errors';
import { useT } from '../../app/i18n';
import { EmptyState, ErrorState, LoadingState } from '../../app/ui/states';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import type { RequestBox } from '../../gql/graphql';
import { useCurrentUser } from '../auth/current-user';
import { eventLabel } from './request-labels';
import {
  boxesFor,
  clearFilters,
  hasFilters,
  readListParams,
  toRequestFilter,
  writeListParams,
  type ListParams,
} from './request-filter';
import { RequestFilters } from './RequestFilters';
import { RequestTable } from './RequestTable';
import { useRequestFeed, type RequestFeedEvent } from './useRequestEvents';
import { useRequestList, type ListState } from './useRequestList';

export function RequestListPage() {
  const t = useT();
  useDocumentTitle(t('requests.title'));
  const user = useCurrentUser();
  const boxes = boxesFor(user.agency.kind);
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readListParams(searchParams, boxes);
  const [lastEvent, setLastEvent] = useState<RequestFeedEvent>();

  // The list is read only once the feed knows where it starts (see useRequestFeed).
  const refreshList = useRef(() => {});
  const feedReady = useRequestFeed((event) => {
    setLastEvent(event);
    refreshList.current();
  });
  const query = { filter: toRequestFilter(params), sort: params.sort };
  const { state, refresh, loadMore, retry } = useRequestList(feedReady ? query : null);
  useEffect(() => {
    refreshList.current = () => void refresh();
  }, [refresh]);

  const change = useCallback(
    (next: ListParams) => setSearchParams(writeListParams(next), { replace: true }),
    [setSearchParams],
  );

  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t('requests.title')}</h1>
          <p className="muted">{t('requests.intro')}</p>
        </div>
        <Link to="/requests/new" className="button button--primary">
          {t('requests.create')}
        </Link>
      </div>
      <BoxTabs boxes={boxes} params={params} />
      <RequestFilters params={params} onChange={change} />
      <p className="live-note" role="status">
        {lastEvent &&
          t('requests.live', {
            request: lastEvent.request.code ?? lastEvent.request.title,
            event: t(eventLabel(lastEvent.event.type)),
          })}
      </p>
      <ListBody state={state} params={params} onClear={() => change(clearFilters(params))} onRetry={retry} onMore={loadMore} />
    </>
  );
}

function BoxTabs({ boxes, params }: { boxes: RequestBox[]; params: ListParams }) {
  const t = useT();
  return (
    <nav className="box-tabs" aria-label={t('requests.boxes')}>
      <ul>
        {boxes.map((box) => (
          <li key={box}>
            <Link
              to={{ search: writeListParams({ ...params, box }).toString() }}
              aria-current={box === params.box ? 'page' : undefined}
            >
              {t(`requests.box.${box}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

interface ListBodyProps {
  state: ListState;
  params: ListParams;
  onClear: () => void;
  onRetry: () => void;
  onMore: () => void;
}

function ListBody({ state, params, onClear, onRetry, onMore }: ListBodyProps) {
  const t = useT();
  if (state.status === 'loading') return <LoadingState label={t('requests.loading')} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={onRetry} />;
  if (state.rows.length === 0) {
    return hasFilters(params) ? (
      <EmptyState title={t('requests.noMatch')}>
        <button type="button" className="button button--secondary" onClick={onClear}>
          {t('requests.clearFilters')}
        </button>
      </EmptyState>
    ) : (
      <EmptyState title={t('requests.empty')}>
        <p>{t(`requests.emptyHint.${params.box}`)}</p>
      </EmptyState>
    );
  }
  return (
    <>
      {state.error && (
        <p className="alert" role="alert">
          {t('requests.refreshFailed')} {t(`error.${errorCode(state.error)}`)}
        </p>
      )}
      <RequestTable rows={state.rows} />
      {state.hasNextPage && (
        <div className="load-more">
          <button type="button" className="button button--secondary" onClick={onMore} disabled={state.loadingMore}>
            {state.loadingMore ? t('requests.loadingMore') : t('requests.loadMore')}
          </button>
        </div>
      )}
    </>
  );
}
