import { Link } from 'react-router';
import { useQuery } from 'urql';
import { errorCode } from '../../kit/errors';
import { useT, type Translate } from '../../kit/i18n';
import type { MessageKey } from '../../kit/messages/vi';
import { LinkedRequestQuery, type LinkedRequest } from './links.operations';

type LinkedRequestState =
  | { kind: 'loading' }
  | { kind: 'readable'; request: LinkedRequest }
  /** The viewer may not read it (the server answers NOT_FOUND, as for one that does not exist). */
  | { kind: 'hidden' }
  | { kind: 'failed'; message: MessageKey };

/** One linked request by id, as far as the viewer may see it. */
export function useLinkedRequest(id: string): LinkedRequestState {
  const [{ data, fetching, error }] = useQuery({ query: LinkedRequestQuery, variables: { id } });
  if (data?.request) return { kind: 'readable', request: data.request };
  if (fetching || !error) return { kind: 'loading' };
  const code = errorCode(error);
  return code === 'NOT_FOUND' || code === 'FORBIDDEN'
    ? { kind: 'hidden' }
    : { kind: 'failed', message: `error.${code}` };
}

/** "PH-2026-0001 — Rà soát …" (a draft has no code yet). */
export function requestName(t: Translate, request: LinkedRequest): string {
  return `${request.code ?? t('requests.draft')} — ${request.title}`;
}

export function linkedRequestName(t: Translate, state: LinkedRequestState): string {
  switch (state.kind) {
    case 'readable':
      return requestName(t, state.request);
    case 'hidden':
      return t('linkedRequests.hidden');
    case 'failed':
      return t(state.message);
    case 'loading':
      return t('linkedRequests.loading');
  }
}

/** The proposal page's list of the requests it would unblock, each a link when the viewer may read it. */
export function LinkedRequests({ ids }: { ids: readonly string[] }) {
  const t = useT();
  if (ids.length === 0) return null;
  return (
    <section aria-labelledby="proposal-linked-heading">
      <h2 id="proposal-linked-heading">{t('linkedRequests.title')}</h2>
      <ul className="linked-requests">
        {ids.map((id) => (
          <li key={id}>
            <LinkedRequestLink id={id} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function LinkedRequestLink({ id }: { id: string }) {
  const t = useT();
  const state = useLinkedRequest(id);
  const name = linkedRequestName(t, state);
  return state.kind === 'readable' ? <Link to={`/requests/${id}`}>{name}</Link> : <span className="muted">{name}</span>;
}
