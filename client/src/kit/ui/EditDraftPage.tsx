import { Fragment, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, type TypedDocumentNode } from 'urql';
import { useT } from '../i18n';
import { useDocumentTitle } from '../useDocumentTitle';
import { EmptyState, PendingState } from './states';

// The page that edits a draft (request, proposal, meeting) — loads it as it is now, says so when it
// can no longer be edited, otherwise hands it to the feature's editor — written once for all three.

interface Draft {
  title: string;
  version: number;
  allowedActions: readonly string[];
}

interface EditDraftPageProps<Data, Rec extends Draft> {
  /** The page's heading, also the document's title. */
  title: string;
  query: TypedDocumentNode<Data, { id: string }>;
  record: (data: Data) => Rec | null | undefined;
  /** The address of the record's own page. */
  path: (id: string) => string;
  /** The back link's text until the record is loaded. */
  backLabel: string;
  loadingLabel: string;
  /** Said when the record may no longer be edited. */
  notEditable: string;
  /** The feature's editor; a new one for each version, so it starts from what was saved. */
  children: (draft: Rec, reload: () => void) => ReactNode;
}

export function EditDraftPage<Data, Rec extends Draft>(props: EditDraftPageProps<Data, Rec>) {
  const { title, query, record, path, backLabel, loadingLabel, notEditable, children } = props;
  const t = useT();
  useDocumentTitle(title);
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query,
    variables: { id },
    requestPolicy: 'network-only', // edit the draft as it is now, with its current version
  });
  const draft = data ? record(data) : undefined;
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <>
      <nav className="breadcrumb" aria-label={t('layout.breadcrumb')}>
        <Link to={path(id)}>← {draft?.title ?? backLabel}</Link>
      </nav>
      <h1>{title}</h1>
      {draft ? (
        draft.allowedActions.includes('UPDATE_DRAFT') ? (
          <Fragment key={draft.version}>{children(draft, reload)}</Fragment>
        ) : (
          <EmptyState title={notEditable}>
            <Link to={path(id)} className="button button--secondary">
              {draft.title}
            </Link>
          </EmptyState>
        )
      ) : (
        <PendingState fetching={fetching} error={error} label={loadingLabel} onRetry={reload} />
      )}
    </>
  );
}
