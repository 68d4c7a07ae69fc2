import { createHash } from 'node:crypto';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { agencyIds, codeOf, inDays } from '../../test-support/request-helpers';
import { SignedDocumentKind, storedSignedDocument } from '../signing';

const FIELDS = `id status conclusionCode publishedOn version allowedActions chair { fullName } reviewedAgency { code }
  directives { position kind agency { code } supportingAgencies { code } taskId requestId period { year quarter } }`;

interface MeetingData {
  id: string;
  status: string;
  conclusionCode: string | null;
  version: number;
  allowedActions: string[];
  chair: { fullName: string };
  reviewedAgency: { code: string } | null;
  directives: {
    position: number;
    kind: string;
    agency: { code: string };
    supportingAgencies: { code: string }[];
    taskId: string | null;
    requestId: string | null;
    period: { year: number; quarter: number };
  }[];
}

describe('meetings and conclusion notices', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const as = (u: string) => tokens[u];
  let ids: Record<string, string>;
  let chairId: string;
  const year = Number(inDays(0).slice(0, 4));

  beforeAll(async () => {
    t = await startTestApp();
    for (const u of ['ubnd.lead', 'ubnd.staff', 'stnmt.lead', 'stc.lead', 'vpdkdd.lead']) tokens[u] = await t.login(u);
    ids = await agencyIds(t, as('ubnd.lead'));
    chairId = (await t.gql<{ me: { id: string } }>('{ me { id } }', {}, as('ubnd.lead'))).data!.me.id;
  });
  afterAll(() => t.stop());

  const mutate = async (
    token: string,
    name: string,
    type: string,
    input: Record<string, unknown>,
  ): Promise<MeetingData> => {
    const result = await t.gql<Record<string, { meeting: MeetingData }>>(
      `mutation($input: ${type}!) { ${name}(input: $input) { meeting { ${FIELDS} } } }`,
      { input },
      token,
    );
    if (result.errors)
      throw Object.assign(new Error(`${name}: ${result.errors[0].message}`), {
        code: result.errors[0].extensions?.code,
        fields: result.errors[0].extensions?.fields,
      });
    return result.data![name].meeting;
  };
  const draft = (directives: Record<string, unknown>[]) => ({
    title: 'Làm việc với Sở Tài nguyên và Môi trường về kết quả quý',
    heldOn: inDays(0),
    chairId,
    reviewedAgencyId: ids.STNMT,
    attendees: 'Lãnh đạo UBND tỉnh, Sở TN&MT, Sở Tài chính',
    summary: 'Nghe báo cáo kết quả thực hiện nhiệm vụ.',
    conclusion: 'Đề nghị Sở TN&MT tập trung giải quyết dứt điểm hồ sơ tồn đọng.',
    directives,
  });
  const taskDirective = {
    content: 'Giải quyết dứt điểm hồ sơ đất đai tồn đọng tại các chi nhánh',
    kind: 'TASK',
    agencyId: '',
    category: 'KEY',
    domain: 'LAND',
    dueDate: inDays(30),
  };

  it('publishes a conclusion: a numbered notice, a task and a request per directive, linked both ways, agencies notified', async () => {
    expect(
      await codeOf(
        mutate(
          as('stnmt.lead'),
          'createMeeting',
          'CreateMeetingInput',
          draft([{ ...taskDirective, agencyId: ids.STNMT }]),
        ),
      ),
    ).toBe('FORBIDDEN');
    const created = await mutate(
      as('ubnd.staff'),
      'createMeeting',
      'CreateMeetingInput',
      draft([
        { ...taskDirective, agencyId: ids.STNMT },
        {
          content: 'Phối hợp với các địa phương đẩy nhanh giải phóng mặt bằng',
          kind: 'REQUEST',
          agencyId: ids.STNMT,
          supportingAgencyIds: [ids['UBND-DH'], ids.STC],
          domain: 'LAND',
          dueDate: inDays(20),
        },
      ]),
    );
    expect(created).toMatchObject({
      status: 'DRAFT',
      conclusionCode: null,
      chair: { fullName: 'Lê Huyền' },
      reviewedAgency: { code: 'STNMT' },
      allowedActions: ['UPDATE_DRAFT'],
    });
    // drafts are the Committee's own until published
    expect(
      (await t.gql(`query($id: ID!) { meeting(id: $id) { id } }`, { id: created.id }, as('stnmt.lead'))).errors![0]
        .extensions!.code,
    ).toBe('NOT_FOUND');
    expect(
      await codeOf(
        mutate(as('ubnd.staff'), 'publishConclusion', 'PublishConclusionInput', {
          id: created.id,
          version: created.version,
        }),
      ),
    ).toBe('FORBIDDEN');

    const published = await mutate(as('ubnd.lead'), 'publishConclusion', 'PublishConclusionInput', {
      id: created.id,
      version: created.version,
    });
    expect(published.status).toBe('PUBLISHED');
    expect(published.conclusionCode).toBe('1/TB-UBND');
    // the notice is signed by its publisher and stored once, in the publishing transaction (issue 14)
    const signed = await t.gql<{ meeting: { signedDocument: { signerName: string; sha256: string } | null } }>(
      `query($id: ID!) { meeting(id: $id) { signedDocument { signerName sha256 } } }`,
      { id: published.id },
      as('ubnd.lead'),
    );
    const stored = await storedSignedDocument(t.app.orm.em.fork(), SignedDocumentKind.CONCLUSION, published.id);
    expect(signed.data!.meeting.signedDocument!.sha256).toBe(createHash('sha256').update(stored!).digest('hex'));
    const [taskDir, requestDir] = published.directives;
    expect(taskDir.taskId).toBeTruthy();
    expect(requestDir.requestId).toBeTruthy();
    expect(requestDir.supportingAgencies.map((a) => a.code)).toEqual(['STC', 'UBND-DH']);
    expect(
      await codeOf(
        mutate(as('ubnd.lead'), 'publishConclusion', 'PublishConclusionInput', {
          id: published.id,
          version: published.version,
        }),
      ),
    ).toBe('INVALID_TRANSITION');

    const task = await t.gql<{
      task: { ownerAgency: { code: string }; directive: { meetingId: string; conclusionCode: string } };
    }>(
      `query($id: ID!) { task(id: $id) { ownerAgency { code } directive { meetingId conclusionCode } } }`,
      { id: taskDir.taskId },
      as('stnmt.lead'),
    );
    expect(task.data!.task).toEqual({
      ownerAgency: { code: 'STNMT' },
      directive: { meetingId: published.id, conclusionCode: '1/TB-UBND' },
    });
    const request = await t.gql<{
      request: {
        status: string;
        code: string;
        requestingAgency: { code: string };
        leadAgency: { code: string };
        directive: { conclusionCode: string };
      };
    }>(
      `query($id: ID!) { request(id: $id) { status code requestingAgency { code } leadAgency { code } directive { conclusionCode } } }`,
      { id: requestDir.requestId },
      as('stc.lead'),
    );
    expect(request.data!.request).toMatchObject({
      status: 'SUBMITTED',
      requestingAgency: { code: 'UBND' },
      leadAgency: { code: 'STNMT' },
      directive: { conclusionCode: '1/TB-UBND' },
    });
    expect(request.data!.request.code).toMatch(new RegExp(`^PH-${year}-\\d{4}$`));

    const bell = await t.gql<{ notifications: { edges: { node: { kind: string } }[] } }>(
      '{ notifications(first: 20) { edges { node { kind } } } }',
      {},
      as('stnmt.lead'),
    );
    expect(bell.data!.notifications.edges.map((e) => e.node.kind)).toEqual(
      expect.arrayContaining(['CONCLUSION_PUBLISHED', 'TASK_ASSIGNED', 'REQUEST_SUBMITTED']),
    );

    // published: the reviewed agency and the directed ones read it; others do not
    expect(
      (await t.gql(`query($id: ID!) { meeting(id: $id) { id } }`, { id: published.id }, as('stnmt.lead'))).data,
    ).toEqual({ meeting: { id: published.id } });
    expect(
      (await t.gql(`query($id: ID!) { meeting(id: $id) { id } }`, { id: published.id }, as('vpdkdd.lead'))).errors![0]
        .extensions!.code,
    ).toBe('NOT_FOUND');
  });

  it('reports every bad directive field by its path, and publishes nothing half-way', async () => {
    const error = await mutate(
      as('ubnd.staff'),
      'createMeeting',
      'CreateMeetingInput',
      draft([
        { ...taskDirective, agencyId: ids.STNMT },
        { ...taskDirective, content: 'x', agencyId: ids.UBND, supportingAgencyIds: [ids.STC] },
      ]),
    ).catch((e) => e);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'directives.1.agencyId',
      'directives.1.content',
      'directives.1.supportingAgencyIds',
    ]);

    // a directive whose due date has passed by publication day is refused, and no task or number is left behind
    const created = await mutate(
      as('ubnd.staff'),
      'createMeeting',
      'CreateMeetingInput',
      draft([
        { ...taskDirective, agencyId: ids.STNMT },
        { ...taskDirective, kind: 'REQUEST', agencyId: ids.STNMT },
      ]),
    );
    await t.app.orm.em
      .fork()
      .getConnection()
      .execute(`update meeting_directives set due_date = ? where meeting_id = ?`, [inDays(-1), created.id]);
    const refused = await mutate(as('ubnd.lead'), 'publishConclusion', 'PublishConclusionInput', {
      id: created.id,
      version: created.version,
    }).catch((e) => e);
    expect(refused.fields).toEqual([
      expect.objectContaining({ field: 'directives.0.dueDate' }),
      expect.objectContaining({ field: 'directives.1.dueDate' }),
    ]);
    const again = await t.gql<{ meeting: MeetingData }>(
      `query($id: ID!) { meeting(id: $id) { ${FIELDS} } }`,
      { id: created.id },
      as('ubnd.lead'),
    );
    expect(again.data!.meeting).toMatchObject({
      status: 'DRAFT',
      conclusionCode: null,
      directives: [expect.objectContaining({ taskId: null }), expect.objectContaining({ requestId: null })],
    });
  });
});
