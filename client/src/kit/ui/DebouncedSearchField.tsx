import { useEffect, useRef, useState } from 'react';

// The search box of the list filters: typing updates the box at once and the list after a pause,
// so each keystroke is not a query.

export const SEARCH_DEBOUNCE_MS = 300;

interface DebouncedSearchFieldProps {
  id: string;
  label: string;
  placeholder: string;
  /** The search the list is showing. */
  value: string;
  /** Called with the trimmed text once typing pauses. */
  onSearch: (search: string) => void;
}

export function DebouncedSearchField({ id, label, placeholder, value, onSearch }: DebouncedSearchFieldProps) {
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
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        placeholder={placeholder}
        value={draft}
        onChange={(event) => setDraft(event.currentTarget.value)}
      />
    </div>
  );
}
