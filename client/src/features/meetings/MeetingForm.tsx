import { useQuery } from 'urql';
import { provinceToday } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { DraftRestoreBanner } from '../../kit/ui/DraftRestoreBanner';
import { FormAlert } from '../../kit/ui/FormAlert';
import { SelectField } from '../../kit/ui/SelectField';
import { SubmitButton } from '../../kit/ui/SubmitButton';
import { TextAreaField } from '../../kit/ui/TextAreaField';
import { DateField } from '../../kit/ui/DateField';
import { TextField } from '../../kit/ui/TextField';
import { useForm } from '../../kit/useForm';
import type { DraftRecord } from '../../kit/useLocalDraft';
import { useCurrentUser } from '../auth';
import {
  AgencyMembersQuery,
  AgencySelect,
  SupportingAgencies,
  useAgencyDirectory,
  WithAgencyDirectory,
} from '../agencies';
import { DirectiveEditor, meetingFieldId } from './DirectiveEditor';
import { validateMeetingForm, type MeetingFormErrors, type MeetingFormValues } from './meeting-form';
import './meetings.css';

interface MeetingFormProps {
  initial: MeetingFormValues;
  /** Saves the draft; resolves to the errors to show, or null when done (the page moves on). */
  onSave: (values: MeetingFormValues) => Promise<MeetingFormErrors | null>;
  /** Offered next to a CONFLICT message: start again from the latest saved draft. */
  onReload?: () => void;
  /** The saved record this form edits (none when creating): its local draft is kept under it. */
  editing?: DraftRecord;
}

/** The working session's record and its draft conclusion, with any number of directives. */
export function MeetingForm({ initial, onSave, onReload, editing }: MeetingFormProps) {
  const t = useT();
  const user = useCurrentUser();
  const directory = useAgencyDirectory();
  const today = provinceToday();
  const { values, set, errors, busy, save, message, bind, draftOffer } = useForm(initial, {
    validate: (current: MeetingFormValues) => validateMeetingForm(current, today),
    fieldId: meetingFieldId,
    draft: { owner: user.id, form: 'meeting', recordId: editing?.id, version: editing?.version },
  });

  const agencies = directory.state.status === 'ready' ? directory.state.agencies : [];
  const committee = new Set(
    agencies.filter((agency) => agency.kind === 'PEOPLES_COMMITTEE').map((agency) => agency.id),
  );
  return (
    <form
      className="request-form meeting-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save('save', onSave);
      }}
    >
      <DraftRestoreBanner {...draftOffer} />
      <FormAlert message={errors.form} onReload={onReload} />
      <TextField label={t('meetingForm.title')} maxLength={300} required {...bind('title')} />
      <div className="form-row">
        <DateField label={t('meetingForm.heldOn')} max={today} required {...bind('heldOn')} />
        <ChairSelect
          committeeId={user.agency.id}
          value={values.chairId}
          onChange={(chairId) => set('chairId', chairId)}
          error={message('chairId')}
        />
      </div>
      <WithAgencyDirectory directory={directory}>
        {(agencies) => (
          <AgencySelect
            id={meetingFieldId('reviewedAgencyId')}
            label={t('meetingForm.reviewedAgency')}
            placeholder={t('meeting.none')}
            agencies={agencies}
            exclude={committee}
            value={values.reviewedAgencyId}
            onChange={(reviewedAgencyId) => set('reviewedAgencyId', reviewedAgencyId)}
            error={message('reviewedAgencyId')}
          />
        )}
      </WithAgencyDirectory>
      <TextAreaField label={t('meetingForm.attendees')} rows={3} {...bind('attendees')} />
      <SupportingAgencies
        idPrefix={meetingFieldId('attendingAgencyIds')}
        legend={t('meetingForm.attendingAgencies')}
        agencies={agencies}
        exclude={committee}
        value={values.attendingAgencyIds}
        onChange={(attendingAgencyIds) => set('attendingAgencyIds', attendingAgencyIds)}
        error={message('attendingAgencyIds')}
      />
      <TextAreaField label={t('meetingForm.summary')} rows={6} required {...bind('summary')} />
      <TextAreaField label={t('meetingForm.conclusion')} rows={6} required {...bind('conclusion')} />
      <DirectiveEditor
        directives={values.directives}
        agencies={agencies}
        excluded={committee}
        message={message}
        onChange={(directives) => set('directives', directives)}
      />
      <SubmitButton busy={busy !== null} label={t('meetingForm.save')} busyLabel={t('meetingForm.saving')} />
    </form>
  );
}

interface ChairSelectProps {
  committeeId: string;
  value: string;
  onChange: (chairId: string) => void;
  error?: string;
}

/**
 * The leaders of the People's Committee (the form is only for its members, so it is the viewer's
 * agency) who act as such: a leader still awaiting confirmation acts as STAFF and may not chair.
 */
function ChairSelect({ committeeId, value, onChange, error }: ChairSelectProps) {
  const t = useT();
  const [{ data, fetching }] = useQuery({ query: AgencyMembersQuery, variables: { id: committeeId } });
  const leaders = (data?.agency.members ?? []).filter((member) => member.actingRole === 'LEAD');
  if (fetching && !data) return <p className="muted">{t('meetingForm.loadingChairs')}</p>;
  return (
    <SelectField
      id={meetingFieldId('chairId')}
      label={t('meetingForm.chair')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    >
      <option value="">{t('meetingForm.chooseChair')}</option>
      {leaders.map((leader) => (
        <option key={leader.id} value={leader.id}>
          {leader.fullName} — {leader.title}
        </option>
      ))}
    </SelectField>
  );
}
