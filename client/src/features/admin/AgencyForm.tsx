import { useState, type FormEvent } from 'react';
import type { AgencyListItem } from '../agencies';
import { useT } from '../../kit/i18n';
import { hasFormErrors, type FormErrors } from '../../kit/form-errors';
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
  saving: boolean;
  serverErrors: FormErrors;
  onSubmit: (values: AgencyValues) => void;
  onCancel: () => void;
}

/** Create an agency, or rename and move one (the server refuses a move under its own sub-unit). */
export function AgencyForm(props: AgencyFormProps) {
  const { idPrefix, title, creating, agencies, saving, serverErrors, onSubmit, onCancel } = props;
  const t = useT();
  const [values, setValues] = useState<AgencyValues>(props.initial);
  const [checked, setChecked] = useState<FormErrors>({});
  const errors = hasFormErrors(checked) ? checked : serverErrors;
  const text = (name: string) => (errors[name] ? t(errors[name]) : undefined);
  const set = (field: keyof AgencyValues) => (value: string) => setValues({ ...values, [field]: value });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const required = (value: string) => (value.trim() ? undefined : ('field.REQUIRED' as const));
    const problems: FormErrors = {
      code: creating ? required(values.code) : undefined,
      name: required(values.name),
      shortName: required(values.shortName),
    };
    setChecked(problems);
    if (!hasFormErrors(problems)) onSubmit(values);
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
        <TextField
          id={`${idPrefix}-code`}
          label={t('adminAgencies.code')}
          autoCapitalize="characters"
          spellCheck={false}
          value={values.code}
          onChange={(event) => set('code')(event.currentTarget.value)}
          error={text('code')}
        />
      )}
      <TextField
        id={`${idPrefix}-name`}
        label={t('adminAgencies.name')}
        value={values.name}
        onChange={(event) => set('name')(event.currentTarget.value)}
        error={text('name')}
      />
      <TextField
        id={`${idPrefix}-short-name`}
        label={t('adminAgencies.shortName')}
        value={values.shortName}
        onChange={(event) => set('shortName')(event.currentTarget.value)}
        error={text('shortName')}
      />
      {creating && (
        <SelectField
          id={`${idPrefix}-kind`}
          label={t('adminAgencies.kind')}
          value={values.kind}
          onChange={(event) => set('kind')(event.currentTarget.value)}
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
        onChange={(event) => set('parentId')(event.currentTarget.value)}
        error={text('parentId')}
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
