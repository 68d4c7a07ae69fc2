import { createEventBus } from '../../shared/event-bus';
import { demoViewers } from '../../seeding/demo-viewers';
import { clientOperation } from '../../test-support/client-documents';
import { agencyIds, inDays } from '../../test-support/request-helpers';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { MeetingService } from './meeting.service';

interface Directive {
  position: number;
  content: string;
  kind: string;
  dueDate: string;
  agency: { id: string };
  taskId: string | null;
}
interface MeetingData {
  id: string;
  status: string;
  conclusionCode: string | null;
  version: number;
  directives: Directive[];
}

/** Drafts and conclusion notices, driven by the web client's own documents (with `__typename`). */
describe('meeting drafts and conclusion numbering', () => {
  let t: TestApp;
  let lead: string;
  let staff: string;
  let ids: Record<string, string>;
  let chairId: string;

  beforeAll(async () => {
    t = await startTestApp();
    lead = await t.login('ubnd.lead');
    staff = await t.login('ubnd.staff');
    ids = await agencyIds(t, lead);
    chairId = (await t.gql<{ me: { id: string } }>('{ me { id } }', {}, lead)).data!.me.id;
  });
  afterAll(() => t.stop());

  const call = async (operation: string, input: Record<string, unknown>, token = staff) => {
    const result = await t.gql<Record<string, { meeting: MeetingData }>>(clientOperation(operation), { input }, token);
    const field = operation.charAt(0).toLowerCase() + operation.slice(1);
    return { meeting: result.data?.[field]?.meeting, error: result.errors?.[0] };
  };
  const directive = (content: string, dueInDays = 30) => ({
    content,
    kind: 'TASK',
    agencyId: ids.STNMT,
    supportingAgencyIds: [],
    category: 'KEY',
    domain: 'LAND',
    dueDate: inDays(dueInDays),
  });
  const draft = (directives: Record<string, unknown>[]) => ({
    title: 'Làm việc với Sở Tài nguyên và Môi trường',
    heldOn: inDays(0),
    chairId,
    reviewedAgencyId: ids.STNMT,
    attendees: 'Lãnh đạo UBND tỉnh, Sở TN&MT',
    summary: 'Nghe báo cáo kết quả thực hiện nhiệm vụ.',
    conclusion: 'Đề nghị Sở TN&MT tập trung giải quyết hồ sơ tồn đọng.',
    directives,
  });
  const auditActions = async (subjectId: string) =>
    (
      await t.app.orm.em
        .fork()
        .getConnection()
        .execute<{ action: string }[]>('select action from audit_log where subject_id = ? order by id', [subjectId])
    ).map((r) => r.action);

  it('rewrites a draft whatever happens to its directives (same, changed, fewer, more), each change audited', async () => {
    const three = [
      directive('Rà soát hồ sơ tồn đọng tại chi nhánh'),
      directive('Số hóa hồ sơ địa chính còn lại'),
      directive('Báo cáo kết quả giải quyết hồ sơ'),
    ];
    const created = await call('CreateMeeting', draft(three));
    expect(created.error).toBeUndefined();
    let meeting = created.meeting!;
    expect(await auditActions(meeting.id)).toEqual(['MEETING.CREATED']);

    const variants: [string, Record<string, unknown>[]][] = [
      ['same', three],
      ['changed', [three[2], three[0], { ...three[1], content: 'Số hóa toàn bộ hồ sơ địa chính' }]],
      ['fewer', [three[1]]],
      ['more', [three[0], three[1], three[2], directive('Kiểm tra công tác đo đạc bản đồ')]],
    ];
    for (const [name, directives] of variants) {
      const updated = await call('UpdateMeetingDraft', {
        id: meeting.id,
        version: meeting.version,
        ...draft(directives),
      });
      expect({ name, error: updated.error }).toEqual({ name, error: undefined });
      meeting = updated.meeting!;
      expect(meeting.directives.map((d) => [d.position, d.content])).toEqual(
        directives.map((d, i) => [i + 1, d.content]),
      );
    }
    expect(await auditActions(meeting.id)).toEqual(['MEETING.CREATED', ...variants.map(() => 'MEETING.DRAFT_UPDATED')]);
  });

  it('numbers conclusion notices per year: the first notice of a new year is 1 again', async () => {
    // a notice published in 2023, through the service with its clock set to that day
    const em = t.app.orm.em.fork();
    const { viewer } = await demoViewers(em);
    const in2023 = new MeetingService(
      em,
      createEventBus(new EventTarget()),
      () => new Date('2023-04-03T08:00:00+07:00'),
    );
    const old = await in2023.create(viewer('ubnd.staff'), {
      ...draft([{ ...directive('Giải quyết hồ sơ tồn đọng năm 2023'), dueDate: '2023-06-30' }]),
      heldOn: '2023-03-30',
    } as never);
    expect((await in2023.publish(viewer('ubnd.lead'), { id: old.id, version: old.version })).conclusionCode).toBe(
      '1/TB-UBND',
    );

    const created = (await call('CreateMeeting', draft([directive('Giải quyết dứt điểm hồ sơ tồn đọng')]))).meeting!;
    const published = await call('PublishConclusion', { id: created.id, version: created.version }, lead);
    expect(published.error).toBeUndefined();
    expect(published.meeting).toMatchObject({ status: 'PUBLISHED', conclusionCode: '1/TB-UBND' });
    expect(published.meeting!.directives[0].taskId).toBeTruthy();
  });

  it('refuses a directive already due, on its field', async () => {
    const refused = await call(
      'CreateMeeting',
      draft([directive('Giải quyết dứt điểm hồ sơ tồn đọng'), directive('Việc đã quá hạn từ hôm qua', -1)]),
    );
    expect(refused.error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.error?.extensions?.fields).toEqual([expect.objectContaining({ field: 'directives.1.dueDate' })]);
  });
});
