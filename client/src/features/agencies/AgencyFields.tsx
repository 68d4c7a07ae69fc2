import { useState } from 'react';
import { useT } from '../../kit/i18n';
import { SelectField } from '../../kit/ui/SelectField';
import type { AgencyListItem } from './agencies.operations';
import { agencyMatches, groupAgencies } from './agency-options';

interface AgencySelectProps {
  id: string;
  label: string;
  placeholder: string;
  agencies: readonly AgencyListItem[];
  exclude: ReadonlySet<string>;
  value: string;
  onChange: (agencyId: string) => void;
  error?: string;
}

/** One agency from the directory, grouped by kind. */
export function AgencySelect({ id, label, placeholder, agencies, exclude, value, onChange, error }: AgencySelectProps) {
  const t = useT();
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    >
      <option value="">{placeholder}</option>
      {groupAgencies(agencies, exclude).map((group) => (
        <optgroup key={group.kind} label={t(`agencyKind.${group.kind}`)}>
          {group.agencies.map((agency) => (
            <option key={agency.id} value={agency.id}>
              {agency.name}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );
}

interface SupportingAgenciesProps {
  /** Prefix of the filter's and the error's ids, for forms with several of these (default "request-supporting"). */
  idPrefix?: string;
  agencies: readonly AgencyListItem[];
  exclude: ReadonlySet<string>;
  value: readonly string[];
  onChange: (agencyIds: string[]) => void;
  error?: string;
  /** The list's legend (default: the supporting agencies of a request). */
  legend?: string;
}

/** Any number of agencies, as a filterable checkbox list. */
export function SupportingAgencies({
  idPrefix = 'request-supporting',
  agencies,
  exclude,
  value,
  onChange,
  error,
  legend,
}: SupportingAgenciesProps) {
  const t = useT();
  const [search, setSearch] = useState('');
  const chosen = new Set(value);
  const candidates = agencies.filter((agency) => !exclude.has(agency.id));
  // Chosen agencies stay visible whatever the filter, so a choice is never hidden.
  const visible = groupAgencies(
    candidates.filter((agency) => chosen.has(agency.id) || agencyMatches(agency, search)),
    new Set(),
  );
  const toggle = (agencyId: string, checked: boolean) =>
    onChange(checked ? [...value, agencyId] : value.filter((id) => id !== agencyId));

  return (
    <fieldset className="agency-picker" aria-describedby={error ? `${idPrefix}-error` : undefined}>
      <legend>{legend ?? t('requestForm.supporting')}</legend>
      <div className="field">
        <label htmlFor={`${idPrefix}-filter`}>{t('requestForm.supportingFilter')}</label>
        <input
          id={`${idPrefix}-filter`}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
      </div>
      <p className="muted" aria-live="polite">
        {t('requestForm.supportingChosen', { count: value.length })}
      </p>
      <div className="agency-picker__list">
        {visible.length === 0 && <p className="muted">{t('requestForm.noSupportingMatch')}</p>}
        {visible.map((group) => (
          <div key={group.kind} role="group" aria-label={t(`agencyKind.${group.kind}`)}>
            <p className="agency-picker__group">{t(`agencyKind.${group.kind}`)}</p>
            {group.agencies.map((agency) => (
              <label key={agency.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={chosen.has(agency.id)}
                  onChange={(event) => toggle(agency.id, event.currentTarget.checked)}
                />
                {agency.name}
              </label>
            ))}
          </div>
        ))}
      </div>
      {error && (
        <p id={`${idPrefix}-error`} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
