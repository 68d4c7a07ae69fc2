import { useEffect, useRef, useState } from 'react';
import { useT } from '../../app/i18n';
import type { DomainArea, RequestSort, RequestStatus } from '../../gql/graphql';
import type { ListParams } from './request-filter';
import { DOMAINS, REQUEST_STATUSES } from './request-options';

export const SEARCH_DEBOUNCE_MS = 300;

interface RequestFiltersProps {
  params: ListParams;
  onChange: (params: ListParams) => void;
}

export function RequestFilters({ params, onChange }: RequestFiltersProps) {
  const t = useT();
  const set = (patch: Partial<ListParams>) => onChange({ ...params, ...patch });
  return (
    <form className="filters filters--requests" role="search" aria-label={t('requests.filters')} onSubmit={(event) => event.preventDefault()}>
      <SearchField value={params.search} onSearch={(search) => set({ search })} />
      <div className="field">
        <label htmlFor="request-status">{t('requests.statusFilter')}</label>
        <select
          id="request-status"
          value={params.status ?? ''}
          onChange={(event) => set({ status: (event.currentTarget.value || null) as RequestStatus | null })}
        >
          <option value="">{t('requests.allStatuses')}</option>
          {REQUEST_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`requestStatus.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="request-domain">{t('requests.domainFilter')}</label>
        <select
          id="request-domain"
          value={params.domain ?? ''}
          onChange={(event) => set({ domain: (event.currentTarget.value || null) as DomainArea | null })}
        >
          <option value="">{t('requests.allDomains')}</option>
          {DOMAINS.map((domain) => (
            <option key={domain} value={domain}>
              {t(`domain.${domain}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="request-sort">{t('requests.sort')}</label>
        <select
          id="request-sort"
          value={params.sort}
          onChange={(event) => set({ sort: event.currentTarget.value as RequestSort })}
        >
          <option value="LAST_ACTIVITY">{t('requests.sort.LAST_ACTIVITY')}</option>
          <option value="DUE_DATE">{t('requests.sort.DUE_DATE')}</option>
        </select>
      </div>
      <div className="field field--checkbox">
        <input
          id="request-overdue"
          type="checkbox"
          checked={params.overdueOnly}
          onChange={(event) => set({ overdueOnly: event.currentTarget.checked })}
        />
        <label htmlFor="request-overdue">{t('requests.overdueOnly')}</label>
      </div>
    </form>
  );
}

/** Typing updates the box at once and the list after a pause, so each keystroke is not a query. */
function SearchField({ value, onSearch }: { value: string; onSearch: (search: string) => void }) {
  const t = useT();
  const [draft, setDraft] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  const latestOnSearch = useRef(onSearch);

  useEffect(() => {
    latestOnSearch.current = onSearch;
  });

  // Changed from outside (e.g. "clear filters"): show it, unless it is what is being typed.
  if (value !== lastValue) {
    setLastValue(value);
    if (value !== draft.trim()) setDraft(value);
  }

  useEffect(() => {
    const search = draft.trim();
    if (search === value) return;
    const timer = setTimeout(() => latestOnSearch.current(search), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, value]);

  return (
    <div className="field">
      <label htmlFor="request-search">{t('requests.search')}</label>
      <input
        id="request-search"
        type="search"
        placeholder={t('requests.searchHint')}
        value={draft}
        onChange={(event) => setDraft(event.currentTarget.value)}
      />
    </div>
  );
}
