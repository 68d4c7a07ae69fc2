import { useState } from 'react';
import { formatLocalDate, provinceToday } from '../format';
import { useT } from '../i18n';
import type { MessageKey } from '../messages/vi';
import { parseDateText, type DateText } from './date-text';

/** Shaped like an input's change event, so `useForm`'s `bind` and TextField's call sites plug in as they are. */
export interface DateChange {
  currentTarget: { value: string };
}

interface DateFieldProps {
  id: string;
  label: string;
  /** The ISO LocalDate (yyyy-MM-dd), '' for none. */
  value: string;
  /** Called with the ISO date, or '' while the text is empty or not a date (the field says why). */
  onChange: (change: DateChange) => void;
  /** The form's own problem with the date (required, a rule of its own). */
  error?: string;
  /** ISO bounds, checked as the user leaves the field. */
  min?: string;
  max?: string;
  required?: boolean;
  readOnly?: boolean;
  disabled?: boolean;
}

/**
 * A date shown and typed as dd/MM/yyyy whatever the browser's locale (a native date input follows
 * it: mm/dd/yyyy in an English browser), kept as the ISO date the API takes. Text that is not a
 * date is kept as typed and explained when the user leaves the field; the form meanwhile sees ''.
 */
export function DateField({ id, label, value, onChange, error, min, max, ...inputProps }: DateFieldProps) {
  const t = useT();
  const [text, setText] = useState(() => formatLocalDate(value));
  // Problems of the field's own are shown once the user has left it, not while typing.
  const [left, setLeft] = useState(false);
  const parsed = parseDateText(text);
  // A new value that is not what the text says came from outside (a restored draft, "today"): shown.
  // One the parent keeps ignoring (it takes only whole dates) leaves the typing alone.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== ('iso' in parsed ? parsed.iso : '')) setText(formatLocalDate(value));
  }

  const own = left ? ownProblem(parsed, min, max) : null;
  const example = formatLocalDate(provinceToday());
  const shown =
    own && (own.key === 'dateField.format' || own.key === 'dateField.noSuchDay' || !error)
      ? t(own.key, { example, ...own.params })
      : error;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span id={hintId} className="field__hint">
        {t('dateField.hint', { example })}
      </span>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd/mm/yyyy"
        maxLength={14}
        value={text}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => {
          const typed = event.currentTarget.value;
          const next = parseDateText(typed);
          const iso = 'iso' in next ? next.iso : '';
          setText(typed);
          setLeft(false);
          if (iso !== value) onChange({ currentTarget: { value: iso } });
        }}
        onBlur={() => {
          setLeft(true);
          if ('iso' in parsed) setText(formatLocalDate(parsed.iso)); // 5.1.2026 reads 05/01/2026
        }}
        {...inputProps}
      />
      {shown && (
        <p id={errorId} className="field__error">
          {shown}
        </p>
      )}
    </div>
  );
}

function ownProblem(
  parsed: DateText,
  min: string | undefined,
  max: string | undefined,
): { key: MessageKey; params?: Record<string, string> } | null {
  if ('problem' in parsed) return { key: parsed.problem === 'format' ? 'dateField.format' : 'dateField.noSuchDay' };
  if (!parsed.iso) return null;
  if (min && parsed.iso < min) return { key: 'dateField.tooEarly', params: { min: formatLocalDate(min) } };
  if (max && parsed.iso > max) return { key: 'dateField.tooLate', params: { max: formatLocalDate(max) } };
  return null;
}
