import { startTestApp, type TestApp } from '../../test-support/test-app';
import { act, agencyIds, codeOf, inDays, type RequestData } from '../../test-support/request-helpers';

/** Every action mutation, refused for a stale version and for an illegal transition. */
describe('every request mutation checks the version and the workflow', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  const tokens: Record<string, string> = {};
  const as = (u: string) => tokens[u];
  let staffId: string;

  beforeAll(async () => {
    t = await startTestApp();
    for (const u of ['ubnd-dh.staff', 'ubnd-dh.lead', 'stnmt.staff', 'stnmt.lead', 'ubnd.lead'])
      tokens[u] = await t.login(u);
    ids = await agencyIds(t, as('stnmt.staff'));
    staffId = (await t.gql<{ me: { id: string } }>('{ me { id } }', {}, as('stnmt.staff'))).data!.me.id;
  });
  afterAll(() => t.stop());

  const draft = () =>
    act(t, as('ubnd-dh.lead'), 'createRequest', 'CreateRequestInput', {
      title: 'Đề nghị kiểm tra quy trình',
      body: 'Nội dung',
      domain: 'LAND',
      priority: 'NORMAL',
      dueDate: inDays(9),
      leadAgencyId: ids.STNMT,
      supportingAgencyIds: [],
    });
  const run = (token: string, mutation: string, type: string, r: RequestData, extra: Record<string, unknown> = {}) =>
    act(t, token, mutation, type, { id: r.id, version: r.version, ...extra });
  const submitted = async () => run(as('ubnd-dh.lead'), 'submitRequest', 'RequestActionInput', await draft());
  const responded = async () =>
    run(as('stnmt.staff'), 'respondToRequest', 'RequestTextInput', await submitted(), { text: 'Đã trả lời' });
  const stale = (r: RequestData): RequestData => ({ ...r, version: r.version - 1 });

  type Case = [
    mutation: string,
    inputType: string,
    actor: string,
    extra: Record<string, unknown>,
    legalState: () => Promise<RequestData>,
    illegalState: () => Promise<RequestData>,
  ];
  const cases: Case[] = [
    [
      'updateRequestDraft',
      'UpdateRequestDraftInput',
      'ubnd-dh.lead',
      {
        title: 'Tiêu đề đã sửa',
        body: 'x',
        domain: 'LAND',
        priority: 'LOW',
        dueDate: inDays(5),
        supportingAgencyIds: [],
      },
      draft,
      submitted,
    ],
    ['submitRequest', 'RequestActionInput', 'ubnd-dh.lead', {}, draft, submitted],
    ['acknowledgeRequest', 'RequestActionInput', 'stnmt.staff', {}, submitted, responded],
    ['assignRequest', 'AssignRequestInput', 'stnmt.lead', {}, submitted, responded],
    ['respondToRequest', 'RequestTextInput', 'stnmt.staff', { text: 'Trả lời' }, submitted, responded],
    ['declineRequest', 'RequestTextInput', 'stnmt.lead', { text: 'Lý do' }, submitted, responded],
    ['closeRequest', 'OptionalTextInput', 'ubnd-dh.lead', {}, responded, submitted],
    ['reopenRequest', 'RequestTextInput', 'ubnd-dh.lead', { text: 'Chưa rõ' }, responded, submitted],
    ['withdrawRequest', 'OptionalTextInput', 'ubnd-dh.lead', {}, submitted, responded],
    ['escalateRequest', 'RequestTextInput', 'ubnd-dh.lead', { text: 'Chậm' }, submitted, responded],
    [
      'resolveRequestEscalation',
      'ResolveEscalationInput',
      'ubnd.lead',
      { directive: 'Chỉ đạo', dueDate: inDays(4) },
      async () => run(as('ubnd-dh.lead'), 'escalateRequest', 'RequestTextInput', await submitted(), { text: 'Chậm' }),
      submitted,
    ],
  ];

  it.each(cases)(
    '%s: CONFLICT on a stale version, INVALID_TRANSITION from the wrong state',
    async (mutation, type, actor, extra, legalState, illegalState) => {
      const input = {
        ...extra,
        ...(mutation === 'updateRequestDraft' ? { leadAgencyId: ids.STNMT } : {}),
        ...(mutation === 'assignRequest' ? { assigneeId: staffId } : {}),
      };
      const legal = await legalState();
      expect(await codeOf(run(as(actor), mutation, type, stale(legal), input))).toBe('CONFLICT');
      const illegal = await illegalState();
      expect(await codeOf(run(as(actor), mutation, type, illegal, input))).toBe('INVALID_TRANSITION');
      // and the legal one goes through at the right version
      await expect(run(as(actor), mutation, type, legal, input)).resolves.toMatchObject({
        id: legal.id,
        version: legal.version + 1,
      });
    },
  );

  it('commentOnRequest: INVALID_TRANSITION on a withdrawn request', async () => {
    const withdrawn = await run(as('ubnd-dh.lead'), 'withdrawRequest', 'OptionalTextInput', await submitted());
    expect(
      await codeOf(
        act(t, as('stnmt.staff'), 'commentOnRequest', 'CommentOnRequestInput', { id: withdrawn.id, body: 'x' }),
      ),
    ).toBe('INVALID_TRANSITION');
  });
});
