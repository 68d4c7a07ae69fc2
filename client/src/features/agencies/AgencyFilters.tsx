import { useT } from '../../app/i18n';
import type { AgencyKind } from '../../gql/graphql';
import { AGENCY_KINDS, type AgencyFilter } from './agency-tree';

interface AgencyFiltersProps {
  filter: AgencyFilter;
  onChange: (filter: AgencyFilter) => void;
}

export function AgencyFilters({ filter, onChange }: AgencyFiltersProps) {
  const t = useT();
  return (
    <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor="agency-search">{t('agencies.search')}</label>
        <input
          id="agency-search"
          type="search"
          placeholder={t('agencies.searchHint')}
          value={filter.search}
          onChange={(event) => onChange({ ...filter, search: event.currentTarget.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="agency-kind">{t('agencies.kindFilter')}</label>
        <select
          id="agency-kind"
          value={filter.kind ?? ''}
          onChange={(event) =>
            onChange({ ...filter, kind: (event.currentTarget.value || null) as AgencyKind | null })
          }
        >
          <option value="">{t('agencies.allKinds')}</option>
          {AGENCY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`agencyKind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
