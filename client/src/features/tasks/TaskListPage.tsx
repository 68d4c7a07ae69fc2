import { defaultPeriod, type Period, quarterName, samePeriod } from '../../kit/period';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { formatLocalDate } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { KeysetListBody } from '../../kit/ui/KeysetListBody';
import { EmptyState, NoMatchState, PendingState } from '../../kit/ui/states';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { feed, useFeed, type FeedEvent } from '../../kit/useEventStream';
import { keysetList, useKeysetList, type KeysetListState } from '../../kit/useKeysetList';
import { useCapabilities } from '../auth';
import { CloseQuarterPanel } from './CloseQuarterPanel';
import {
  clearTaskFilters,
  hasTaskFilters,
  readTaskParams,
  toTaskFilter,
  writeTaskParams,
  type TaskListParams,
} from './task-filter';
import { taskEventLabel } from './task-options';
import { TaskFilters } from './TaskFilters';
import {
  TaskEventCursorQuery,
  TaskFeedSubscription,
  TaskListQuery,
  TaskQuartersQuery,
  type TaskListItem,
} from './tasks.operations';
import { TaskTable } from './TaskTable';

const TASK_LIST = keysetList(TaskListQuery, (data) => data.tasks, 50);
const TASK_FEED = feed({
  cursorQuery: TaskEventCursorQuery,
  cursor: (data) => data.taskEventCursor,
  subscription: TaskFeedSubscription,
  event: (data) => data.taskFeed,
});

export function TaskListPage() {
  const t = useT();
  useDocumentTitle(t('tasks.title'));
  const { readWholeProvince, assignTasks, closeQuarters } = useCapabilities();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readTaskParams(searchParams, readWholeProvince);
  const [quarters, reexecuteQuarters] = useQuery({ query: TaskQuartersQuery, requestPolicy: 'cache-and-network' });
  const known = quarters.data;
  const period = params.period ?? (known ? defaultPeriod(known.taskQuarters, known.currentQuarter) : null);
  const [lastEvent, setLastEvent] = useState<FeedEvent<typeof TASK_FEED>>();

  // The list is read only once the feed knows where it starts (see useFeed).
  const refreshAll = useRef(() => {});
  const feedReady = useFeed(TASK_FEED, (event) => {
    setLastEvent(event);
    refreshAll.current();
  });
  const { state, refresh, loadMore, retry } = useKeysetList(
    TASK_LIST,
    feedReady && period ? { filter: toTaskFilter(params, period) } : null,
  );
  const reloadQuarters = useCallback(() => reexecuteQuarters({ requestPolicy: 'network-only' }), [reexecuteQuarters]);
  useEffect(() => {
    refreshAll.current = () => {
      void refresh();
      reloadQuarters(); // counts and closed quarters move too
    };
  }, [refresh, reloadQuarters]);

  const change = useCallback(
    (next: TaskListParams) => setSearchParams(writeTaskParams(next), { replace: true }),
    [setSearchParams],
  );
  const shown = period && known?.taskQuarters.find((q) => samePeriod(q.period, period));

  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t('tasks.title')}</h1>
          <p className="muted">{t('tasks.intro')}</p>
        </div>
        {assignTasks && (
          <Link to="/tasks/new" className="button button--primary">
            {t('tasks.assign')}
          </Link>
        )}
      </div>
      {!known || !period ? (
        <PendingState
          fetching={quarters.fetching || !quarters.error}
          error={quarters.error}
          label={t('tasks.loading')}
          onRetry={reloadQuarters}
        />
      ) : (
        <>
          <TaskFilters
            params={params}
            period={period}
            quarters={known.taskQuarters}
            current={known.currentQuarter}
            canPickAgency={readWholeProvince}
            onChange={change}
          />
          {shown?.closed && <p className="muted">{t('tasks.closed', { quarter: quarterName(t, period) })}</p>}
          {params.asOf && (
            <p className="muted">
              {t('tasks.asOf', { date: formatLocalDate(params.asOf) })}{' '}
              <button type="button" className="link-button" onClick={() => change({ ...params, period, asOf: null })}>
                {t('tasks.asOfToday')}
              </button>
            </p>
          )}
          {closeQuarters && shown && (
            <CloseQuarterPanel
              key={`${period.year}-${period.quarter}`}
              period={period}
              closed={shown.closed}
              onClosed={() => refreshAll.current()}
            />
          )}
          <p className="live-note" role="status">
            {lastEvent &&
              t('requests.live', { request: lastEvent.task.code, event: t(taskEventLabel(lastEvent.event.type)) })}
          </p>
          <ListBody
            state={state}
            params={params}
            period={period}
            onClear={() => change(clearTaskFilters({ ...params, period }))}
            onRetry={retry}
            onMore={loadMore}
          />
        </>
      )}
    </>
  );
}

interface ListBodyProps {
  state: KeysetListState<TaskListItem>;
  params: TaskListParams;
  period: Period;
  onClear: () => void;
  onRetry: () => void;
  onMore: () => void;
}

function ListBody({ state, params, period, onClear, onRetry, onMore }: ListBodyProps) {
  const t = useT();
  const empty = hasTaskFilters(params) ? (
    <NoMatchState title={t('tasks.noMatch')} onClear={onClear} />
  ) : (
    <EmptyState title={t('tasks.empty', { quarter: quarterName(t, period) })}>
      <p>{t('tasks.emptyHint')}</p>
    </EmptyState>
  );
  return (
    <KeysetListBody state={state} loadingLabel={t('tasks.loading')} empty={empty} onRetry={onRetry} onMore={onMore}>
      {(rows) => <TaskTable rows={rows} />}
    </KeysetListBody>
  );
}
