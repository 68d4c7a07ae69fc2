import { Link, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { useT } from '../../app/i18n';
import { EmptyState, PendingState } from '../../app/ui/states';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { RequestForm } from './RequestForm';
import {
  requestFormErrorsFrom,
  toDraftFields,
  valuesFromRequest,
  type RequestFormErrors,
  type RequestFormValues,
} from './request-form';
import { RequestDetailQuery, UpdateRequestDraftMutation, type RequestDetail } from './requests.operations';
import { useOpenSavedRequest } from './useOpenSavedRequest';

export function EditRequestPage() {
  const t = useT();
  useDocumentTitle(t('requestForm.editTitle'));
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: RequestDetailQuery,
    variables: { id },
    requestPolicy: 'network-only', // edit the draft as it is now, with its current version
  });
  const request = data?.request;
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <>
      <nav className="breadcrumb" aria-label={t('layout.breadcrumb')}>
        <Link to={`/requests/${id}`}>← {request?.title ?? t('request.back')}</Link>
      </nav>
      <h1>{t('requestForm.editTitle')}</h1>
      {request ? (
        request.allowedActions.includes('UPDATE_DRAFT') ? (
          <DraftEditor key={request.version} request={request} onReload={reload} />
        ) : (
          <EmptyState title={t('requestForm.notEditable')}>
            <Link to={`/requests/${id}`} className="button button--secondary">
              {request.title}
            </Link>
          </EmptyState>
        )
      ) : (
        <PendingState fetching={fetching} error={error} label={t('request.loading')} onRetry={reload} />
      )}
    </>
  );
}

function DraftEditor({ request, onReload }: { request: RequestDetail; onReload: () => void }) {
  const client = useClient();
  const openSaved = useOpenSavedRequest();

  async function save(values: RequestFormValues, submit: boolean): Promise<RequestFormErrors | null> {
    const input = { id: request.id, version: request.version, ...toDraftFields(values) };
    const result = await client.mutation(UpdateRequestDraftMutation, { input }).toPromise();
    const updated = result.data?.updateRequestDraft.request;
    if (!updated) return result.error ? requestFormErrorsFrom(result.error) : { form: 'error.UNKNOWN' };
    return openSaved(updated, submit);
  }

  return <RequestForm initial={valuesFromRequest(request)} onSave={save} onReload={onReload} />;
}
