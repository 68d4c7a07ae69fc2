import { provinceToday } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { ChoiceField } from '../../kit/ui/ChoiceField';
import { DraftOrSendButtons, type DraftOrSend } from '../../kit/ui/DraftOrSendButtons';
import { DraftRestoreBanner } from '../../kit/ui/DraftRestoreBanner';
import { FormAlert } from '../../kit/ui/FormAlert';
import { TextAreaField } from '../../kit/ui/TextAreaField';
import { DateField } from '../../kit/ui/DateField';
import { TextField } from '../../kit/ui/TextField';
import { useForm } from '../../kit/useForm';
import type { DraftRecord } from '../../kit/useLocalDraft';
import { useCurrentUser } from '../auth';
import { AgencySelect, SupportingAgencies, useAgencyDirectory, WithAgencyDirectory } from '../agencies';
import {
  FORM_FIELDS,
  validateRequestForm,
  type RequestFormErrors,
  type RequestFormField,
  type RequestFormValues,
} from './request-form';
import { DomainField } from './DomainField';
import { PRIORITIES } from './request-options';

const FIELD_IDS: Record<RequestFormField, string> = {
  title: 'request-title',
  body: 'request-body',
  domain: 'request-domain',
  priority: 'request-priority',
  dueDate: 'request-due-date',
  leadAgencyId: 'request-lead',
  supportingAgencyIds: 'request-supporting-filter',
};

interface RequestFormProps {
  initial: RequestFormValues;
  /** Saves (and with `submit`, sends) the request; resolves to the errors to show, or null when done. */
  onSave: (values: RequestFormValues, submit: boolean) => Promise<RequestFormErrors | null>;
  /** Offered next to a CONFLICT message: start again from the latest saved draft. */
  onReload?: () => void;
  /** The saved record this form edits (none when creating): its local draft is kept under it. */
  editing?: DraftRecord;
}

export function RequestForm({ initial, onSave, onReload, editing }: RequestFormProps) {
  const t = useT();
  const user = useCurrentUser();
  const directory = useAgencyDirectory();
  const { values, set, errors, busy, save, message, bind, draftOffer } = useForm<
    RequestFormValues,
    RequestFormErrors,
    DraftOrSend,
    RequestFormField
  >(initial, {
    validate: validateRequestForm,
    fieldId: (field) => FIELD_IDS[field],
    fieldOrder: FORM_FIELDS,
    draft: { owner: user.id, form: 'request', recordId: editing?.id, version: editing?.version },
  });

  const ownAgency = new Set([user.agency.id]);
  return (
    <form className="request-form" noValidate onSubmit={(event) => event.preventDefault()}>
      <DraftRestoreBanner {...draftOffer} />
      <FormAlert message={errors.form} onReload={onReload} />
      <TextField label={t('requestForm.title')} maxLength={300} required {...bind('title')} />
      <TextAreaField label={t('requestForm.body')} rows={8} required {...bind('body')} />
      <div className="form-row">
        <DomainField
          id={FIELD_IDS.domain}
          label={t('requestForm.domain')}
          value={values.domain}
          required
          onChoose={(domain) => set('domain', domain)}
          error={message('domain')}
        />
        <ChoiceField
          id={FIELD_IDS.priority}
          label={t('requestForm.priority')}
          choices={PRIORITIES}
          choiceLabel={(priority) => t(`priority.${priority}`)}
          value={values.priority}
          onChoose={(priority) => set('priority', priority)}
          error={message('priority')}
        />
        <DateField label={t('requestForm.dueDate')} min={provinceToday()} required {...bind('dueDate')} />
      </div>
      <WithAgencyDirectory directory={directory}>
        {(agencies) => (
          <>
            <AgencySelect
              id={FIELD_IDS.leadAgencyId}
              label={t('requestForm.lead')}
              placeholder={t('requestForm.chooseLead')}
              agencies={agencies}
              exclude={ownAgency}
              value={values.leadAgencyId}
              onChange={(leadAgencyId) => set('leadAgencyId', leadAgencyId)}
              error={message('leadAgencyId')}
            />
            <SupportingAgencies
              agencies={agencies}
              exclude={new Set([user.agency.id, values.leadAgencyId])}
              value={values.supportingAgencyIds.filter((id) => id !== values.leadAgencyId)}
              onChange={(ids) => set('supportingAgencyIds', ids)}
              error={message('supportingAgencyIds')}
            />
          </>
        )}
      </WithAgencyDirectory>
      <DraftOrSendButtons
        busy={busy}
        onSave={(send) => void save(send ? 'submit' : 'draft', (current) => onSave(current, send))}
        sendLabel={t('requestForm.submit')}
      />
    </form>
  );
}
