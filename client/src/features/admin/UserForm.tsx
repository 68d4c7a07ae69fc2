import { useState, type FormEvent } from 'react';
import { AgencySelect, type AgencyListItem } from '../agencies';
import { useT } from '../../kit/i18n';
import { hasFormErrors, type FormErrors } from '../../kit/form-errors';
import { SelectField } from '../../kit/ui/SelectField';
import { TextField } from '../../kit/ui/TextField';
import { checkUser, ROLES, type UserValues } from './user-form';

interface UserFormProps {
  /** Field ids start with it: two forms may be on the page. */
  idPrefix: string;
  title: string;
  /** Creating asks for username and full name too (they never change afterwards). */
  creating: boolean;
  initial: UserValues;
  agencies: readonly AgencyListItem[];
  notice?: string;
  saving: boolean;
  /** The server's refusal, as form errors; the form shows its own checks before sending. */
  serverErrors: FormErrors;
  onSubmit: (values: UserValues) => void;
  onCancel: () => void;
}

export function UserForm(props: UserFormProps) {
  const { idPrefix, title, creating, agencies, notice, saving, serverErrors, onSubmit, onCancel } = props;
  const t = useT();
  const [values, setValues] = useState<UserValues>(props.initial);
  const [checked, setChecked] = useState<FormErrors>({});
  const errors = hasFormErrors(checked) ? checked : serverErrors;
  const text = (name: string) => (errors[name] ? t(errors[name]) : undefined);
  const set = (field: keyof UserValues) => (value: string) => setValues({ ...values, [field]: value });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = checkUser(values, creating);
    setChecked(problems);
    if (!hasFormErrors(problems)) onSubmit(values);
  }

  return (
    <form className="panel admin-form" onSubmit={submit} noValidate aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`}>{title}</h2>
      {notice && <p className="muted">{notice}</p>}
      {errors.form && (
        <div className="alert" role="alert">
          {t(errors.form)}
        </div>
      )}
      {creating && (
        <>
          <TextField
            id={`${idPrefix}-username`}
            label={t('adminUsers.username')}
            autoCapitalize="none"
            spellCheck={false}
            value={values.username}
            onChange={(event) => set('username')(event.currentTarget.value)}
            error={text('username')}
          />
          <TextField
            id={`${idPrefix}-full-name`}
            label={t('adminUsers.fullName')}
            value={values.fullName}
            onChange={(event) => set('fullName')(event.currentTarget.value)}
            error={text('fullName')}
          />
        </>
      )}
      <TextField
        id={`${idPrefix}-title-field`}
        label={t('adminUsers.jobTitle')}
        value={values.title}
        onChange={(event) => set('title')(event.currentTarget.value)}
        error={text('title')}
      />
      <SelectField
        id={`${idPrefix}-role`}
        label={t('adminUsers.role')}
        value={values.role}
        onChange={(event) => set('role')(event.currentTarget.value)}
        error={text('role')}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`role.${role}`)}
          </option>
        ))}
      </SelectField>
      <AgencySelect
        id={`${idPrefix}-agency`}
        label={t('adminUsers.agency')}
        placeholder={t('adminUsers.chooseAgency')}
        agencies={agencies}
        exclude={new Set()}
        value={values.agencyId}
        onChange={set('agencyId')}
        error={text('agencyId')}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving} aria-busy={saving}>
          {saving ? t('adminUsers.saving') : t('adminUsers.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
