import { useMemo, useState } from 'react';
import { useT } from '../../kit/i18n';
import { EmptyState, ErrorState, LoadingState, NoMatchState } from '../../kit/ui/states';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { useCurrentUser } from '../auth';
import type { AgencyListItem } from './agencies.operations';
import { AgencyFilters } from './AgencyFilters';
import { AgencyTree } from './AgencyTree';
import { buildAgencyTree, countMatches, filterAgencyTree, isFilterActive, type AgencyFilter } from './agency-tree';
import { useAgencyChanges, type AgencyChangeEvent } from './useAgencyChanges';
import { useAgencyDirectory } from './useAgencyDirectory';

const NO_FILTER: AgencyFilter = { kind: null, search: '' };

export function AgencyDirectoryPage() {
  const t = useT();
  useDocumentTitle(t('agencies.title'));
  const { state, refresh, retry } = useAgencyDirectory();
  const [lastChange, setLastChange] = useState<AgencyChangeEvent>();

  useAgencyChanges((event) => {
    setLastChange(event);
    refresh();
  });

  return (
    <>
      <h1>{t('agencies.title')}</h1>
      <p className="muted">{t('agencies.intro')}</p>
      <p className="live-note" role="status">
        {lastChange && t(`agencies.change.${lastChange.change}`, { name: lastChange.agency.name })}
      </p>
      {state.status === 'loading' && <LoadingState label={t('agencies.loading')} />}
      {state.status === 'error' && <ErrorState error={state.error} onRetry={retry} />}
      {state.status === 'ready' && <Directory agencies={state.agencies} />}
    </>
  );
}

function Directory({ agencies }: { agencies: AgencyListItem[] }) {
  const t = useT();
  const user = useCurrentUser();
  const [filter, setFilter] = useState<AgencyFilter>(NO_FILTER);
  const tree = useMemo(() => buildAgencyTree(agencies), [agencies]);
  const visible = useMemo(() => filterAgencyTree(tree, filter), [tree, filter]);
  const filtering = isFilterActive(filter);

  if (agencies.length === 0) return <EmptyState title={t('agencies.empty')} />;

  return (
    <>
      <AgencyFilters filter={filter} onChange={setFilter} />
      <p className="muted" aria-live="polite">
        {t('agencies.summary', { shown: countMatches(visible), total: agencies.length })}
      </p>
      {visible.length > 0 ? (
        <AgencyTree nodes={visible} ownAgencyId={user.agency.id} forceExpanded={filtering} />
      ) : (
        <NoMatchState title={t('agencies.noMatch')} onClear={() => setFilter(NO_FILTER)} />
      )}
    </>
  );
}
