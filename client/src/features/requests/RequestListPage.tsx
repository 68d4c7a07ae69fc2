import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../kit/i18n';
import { KeysetListBody } from '../../kit/ui/KeysetListBody';
import { EmptyState, NoMatchState } from '../../kit/ui/states';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { feed, useFeed, type FeedEvent } from '../../kit/useEventStream';
import { keysetList, useKeysetList, type KeysetListState } from '../../kit/useKeysetList';
import type { RequestBox } from '../../gql/graphql';
import { useCapabilities } from '../auth';
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
import {
  RequestEventCursorQuery,
  RequestFeedSubscription,
  RequestListQuery,
  type RequestListItem,
} from './requests.operations';
import { RequestTable } from './RequestTable';

const REQUEST_LIST = keysetList(RequestListQuery, (data) => data.requests, 25);
const REQUEST_FEED = feed({
  cursorQuery: RequestEventCursorQuery,
  cursor: (data) => data.requestEventCursor,
  subscription: RequestFeedSubscription,
  event: (data) => data.requestFeed,
});

export function RequestListPage() {
  const t = useT();
  useDocumentTitle(t('requests.title'));
  const boxes = boxesFor(useCapabilities().readWholeProvince);
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readListParams(searchParams, boxes);
  const [lastEvent, setLastEvent] = useState<FeedEvent<typeof REQUEST_FEED>>();

  // The list is read only once the feed knows where it starts (see useFeed).
  const refreshList = useRef(() => {});
  const feedReady = useFeed(REQUEST_FEED, (event) => {
    setLastEvent(event);
    refreshList.current();
  });
  const query = { filter: toRequestFilter(params), sort: params.sort };
  const { state, refresh, loadMore, retry } = useKeysetList(REQUEST_LIST, feedReady ? query : null);
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
      <ListBody
        state={state}
        params={params}
        onClear={() => change(clearFilters(params))}
        onRetry={retry}
        onMore={loadMore}
      />
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
  state: KeysetListState<RequestListItem>;
  params: ListParams;
  onClear: () => void;
  onRetry: () => void;
  onMore: () => void;
}

function ListBody({ state, params, onClear, onRetry, onMore }: ListBodyProps) {
  const t = useT();
  const empty = hasFilters(params) ? (
    <NoMatchState title={t('requests.noMatch')} onClear={onClear} />
  ) : (
    <EmptyState title={t('requests.empty')}>
      <p>{t(`requests.emptyHint.${params.box}`)}</p>
    </EmptyState>
  );
  return (
    <KeysetListBody state={state} loadingLabel={t('requests.loading')} empty={empty} onRetry={onRetry} onMore={onMore}>
      {(rows) => <RequestTable rows={rows} />}
    </KeysetListBody>
  );
}
