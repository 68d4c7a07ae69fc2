import { useState } from 'react';
import { Link } from 'react-router';
import { useClient } from 'urql';
import { useT } from '../../kit/i18n';
import { newIdempotencyKey } from '../../kit/idempotency-key';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { RequestForm } from './RequestForm';
import {
  EMPTY_REQUEST_FORM,
  requestFormErrorsFrom,
  toDraftFields,
  type RequestFormErrors,
  type RequestFormValues,
} from './request-form';
import { CreateRequestMutation } from './requests.operations';
import { useOpenSavedRequest } from './useOpenSavedRequest';

export function CreateRequestPage() {
  const t = useT();
  useDocumentTitle(t('requestForm.createTitle'));
  const client = useClient();
  const openSaved = useOpenSavedRequest();
  // One key for this form: however often "save" reaches the server, there is one draft.
  const [idempotencyKey] = useState(newIdempotencyKey);

  async function save(values: RequestFormValues, submit: boolean): Promise<RequestFormErrors | null> {
    const input = { ...toDraftFields(values), idempotencyKey };
    const result = await client.mutation(CreateRequestMutation, { input }).toPromise();
    const request = result.data?.createRequest.request;
    if (!request) return result.error ? requestFormErrorsFrom(result.error) : { form: 'error.UNKNOWN' };
    return openSaved(request, submit);
  }

  return (
    <>
      <nav className="breadcrumb" aria-label={t('layout.breadcrumb')}>
        <Link to="/requests">← {t('requestForm.back')}</Link>
      </nav>
      <h1>{t('requestForm.createTitle')}</h1>
      <p className="muted">{t('requestForm.intro')}</p>
      <RequestForm initial={EMPTY_REQUEST_FORM} onSave={save} />
    </>
  );
}
