import { useT } from '../../kit/i18n';
import { ChoiceField } from '../../kit/ui/ChoiceField';
import { FilterBar } from '../../kit/ui/FilterBar';
import { TextField } from '../../kit/ui/TextField';
import { AGENCY_KINDS, type AgencyFilter } from './agency-tree';

interface AgencyFiltersProps {
  filter: AgencyFilter;
  onChange: (filter: AgencyFilter) => void;
}

export function AgencyFilters({ filter, onChange }: AgencyFiltersProps) {
  const t = useT();
  return (
    <FilterBar>
      <TextField
        id="agency-search"
        type="search"
        label={t('agencies.search')}
        placeholder={t('agencies.searchHint')}
        value={filter.search}
        onChange={(event) => onChange({ ...filter, search: event.currentTarget.value })}
      />
      <ChoiceField
        id="agency-kind"
        label={t('agencies.kindFilter')}
        none={t('agencies.allKinds')}
        choices={AGENCY_KINDS}
        choiceLabel={(kind) => t(`agencyKind.${kind}`)}
        value={filter.kind ?? ''}
        onChoose={(kind) => onChange({ ...filter, kind: kind || null })}
      />
    </FilterBar>
  );
}
