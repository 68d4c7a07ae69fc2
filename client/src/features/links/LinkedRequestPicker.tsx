import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { useT } from '../../kit/i18n';
import { SEARCH_DEBOUNCE_MS } from '../../kit/ui/DebouncedSearchField';
import { linkedRequestName, requestName, useLinkedRequest } from './LinkedRequests';
import { LinkableRequestsQuery } from './links.operations';

interface LinkedRequestPickerProps {
  /** The search field's id, so a server error on `linkedRequestIds` can focus it. */
  id: string;
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

/** "Đề nghị phối hợp liên quan": search the requests the viewer may read, add or remove them as chips. */
export function LinkedRequestPicker({ id, value, onChange, error }: LinkedRequestPickerProps) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useQuery({ query: LinkableRequestsQuery, variables: { search }, pause: !search });
  const results = search
    ? (data?.requests.edges.map((edge) => edge.node).filter((request) => !value.includes(request.id)) ?? [])
    : [];
  const errorId = `${id}-error`;

  useEffect(() => {
    const timer = setTimeout(() => setSearch(draft.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft]);

  return (
    <fieldset className="agency-picker linked-picker">
      <legend>{t('linkedRequests.title')}</legend>
      {value.length > 0 && (
        <ul className="chips" aria-label={t('linkedRequests.chosen')}>
          {value.map((requestId) => (
            <LinkedRequestChip
              key={requestId}
              id={requestId}
              onRemove={() => onChange(value.filter((other) => other !== requestId))}
            />
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={id}>{t('linkedRequests.search')}</label>
        <input
          id={id}
          type="search"
          placeholder={t('requests.searchHint')}
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setDraft(event.currentTarget.value)}
        />
      </div>
      {search && (
        <div aria-live="polite">
          {results.length > 0 ? (
            <ul className="linked-picker__results" aria-label={t('linkedRequests.results')}>
              {results.map((request) => (
                <li key={request.id}>
                  <button
                    type="button"
                    className="button button--ghost"
                    aria-label={t('linkedRequests.add', { request: requestName(t, request) })}
                    onClick={() => onChange([...value, request.id])}
                  >
                    + {requestName(t, request)}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{fetching ? t('linkedRequests.searching') : t('linkedRequests.noMatch')}</p>
          )}
        </div>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function LinkedRequestChip({ id, onRemove }: { id: string; onRemove: () => void }) {
  const t = useT();
  const name = linkedRequestName(t, useLinkedRequest(id));
  return (
    <li className="chip">
      <span>{name}</span>
      <button
        type="button"
        className="chip__remove"
        aria-label={t('linkedRequests.remove', { request: name })}
        onClick={onRemove}
      >
        ×
      </button>
    </li>
  );
}
