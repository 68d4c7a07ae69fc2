import { useT } from '../../kit/i18n';
import { ChoiceField } from '../../kit/ui/ChoiceField';
import { DebouncedSearchField } from '../../kit/ui/DebouncedSearchField';
import { FilterBar } from '../../kit/ui/FilterBar';
import type { RequestSort } from '../../gql/graphql';
import { DomainField } from './DomainField';
import type { ListParams } from './request-filter';
import { REQUEST_STATUSES } from './request-options';

const SORTS: readonly RequestSort[] = ['LAST_ACTIVITY', 'DUE_DATE'];

interface RequestFiltersProps {
  params: ListParams;
  onChange: (params: ListParams) => void;
}

export function RequestFilters({ params, onChange }: RequestFiltersProps) {
  const t = useT();
  const set = (patch: Partial<ListParams>) => onChange({ ...params, ...patch });
  return (
    <FilterBar className="filters--requests" label={t('requests.filters')}>
      <DebouncedSearchField
        id="request-search"
        label={t('requests.search')}
        placeholder={t('requests.searchHint')}
        value={params.search}
        onSearch={(search) => set({ search })}
      />
      <ChoiceField
        id="request-status"
        label={t('requests.statusFilter')}
        none={t('requests.allStatuses')}
        choices={REQUEST_STATUSES}
        choiceLabel={(status) => t(`requestStatus.${status}`)}
        value={params.status ?? ''}
        onChoose={(status) => set({ status: status || null })}
      />
      <DomainField
        id="request-domain"
        label={t('requests.domainFilter')}
        filter
        value={params.domain ?? ''}
        onChoose={(domain) => set({ domain: domain || null })}
      />
      <ChoiceField
        id="request-sort"
        label={t('requests.sort')}
        choices={SORTS}
        choiceLabel={(sort) => t(`requests.sort.${sort}`)}
        value={params.sort}
        onChoose={(sort) => set({ sort })}
      />
      <div className="field field--checkbox">
        <input
          id="request-overdue"
          type="checkbox"
          checked={params.overdueOnly}
          onChange={(event) => set({ overdueOnly: event.currentTarget.checked })}
        />
        <label htmlFor="request-overdue">{t('requests.overdueOnly')}</label>
      </div>
    </FilterBar>
  );
}
