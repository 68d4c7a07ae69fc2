import { periodStart, QUARTER_CHOICES, quarterOptionLabel } from '../../kit/period';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useClient, useQuery } from 'urql';
import { provinceToday } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { ChoiceField } from '../../kit/ui/ChoiceField';
import { DraftRestoreBanner } from '../../kit/ui/DraftRestoreBanner';
import { FormAlert } from '../../kit/ui/FormAlert';
import { EmptyState, PendingState } from '../../kit/ui/states';
import { SubmitButton } from '../../kit/ui/SubmitButton';
import { TextAreaField } from '../../kit/ui/TextAreaField';
import { DateField } from '../../kit/ui/DateField';
import { TextField } from '../../kit/ui/TextField';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { useForm } from '../../kit/useForm';
import { newIdempotencyKey } from '../../kit/idempotency-key';
import { AgencySelect, useAgencyDirectory, WithAgencyDirectory } from '../agencies';
import { LinkedRequestPicker } from '../links';
import { DomainField } from '../requests';
import { useCapabilities, useCurrentUser } from '../auth';
import {
  ASSIGN_FORM_FIELDS,
  assignFormErrorsFrom,
  emptyAssignForm,
  periodOf,
  toAssignInput,
  validateAssignForm,
  type AssignFormErrors,
  type AssignFormField,
  type AssignFormValues,
} from './assign-form';
import { TASK_CATEGORIES } from './task-options';
import { AssignTaskMutation, TaskQuartersQuery } from './tasks.operations';
import './tasks.css';

const FIELD_IDS: Record<AssignFormField, string> = {
  title: 'task-title',
  description: 'task-description',
  category: 'task-category',
  domain: 'task-domain',
  period: 'task-period-year',
  ownerAgencyId: 'task-owner',
  dueDate: 'task-due-date',
  linkedRequestIds: 'task-linked-requests',
};

/** "Giao nhiệm vụ": a Committee leader assigns a task to an agency directly. */
export function AssignTaskPage() {
  const t = useT();
  useDocumentTitle(t('taskForm.title'));
  const { assignTasks } = useCapabilities();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: TaskQuartersQuery, pause: !assignTasks });

  return (
    <>
      <nav className="breadcrumb" aria-label={t('layout.breadcrumb')}>
        <Link to="/tasks">← {t('task.back')}</Link>
      </nav>
      <h1>{t('taskForm.title')}</h1>
      {!assignTasks ? (
        <EmptyState title={t('taskForm.notAllowed')} />
      ) : data ? (
        <>
          <p className="muted">{t('taskForm.intro')}</p>
          <AssignTaskForm initial={emptyAssignForm(data.currentQuarter)} />
        </>
      ) : (
        <PendingState
          fetching={fetching}
          error={error}
          label={t('taskForm.loading')}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
    </>
  );
}

function AssignTaskForm({ initial }: { initial: AssignFormValues }) {
  const t = useT();
  const client = useClient();
  const navigate = useNavigate();
  const directory = useAgencyDirectory();
  const user = useCurrentUser();
  // One key for this form: however often "assign" reaches the server, there is one task.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const today = provinceToday();
  const { values, set, errors, busy, save, message, bind, draftOffer } = useForm(initial, {
    validate: (current) => validateAssignForm(current, today),
    fieldId: (field) => FIELD_IDS[field],
    fieldOrder: ASSIGN_FORM_FIELDS,
    draft: { owner: user.id, form: 'task' },
  });
  const period = periodOf(values);
  const earliestDue = period && periodStart(period) > today ? periodStart(period) : today;

  async function assign(current: AssignFormValues): Promise<AssignFormErrors | null> {
    const result = await client
      .mutation(AssignTaskMutation, { input: toAssignInput(current, idempotencyKey) })
      .toPromise();
    const task = result.data?.assignTask.task;
    if (task) {
      navigate(`/tasks/${task.id}`);
      return null;
    }
    return result.error ? assignFormErrorsFrom(result.error) : { form: 'error.UNKNOWN' };
  }

  return (
    <form
      className="request-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save('save', assign);
      }}
    >
      <DraftRestoreBanner {...draftOffer} />
      <FormAlert message={errors.form} />
      <TextField label={t('taskForm.name')} maxLength={300} required {...bind('title')} />
      <TextAreaField label={t('taskForm.description')} rows={5} {...bind('description')} />
      <div className="form-row">
        <ChoiceField
          id={FIELD_IDS.category}
          label={t('taskForm.category')}
          choices={TASK_CATEGORIES}
          choiceLabel={(category) => t(`taskCategory.${category}`)}
          value={values.category}
          onChoose={(category) => set('category', category)}
          error={message('category')}
        />
        <DomainField
          id={FIELD_IDS.domain}
          label={t('taskForm.domain')}
          value={values.domain}
          required
          onChoose={(domain) => set('domain', domain)}
          error={message('domain')}
        />
      </div>
      <fieldset
        className="agency-picker form-row task-period"
        aria-describedby={errors.period ? 'task-period-error' : undefined}
      >
        <legend>{t('taskForm.period')}</legend>
        <TextField
          id={FIELD_IDS.period}
          label={t('taskForm.year')}
          inputMode="numeric"
          maxLength={4}
          size={6}
          value={values.year}
          aria-invalid={errors.period ? true : undefined}
          onChange={(event) => set('year', event.currentTarget.value.replace(/\D/g, ''))}
        />
        <ChoiceField
          id="task-period-quarter"
          label={t('taskForm.quarter')}
          choices={QUARTER_CHOICES}
          choiceLabel={(quarter) => quarterOptionLabel(t, quarter)}
          value={values.quarter}
          onChoose={(quarter) => set('quarter', quarter)}
        />
        <DateField label={t('taskForm.dueDate')} min={earliestDue} required {...bind('dueDate')} />
        {errors.period && (
          <p id="task-period-error" className="field__error">
            {message('period')}
          </p>
        )}
      </fieldset>
      <WithAgencyDirectory directory={directory}>
        {(agencies) => (
          <AgencySelect
            id={FIELD_IDS.ownerAgencyId}
            label={t('taskForm.owner')}
            placeholder={t('taskForm.chooseOwner')}
            agencies={agencies}
            exclude={new Set()}
            value={values.ownerAgencyId}
            onChange={(ownerAgencyId) => set('ownerAgencyId', ownerAgencyId)}
            error={message('ownerAgencyId')}
          />
        )}
      </WithAgencyDirectory>
      <LinkedRequestPicker
        id={FIELD_IDS.linkedRequestIds}
        value={values.linkedRequestIds}
        onChange={(ids) => set('linkedRequestIds', ids)}
        error={message('linkedRequestIds')}
      />
      <SubmitButton busy={busy !== null} label={t('taskForm.submit')} busyLabel={t('taskForm.submitting')} />
    </form>
  );
}
