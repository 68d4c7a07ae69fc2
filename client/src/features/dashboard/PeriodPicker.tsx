import { type Period, quarterName, samePeriod } from '../../kit/period';
import { provinceToday } from '../../kit/format';
import { useT } from '../../kit/i18n';

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
      <div className="field">
        <label htmlFor="dashboard-as-of">{t('dashboard.asOf')}</label>
        <div className="dashboard-filters__date">
          <input
            id="dashboard-as-of"
            type="date"
            value={asOf ?? provinceToday()}
            onChange={(event) => onChange({ asOf: event.currentTarget.value || null })}
          />
          {asOf && (
            <button type="button" className="button button--ghost" onClick={() => onChange({ asOf: null })}>
              {t('dashboard.asOfToday')}
            </button>
          )}
        </div>
      </div>
    </form>
  );
}
