import { useClient } from 'urql';
import { useT } from '../../kit/i18n';
import { EditDraftPage } from '../../kit/ui/EditDraftPage';
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
  return (
    <EditDraftPage
      title={t('requestForm.editTitle')}
      query={RequestDetailQuery}
      record={(data) => data.request}
      path={(id) => `/requests/${id}`}
      backLabel={t('request.back')}
      loadingLabel={t('request.loading')}
      notEditable={t('requestForm.notEditable')}
    >
      {(request, reload) => <DraftEditor request={request} onReload={reload} />}
    </EditDraftPage>
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

  return <RequestForm initial={valuesFromRequest(request)} onSave={save} onReload={onReload} editing={request} />;
}
