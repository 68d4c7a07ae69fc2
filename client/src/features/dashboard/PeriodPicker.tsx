import { type Period, quarterName, samePeriod } from '../../kit/period';
import { provinceToday } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { DateField } from '../../kit/ui/DateField';

interface PeriodPickerProps {
  /** Quarters with tasks, newest first */
  quarters: readonly { period: Period; closed: boolean }[];
  current: Period;
  period: Period;
  /** null: today */
  asOf: string | null;
  onChange: (patch: { period?: Period; asOf?: string | null }) => void;
}

const keyOf = (period: Period) => `${period.year}-${period.quarter}`;

/** Every quarter with tasks, plus the current and the chosen one, newest first. */
function choices(quarters: PeriodPickerProps['quarters'], current: Period, chosen: Period) {
  const all = [...quarters];
  for (const extra of [current, chosen]) {
    if (!all.some((q) => samePeriod(q.period, extra))) all.push({ period: extra, closed: false });
  }
  return all.sort((a, b) => b.period.year - a.period.year || b.period.quarter - a.period.quarter);
}

/** Which quarter, and as of which day (today unless chosen). */
export function PeriodPicker({ quarters, current, period, asOf, onChange }: PeriodPickerProps) {
  const t = useT();
  const options = choices(quarters, current, period);
  return (
    <form
      className="filters dashboard-filters"
      aria-label={t('dashboard.filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="field">
        <label htmlFor="dashboard-quarter">{t('dashboard.quarter')}</label>
        <select
          id="dashboard-quarter"
          value={keyOf(period)}
          onChange={(event) => {
            const chosen = options.find((option) => keyOf(option.period) === event.currentTarget.value);
            if (chosen) onChange({ period: chosen.period });
          }}
        >
          {options.map(({ period: option, closed }) => (
            <option key={keyOf(option)} value={keyOf(option)}>
              {closed ? t('dashboard.quarterClosed', { quarter: quarterName(t, option) }) : quarterName(t, option)}
            </option>
          ))}
        </select>
      </div>
      <div className="dashboard-filters__date">
        <DateField
          id="dashboard-as-of"
          label={t('dashboard.asOf')}
          value={asOf ?? provinceToday()}
          // only whole dates move the dashboard; a cleared or half-typed field keeps the last one
          onChange={(change) => change.currentTarget.value && onChange({ asOf: change.currentTarget.value })}
        />
        {asOf && (
          <button type="button" className="button button--ghost" onClick={() => onChange({ asOf: null })}>
            {t('dashboard.asOfToday')}
          </button>
        )}
      </div>
    </form>
  );
}
