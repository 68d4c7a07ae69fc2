import type { FormEvent } from 'react';
import type { AgencyListItem } from '../agencies';
import { useT } from '../../kit/i18n';
import type { FormErrors, FormMessage } from '../../kit/form-errors';
import { isOneOf } from '../../kit/is-one-of';
import { useForm } from '../../kit/useForm';
import { SelectField } from '../../kit/ui/SelectField';
import { TextField } from '../../kit/ui/TextField';
import { agencyRows } from './agency-rows';

export const AGENCY_KINDS = ['PEOPLES_COMMITTEE', 'DEPARTMENT', 'SECTOR', 'LOCALITY'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export interface AgencyValues {
  code: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  parentId: string;
}

interface AgencyFormProps {
  idPrefix: string;
  title: string;
  /** Creating asks for the code and kind too (they never change afterwards). */
  creating: boolean;
  initial: AgencyValues;
  agencies: readonly AgencyListItem[];
  /** Sends the values; resolves to the server's refusal as form errors, or null when saved. */
  onSubmit: (values: AgencyValues) => Promise<FormErrors | null>;
  onCancel: () => void;
}

/** Each field's input id after the form's prefix. */
const FIELD_IDS: Record<keyof AgencyValues, string> = {
  code: 'code',
  name: 'name',
  shortName: 'short-name',
  kind: 'kind',
  parentId: 'parent',
};

/** What the client can say before asking the server (which checks everything again). */
function checkAgency(values: AgencyValues, creating: boolean): FormErrors {
  const required = (value: string): FormMessage | undefined => (value.trim() ? undefined : 'field.REQUIRED');
  return {
    code: creating ? required(values.code) : undefined,
    name: required(values.name),
    shortName: required(values.shortName),
  };
}

/** Create an agency, or rename and move one (the server refuses a move under its own sub-unit). */
export function AgencyForm(props: AgencyFormProps) {
  const { idPrefix, title, creating, agencies, onSubmit, onCancel } = props;
  const t = useT();
  const { values, set, errors, busy, save, message, bind } = useForm<
    AgencyValues,
    FormErrors,
    'save',
    keyof AgencyValues
  >(props.initial, {
    validate: (current) => checkAgency(current, creating),
    fieldId: (field) => `${idPrefix}-${FIELD_IDS[field]}`,
    fieldOrder: ['code', 'name', 'shortName', 'kind', 'parentId'],
  });
  const saving = busy !== null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save('save', onSubmit);
  }

  return (
    <form className="panel admin-form" onSubmit={submit} noValidate aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`}>{title}</h2>
      {errors.form && (
        <div className="alert" role="alert">
          {t(errors.form)}
        </div>
      )}
      {creating && (
        <TextField {...bind('code')} label={t('adminAgencies.code')} autoCapitalize="characters" spellCheck={false} />
      )}
      <TextField {...bind('name')} label={t('adminAgencies.name')} />
      <TextField {...bind('shortName')} label={t('adminAgencies.shortName')} />
      {creating && (
        <SelectField
          id={`${idPrefix}-kind`}
          label={t('adminAgencies.kind')}
          value={values.kind}
          onChange={(event) => {
            const kind = event.currentTarget.value;
            if (isOneOf(AGENCY_KINDS, kind)) set('kind', kind);
          }}
        >
          {AGENCY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`agencyKind.${kind}`)}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField
        id={`${idPrefix}-parent`}
        label={t('adminAgencies.parent')}
        value={values.parentId}
        onChange={(event) => set('parentId', event.currentTarget.value)}
        error={message('parentId')}
      >
        <option value="">{t('adminAgencies.noParent')}</option>
        {agencyRows(agencies).map(({ agency, depth }) => (
          <option key={agency.id} value={agency.id}>
            {`${'\u2003'.repeat(depth)}${agency.name}`}
          </option>
        ))}
      </SelectField>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving} aria-busy={saving}>
          {saving ? t('adminAgencies.saving') : t('adminAgencies.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
