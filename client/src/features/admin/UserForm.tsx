import type { FormEvent } from 'react';
import { AgencySelect, type AgencyListItem } from '../agencies';
import { useT } from '../../kit/i18n';
import { isOneOf } from '../../kit/is-one-of';
import type { FormErrors } from '../../kit/form-errors';
import { useForm } from '../../kit/useForm';
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
  /** Sends the values; resolves to the server's refusal as form errors, or null when saved. */
  onSubmit: (values: UserValues) => Promise<FormErrors | null>;
  onCancel: () => void;
}

/** Each field's input id after the form's prefix. */
const FIELD_IDS: Record<keyof UserValues, string> = {
  username: 'username',
  fullName: 'full-name',
  title: 'title-field',
  role: 'role',
  agencyId: 'agency',
};

export function UserForm(props: UserFormProps) {
  const { idPrefix, title, creating, agencies, notice, onSubmit, onCancel } = props;
  const t = useT();
  const { values, set, errors, busy, save, message, bind } = useForm<UserValues, FormErrors, 'save', keyof UserValues>(
    props.initial,
    {
      validate: (current) => checkUser(current, creating),
      fieldId: (field) => `${idPrefix}-${FIELD_IDS[field]}`,
      fieldOrder: ['username', 'fullName', 'title', 'role', 'agencyId'],
    },
  );
  const saving = busy !== null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save('save', onSubmit);
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
          <TextField {...bind('username')} label={t('adminUsers.username')} autoCapitalize="none" spellCheck={false} />
          <TextField {...bind('fullName')} label={t('adminUsers.fullName')} />
        </>
      )}
      <TextField {...bind('title')} label={t('adminUsers.jobTitle')} />
      <SelectField
        id={`${idPrefix}-role`}
        label={t('adminUsers.role')}
        value={values.role}
        onChange={(event) => {
          const role = event.currentTarget.value;
          if (isOneOf(ROLES, role)) set('role', role);
        }}
        error={message('role')}
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
        onChange={(agencyId) => set('agencyId', agencyId)}
        error={message('agencyId')}
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
