import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { provinceToday } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { DraftRestoreBanner } from '../../kit/ui/DraftRestoreBanner';
import { SelectField } from '../../kit/ui/SelectField';
import { TextAreaField } from '../../kit/ui/TextAreaField';
import { DateField } from '../../kit/ui/DateField';
import { usePanelDraft } from '../../kit/useLocalDraft';
import type { ActionOutcome } from '../../kit/useRecordAction';
import { useCurrentUser } from '../auth';
import { AgencyMembersQuery, AgencySelect, useAgencyDirectory } from '../agencies';
import { actionErrorsFrom, type ActionErrors } from './action-fields';
import type { RequestDetail } from './requests.operations';
import type { ActionValues, PageAction } from './useRequestActions';

/** Actions that open a panel first: they need input, or confirmation because they end something. */
export type PanelAction = Extract<
  PageAction,
  'ASSIGN' | 'RESPOND' | 'DECLINE' | 'CLOSE' | 'REOPEN' | 'WITHDRAW' | 'ESCALATE' | 'RESOLVE_ESCALATION'
>;

export const PANEL_ACTIONS: readonly PanelAction[] = [
  'ASSIGN',
  'RESPOND',
  'DECLINE',
  'CLOSE',
  'REOPEN',
  'WITHDRAW',
  'ESCALATE',
  'RESOLVE_ESCALATION',
];

type TextAction = Exclude<PanelAction, 'ASSIGN'>;

const TEXT_RULES: Record<TextAction, { required: boolean; maxLength: number }> = {
  RESPOND: { required: true, maxLength: 20_000 },
  DECLINE: { required: true, maxLength: 1000 },
  ESCALATE: { required: true, maxLength: 1000 },
  REOPEN: { required: true, maxLength: 5000 },
  RESOLVE_ESCALATION: { required: true, maxLength: 5000 },
  CLOSE: { required: false, maxLength: 1000 },
  WITHDRAW: { required: false, maxLength: 1000 },
};

/** Ending or refusing a request asks "are you sure?" in the panel before anything is sent. */
const DESTRUCTIVE: readonly PanelAction[] = ['DECLINE', 'CLOSE', 'WITHDRAW'];

/** Addressed agencies that have neither answered nor declined: closing ends their part unheard. */
export function unansweredAgencies(request: RequestDetail): string[] {
  return request.participants
    .filter((p) => p.state === 'PENDING' || p.state === 'ACKNOWLEDGED')
    .map((p) => p.agency.name);
}

export function isPanelAction(action: PageAction): action is PanelAction {
  return (PANEL_ACTIONS as readonly PageAction[]).includes(action);
}

function clientErrors(action: PanelAction, values: ActionValues): ActionErrors {
  if (action === 'ASSIGN') return values.assigneeId ? {} : { assigneeId: 'action.assigneeRequired' };
  const errors: ActionErrors = {};
  if (TEXT_RULES[action].required && !values.text?.trim()) errors.text = 'action.textRequired';
  if (action === 'RESOLVE_ESCALATION' && !values.leadAgencyId && !values.dueDate) {
    errors.leadAgencyId = 'action.leadOrDueRequired';
  }
  return errors;
}

interface ActionPanelProps {
  action: PanelAction;
  request: RequestDetail;
  busy: boolean;
  onConfirm: (values: ActionValues) => Promise<ActionOutcome>;
  onCancel: () => void;
}

export function ActionPanel({ action, request, busy, onConfirm, onCancel }: ActionPanelProps) {
  const t = useT();
  const [values, setValues] = useState<ActionValues>({});
  const [errors, setErrors] = useState<ActionErrors>({});
  const user = useCurrentUser();
  // An answer can be long: kept per request and action, whatever happened to the request meanwhile.
  const draft = usePanelDraft(
    { owner: user.id, form: `request-${action}`, recordId: request.id },
    values,
    {},
    setValues,
    t('draft.leaveQuestion'),
  );
  const headingId = 'action-panel-heading';
  const set = (patch: ActionValues) => setValues((current) => ({ ...current, ...patch }));
  const message = (field: keyof ActionErrors) => errors[field] && t(errors[field]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const invalid = clientErrors(action, values);
    setErrors(invalid);
    if (Object.keys(invalid).length > 0) return;
    draft.whileSaving(async () => {
      const outcome = await onConfirm(values);
      if (!outcome.ok && outcome.code === 'BAD_USER_INPUT') setErrors(actionErrorsFrom(outcome.fields));
      return outcome.ok;
    });
  }

  const destructive = DESTRUCTIVE.includes(action);
  const unanswered = action === 'CLOSE' ? unansweredAgencies(request) : [];
  return (
    <form
      id="request-action-panel"
      className="action-panel"
      aria-labelledby={headingId}
      onSubmit={handleSubmit}
      noValidate
    >
      <h3 id={headingId}>{t(`action.${action}`)}</h3>
      <DraftRestoreBanner {...draft.banner} />
      {destructive && (
        <p className="action-panel__warning">{t(`action.warning.${action as 'DECLINE' | 'CLOSE' | 'WITHDRAW'}`)}</p>
      )}
      {unanswered.length > 0 && (
        <p className="action-panel__warning" role="note">
          {t('action.warning.closeUnanswered', { count: unanswered.length, agencies: unanswered.join(', ') })}
        </p>
      )}
      {action === 'ASSIGN' ? (
        <AssigneeSelect
          request={request}
          value={values.assigneeId ?? ''}
          onChange={(assigneeId) => set({ assigneeId })}
          error={message('assigneeId')}
        />
      ) : (
        <TextAreaField
          id="action-text"
          label={t(`action.textLabel.${action}`)}
          value={values.text ?? ''}
          rows={action === 'RESPOND' || action === 'RESOLVE_ESCALATION' ? 6 : 3}
          maxLength={TEXT_RULES[action].maxLength}
          required={TEXT_RULES[action].required}
          autoFocus
          onChange={(event) => set({ text: event.currentTarget.value })}
          error={message('text')}
        />
      )}
      {action === 'RESOLVE_ESCALATION' && (
        <DirectiveFields request={request} values={values} onChange={set} errors={errors} />
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={draft.discardThen(onCancel)}
          disabled={busy}
        >
          {t('common.cancel')}
        </button>
        <button
          type="submit"
          className={`button ${destructive ? 'button--danger' : 'button--primary'}`}
          disabled={busy}
          aria-busy={busy}
        >
          {busy ? t('action.working') : t(`action.confirm.${action}`)}
        </button>
      </div>
    </form>
  );
}

interface AssigneeSelectProps {
  request: RequestDetail;
  value: string;
  onChange: (assigneeId: string) => void;
  error?: string;
}

/**
 * Officials of the addressed agency the viewer acts as (the server's `actingAs`: its own agency,
 * or a unit its leader acts for): only they can be assigned in its name.
 */
function AssigneeSelect({ request, value, onChange, error }: AssigneeSelectProps) {
  const t = useT();
  const user = useCurrentUser();
  const agencyId = request.actingAs?.id ?? user.agency.id;
  const [{ data, fetching }] = useQuery({ query: AgencyMembersQuery, variables: { id: agencyId } });
  const current = request.participants.find((p) => p.agency.id === agencyId)?.assignee;
  if (fetching && !data) return <p className="muted">{t('action.loadingMembers')}</p>;
  return (
    <SelectField
      id="action-assignee"
      label={t('action.assignee')}
      value={value}
      autoFocus
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    >
      <option value="">{t('action.chooseAssignee')}</option>
      {(data?.agency.members ?? []).map((member) => (
        <option key={member.id} value={member.id}>
          {member.fullName} — {member.title}
          {member.id === current?.id ? ' ✓' : ''}
        </option>
      ))}
    </SelectField>
  );
}

interface DirectiveFieldsProps {
  request: RequestDetail;
  values: ActionValues;
  onChange: (patch: ActionValues) => void;
  errors: ActionErrors;
}

/** The Committee's directive may name a new lead agency, a new due date, or both. */
function DirectiveFields({ request, values, onChange, errors }: DirectiveFieldsProps) {
  const t = useT();
  const directory = useAgencyDirectory();
  const agencies = directory.state.status === 'ready' ? directory.state.agencies : [];
  return (
    <div className="form-row">
      <AgencySelect
        id="action-new-lead"
        label={t('action.newLead')}
        placeholder={t('action.keepLead')}
        agencies={agencies}
        exclude={new Set([request.requestingAgency.id, request.leadAgency.id])}
        value={values.leadAgencyId ?? ''}
        onChange={(leadAgencyId) => onChange({ leadAgencyId })}
        error={errors.leadAgencyId && t(errors.leadAgencyId)}
      />
      <DateField
        id="action-new-due-date"
        label={t('action.newDueDate')}
        min={provinceToday()}
        value={values.dueDate ?? ''}
        onChange={(event) => onChange({ dueDate: event.currentTarget.value })}
        error={errors.dueDate && t(errors.dueDate)}
      />
    </div>
  );
}
