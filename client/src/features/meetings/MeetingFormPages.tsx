import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useClient } from 'urql';
import { provinceToday } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { EditDraftPage } from '../../kit/ui/EditDraftPage';
import { EmptyState } from '../../kit/ui/states';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { newIdempotencyKey } from '../../kit/idempotency-key';
import { useCapabilities } from '../auth';
import {
  emptyMeetingForm,
  meetingFormErrorsFrom,
  toMeetingDraft,
  valuesFromMeeting,
  type MeetingFormErrors,
  type MeetingFormValues,
} from './meeting-form';
import { MeetingForm } from './MeetingForm';
import {
  CreateMeetingMutation,
  MeetingDetailQuery,
  UpdateMeetingDraftMutation,
  type MeetingDetail,
} from './meetings.operations';

/** "Ghi nhận buổi làm việc": Committee members record a session and its draft conclusion. */
export function CreateMeetingPage() {
  const t = useT();
  useDocumentTitle(t('meetingForm.createTitle'));
  const { recordMeetings } = useCapabilities();
  const client = useClient();
  const navigate = useNavigate();
  // One key for this form: however often "save" reaches the server, there is one draft.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [initial] = useState(() => emptyMeetingForm(provinceToday()));

  async function save(values: MeetingFormValues): Promise<MeetingFormErrors | null> {
    const input = { ...toMeetingDraft(values), idempotencyKey };
    const result = await client.mutation(CreateMeetingMutation, { input }).toPromise();
    const meeting = result.data?.createMeeting.meeting;
    if (!meeting) return result.error ? meetingFormErrorsFrom(result.error) : { form: 'error.UNKNOWN' };
    navigate(`/meetings/${meeting.id}`);
    return null;
  }

  return (
    <>
      <nav className="breadcrumb" aria-label={t('layout.breadcrumb')}>
        <Link to="/meetings">← {t('meeting.back')}</Link>
      </nav>
      <h1>{t('meetingForm.createTitle')}</h1>
      {recordMeetings ? (
        <>
          <p className="muted">{t('meetingForm.intro')}</p>
          <MeetingForm initial={initial} onSave={save} />
        </>
      ) : (
        <EmptyState title={t('meetingForm.notAllowed')} />
      )}
    </>
  );
}

export function EditMeetingPage() {
  const t = useT();
  return (
    <EditDraftPage
      title={t('meetingForm.editTitle')}
      query={MeetingDetailQuery}
      record={(data) => data.meeting}
      path={(id) => `/meetings/${id}`}
      backLabel={t('meeting.back')}
      loadingLabel={t('meeting.loading')}
      notEditable={t('meetingForm.notEditable')}
    >
      {(meeting, reload) => <DraftEditor meeting={meeting} onReload={reload} />}
    </EditDraftPage>
  );
}

function DraftEditor({ meeting, onReload }: { meeting: MeetingDetail; onReload: () => void }) {
  const client = useClient();
  const navigate = useNavigate();

  async function save(values: MeetingFormValues): Promise<MeetingFormErrors | null> {
    const input = { id: meeting.id, version: meeting.version, ...toMeetingDraft(values) };
    const result = await client.mutation(UpdateMeetingDraftMutation, { input }).toPromise();
    const updated = result.data?.updateMeetingDraft.meeting;
    if (!updated) return result.error ? meetingFormErrorsFrom(result.error) : { form: 'error.UNKNOWN' };
    navigate(`/meetings/${updated.id}`);
    return null;
  }

  return <MeetingForm initial={valuesFromMeeting(meeting)} onSave={save} onReload={onReload} editing={meeting} />;
}
