import { startTestApp, type TestApp } from '../../test-support/test-app';
import { act, agencyIds, codeOf, inDays, REQUEST_FIELDS, type RequestData } from '../../test-support/request-helpers';

describe('coordination request workflow', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  const tokens: Record<string, string> = {};
  const as = (username: string) => tokens[username];

  beforeAll(async () => {
    t = await startTestApp();
    for (const u of [
      'ubnd-dh.staff',
      'ubnd-dh.lead',
      'stnmt.staff',
      'stnmt.lead',
      'vpdkdd-dh.staff',
      'vpdkdd-dh.lead',
      'stc.staff',
      'stc.lead',
      'ubnd.staff',
      'ubnd.lead',
      'skhdt.lead',
    ]) {
      tokens[u] = await t.login(u);
    }
    ids = await agencyIds(t, as('stnmt.staff'));
  });
  afterAll(() => t.stop());

  const draftInput = (overrides: Record<string, unknown> = {}) => ({
    title: 'Đề nghị phối hợp giải quyết hồ sơ đất đai tồn đọng',
    body: 'Huyện Đông Hưng còn 142 hồ sơ cấp giấy chứng nhận quyền sử dụng đất quá hạn tại chi nhánh.',
    domain: 'LAND',
    priority: 'HIGH',
    dueDate: inDays(14),
    leadAgencyId: ids.STNMT,
    supportingAgencyIds: [ids['VPDKDD-DH']],
    ...overrides,
  });
  const create = (token: string, overrides: Record<string, unknown> = {}) =>
    act(t, token, 'createRequest', 'CreateRequestInput', draftInput(overrides));
  const step = (
    token: string,
    mutation: string,
    inputType: string,
    request: RequestData,
    extra: Record<string, unknown> = {},
  ) => act(t, token, mutation, inputType, { id: request.id, version: request.version, ...extra });
  const get = async (token: string, id: string) => {
    const result = await t.gql<{ request: RequestData }>(
      `query($id: ID!) { request(id: $id) { ${REQUEST_FIELDS} } }`,
      { id },
      token,
    );
    return result;
  };

  it("keeps a supporter's own state after the lead has answered: it may still acknowledge and decline", async () => {
    const sent = await step(
      as('ubnd-dh.staff'),
      'submitRequest',
      'RequestActionInput',
      await create(as('ubnd-dh.staff'), { supportingAgencyIds: [ids['VPDKDD-DH'], ids.STC] }),
    );
    const answered = await step(as('stnmt.staff'), 'respondToRequest', 'RequestTextInput', sent, {
      text: 'Sở đã hướng dẫn chi nhánh giải quyết.',
    });
    expect(answered.status).toBe('RESPONDED');
    expect(answered.participants.map((p) => [p.agency.code, p.state])).toEqual(
      expect.arrayContaining([
        ['VPDKDD-DH', 'PENDING'],
        ['STC', 'PENDING'],
      ]),
    );

    const branch = (await get(as('vpdkdd-dh.lead'), sent.id)).data!.request;
    expect(branch.allowedActions).toEqual(['ACKNOWLEDGE', 'ASSIGN', 'RESPOND', 'DECLINE', 'COMMENT', 'ATTACH']);
    const acknowledged = await step(as('vpdkdd-dh.lead'), 'acknowledgeRequest', 'RequestActionInput', branch);
    const declined = await step(as('stc.lead'), 'declineRequest', 'RequestTextInput', acknowledged, {
      text: 'Không thuộc thẩm quyền của Sở Tài chính.',
    });
    expect(declined.status).toBe('RESPONDED'); // the lead's answer stands
    expect(declined.participants.map((p) => [p.agency.code, p.state])).toEqual(
      expect.arrayContaining([
        ['STNMT', 'RESPONDED'],
        ['VPDKDD-DH', 'ACKNOWLEDGED'],
        ['STC', 'DECLINED'],
      ]),
    );
  });

  it('runs the whole happy path: draft → submitted → in progress → responded → closed', async () => {
    const draft = await create(as('ubnd-dh.staff'));
    expect(draft).toMatchObject({
      status: 'DRAFT',
      code: null,
      requestingAgency: { code: 'UBND-DH' },
      leadAgency: { code: 'STNMT' },
    });
    expect(draft.allowedActions).toEqual(['UPDATE_DRAFT', 'SUBMIT', 'WITHDRAW', 'ATTACH']);
    expect((await get(as('stnmt.staff'), draft.id)).errors![0].extensions!.code).toBe('NOT_FOUND'); // drafts are private

    const submitted = await step(as('ubnd-dh.staff'), 'submitRequest', 'RequestActionInput', draft);
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.code).toMatch(/^PH-\d{4}-\d{4}$/);

    const seenByLead = (await get(as('stnmt.staff'), draft.id)).data!.request;
    expect(seenByLead.allowedActions).toEqual(['ACKNOWLEDGE', 'ASSIGN', 'RESPOND', 'COMMENT', 'ATTACH']);

    const acknowledged = await step(as('stnmt.staff'), 'acknowledgeRequest', 'RequestActionInput', seenByLead);
    expect(acknowledged.status).toBe('IN_PROGRESS');
    expect(acknowledged.participants.find((p) => p.agency.code === 'STNMT')!.state).toBe('ACKNOWLEDGED');

    const supporter = await step(as('vpdkdd-dh.staff'), 'respondToRequest', 'RequestTextInput', acknowledged, {
      text: 'Chi nhánh đã rà soát, 98 hồ sơ sẽ xong trong tháng 4.',
    });
    expect(supporter.status).toBe('IN_PROGRESS'); // a supporting reply does not answer the request

    const staffId = (await t.gql<{ me: { id: string } }>('{ me { id } }', {}, as('stnmt.staff'))).data!.me.id;
    const assigned = await step(as('stnmt.lead'), 'assignRequest', 'AssignRequestInput', supporter, {
      assigneeId: staffId,
    });
    expect(assigned.participants.find((p) => p.agency.code === 'STNMT')!.assignee).toEqual({ fullName: 'Phạm Thu Hà' });

    const responded = await step(as('stnmt.staff'), 'respondToRequest', 'RequestTextInput', assigned, {
      text: 'Sở đã tăng cường 5 cán bộ hỗ trợ chi nhánh.',
    });
    expect(responded.status).toBe('RESPONDED');

    const closed = await step(as('ubnd-dh.lead'), 'closeRequest', 'OptionalTextInput', responded);
    expect(closed.status).toBe('CLOSED');
    expect(closed.allowedActions).toEqual(['COMMENT']);

    const timeline = await t.gql<{ request: { timeline: { type: string; actorAgency: { code: string } | null }[] } }>(
      'query($id: ID!) { request(id: $id) { timeline { type actorAgency { code } } } }',
      { id: draft.id },
      as('ubnd-dh.staff'),
    );
    expect(timeline.data!.request.timeline.map((e) => `${e.type}:${e.actorAgency?.code}`)).toEqual([
      'CREATED:UBND-DH',
      'SUBMITTED:UBND-DH',
      'ACKNOWLEDGED:STNMT',
      'RESPONDED:VPDKDD-DH',
      'ASSIGNED:STNMT',
      'RESPONDED:STNMT',
      'CLOSED:UBND-DH',
    ]);
  });

  it('numbers submitted requests per year without gaps', async () => {
    const a = await step(as('ubnd-dh.staff'), 'submitRequest', 'RequestActionInput', await create(as('ubnd-dh.staff')));
    const b = await step(
      as('stnmt.staff'),
      'submitRequest',
      'RequestActionInput',
      await create(as('stnmt.staff'), { leadAgencyId: ids['VPDKDD-DH'], supportingAgencyIds: [] }),
    );
    const n = (code: string | null) => Number(code!.slice(-4));
    expect(n(b.code)).toBe(n(a.code) + 1);
  });

  it('refuses stale versions, illegal transitions, wrong roles and wrong agencies', async () => {
    const submitted = await step(
      as('ubnd-dh.staff'),
      'submitRequest',
      'RequestActionInput',
      await create(as('ubnd-dh.staff')),
    );
    const acknowledged = await step(as('stnmt.staff'), 'acknowledgeRequest', 'RequestActionInput', submitted);

    expect(
      await codeOf(step(as('stnmt.staff'), 'respondToRequest', 'RequestTextInput', submitted, { text: 'trả lời' })),
    ).toBe('CONFLICT');
    expect(await codeOf(step(as('stnmt.staff'), 'acknowledgeRequest', 'RequestActionInput', acknowledged))).toBe(
      'INVALID_TRANSITION',
    );
    expect(
      await codeOf(
        step(as('stnmt.staff'), 'declineRequest', 'RequestTextInput', acknowledged, { text: 'không thuộc thẩm quyền' }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      await codeOf(step(as('ubnd-dh.staff'), 'respondToRequest', 'RequestTextInput', acknowledged, { text: 'x' })),
    ).toBe('FORBIDDEN');
    expect(
      await codeOf(step(as('stc.lead'), 'respondToRequest', 'RequestTextInput', acknowledged, { text: 'x' })),
    ).toBe('NOT_FOUND');
    expect(await codeOf(step(as('ubnd-dh.lead'), 'closeRequest', 'OptionalTextInput', acknowledged))).toBe(
      'INVALID_TRANSITION',
    );
    expect(
      await codeOf(step(as('stnmt.staff'), 'respondToRequest', 'RequestTextInput', acknowledged, { text: '   ' })),
    ).toBe('BAD_USER_INPUT');

    const responded = await step(as('stnmt.staff'), 'respondToRequest', 'RequestTextInput', acknowledged, {
      text: 'Đã xử lý',
    });
    expect(await codeOf(step(as('ubnd-dh.staff'), 'closeRequest', 'OptionalTextInput', responded))).toBe('FORBIDDEN'); // closing needs LEAD
    const reopened = await step(as('ubnd-dh.staff'), 'reopenRequest', 'RequestTextInput', responded, {
      text: 'Chưa nêu rõ thời hạn hoàn thành.',
    });
    expect(reopened.status).toBe('IN_PROGRESS');
    expect(reopened.participants.find((p) => p.agency.code === 'STNMT')!.state).toBe('ACKNOWLEDGED');
  });

  it('lets exactly one of two concurrent actions on the same version win', async () => {
    const submitted = await step(
      as('ubnd-dh.staff'),
      'submitRequest',
      'RequestActionInput',
      await create(as('ubnd-dh.staff')),
    );
    const results = await Promise.allSettled([
      step(as('stnmt.staff'), 'acknowledgeRequest', 'RequestActionInput', submitted),
      step(as('vpdkdd-dh.staff'), 'acknowledgeRequest', 'RequestActionInput', submitted),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason.code).toBe('CONFLICT');
  });

  it('declines, escalates, and the Committee resolves with a new lead and due date', async () => {
    const submitted = await step(
      as('ubnd-dh.staff'),
      'submitRequest',
      'RequestActionInput',
      await create(as('ubnd-dh.staff'), { leadAgencyId: ids.SKHDT, supportingAgencyIds: [] }),
    );
    const declined = await step(as('skhdt.lead'), 'declineRequest', 'RequestTextInput', submitted, {
      text: 'Nội dung thuộc thẩm quyền Sở TN&MT.',
    });
    expect(declined.status).toBe('DECLINED');
    expect(declined.participants[0]).toMatchObject({
      state: 'DECLINED',
      declineReason: 'Nội dung thuộc thẩm quyền Sở TN&MT.',
    });

    const escalated = await step(as('ubnd-dh.staff'), 'escalateRequest', 'RequestTextInput', declined, {
      text: 'Chưa có cơ quan chủ trì xử lý.',
    });
    expect(escalated.status).toBe('ESCALATED');
    const seenByCommittee = (await get(as('ubnd.lead'), escalated.id)).data!.request;
    expect(seenByCommittee.allowedActions).toEqual(['RESOLVE_ESCALATION', 'COMMENT', 'ATTACH']);

    const resolveInput = {
      directive: 'Giao Sở TN&MT chủ trì, hoàn thành trong 10 ngày.',
      leadAgencyId: ids.STNMT,
      dueDate: inDays(10),
    };
    expect(
      await codeOf(
        step(as('ubnd.staff'), 'resolveRequestEscalation', 'ResolveEscalationInput', escalated, resolveInput),
      ),
    ).toBe('FORBIDDEN');
    expect(
      await codeOf(
        step(as('ubnd-dh.lead'), 'resolveRequestEscalation', 'ResolveEscalationInput', escalated, resolveInput),
      ),
    ).toBe('FORBIDDEN');
    const resolved = await step(
      as('ubnd.lead'),
      'resolveRequestEscalation',
      'ResolveEscalationInput',
      escalated,
      resolveInput,
    );
    expect(resolved).toMatchObject({ status: 'IN_PROGRESS', leadAgency: { code: 'STNMT' }, dueDate: inDays(10) });
    expect(resolved.participants.map((p) => `${p.agency.code}:${p.role}:${p.state}`)).toEqual([
      'STNMT:LEAD:PENDING',
      'SKHDT:SUPPORT:DECLINED',
    ]);
    // the new lead now sees it in its inbox and can act
    expect((await get(as('stnmt.staff'), resolved.id)).data!.request.allowedActions).toContain('RESPOND');
  });

  it('withdraws, comments, and returns the same request for a retried create', async () => {
    const first = await create(as('ubnd-dh.staff'), { idempotencyKey: 'form-7f3a' });
    const retry = await create(as('ubnd-dh.staff'), { idempotencyKey: 'form-7f3a' });
    expect(retry.id).toBe(first.id);

    const submitted = await step(as('ubnd-dh.staff'), 'submitRequest', 'RequestActionInput', first);
    const commented = await act(t, as('vpdkdd-dh.staff'), 'commentOnRequest', 'CommentOnRequestInput', {
      id: submitted.id,
      body: 'Chi nhánh sẽ gửi danh sách hồ sơ.',
    });
    expect(commented.version).toBe(submitted.version + 1);
    const comments = await t.gql<{
      request: { comments: { body: string; agency: { code: string }; author: { fullName: string } }[] };
    }>(
      'query($id: ID!) { request(id: $id) { comments { body agency { code } author { fullName } } } }',
      { id: submitted.id },
      as('stnmt.staff'),
    );
    expect(comments.data!.request.comments).toEqual([
      {
        body: 'Chi nhánh sẽ gửi danh sách hồ sơ.',
        agency: { code: 'VPDKDD-DH' },
        author: { fullName: 'Chuyên viên CN VPĐKĐĐ huyện Đông Hưng' },
      },
    ]);
    expect(
      await codeOf(
        act(t, as('stc.staff'), 'commentOnRequest', 'CommentOnRequestInput', { id: submitted.id, body: 'x' }),
      ),
    ).toBe('NOT_FOUND');

    const withdrawn = await step(as('ubnd-dh.staff'), 'withdrawRequest', 'OptionalTextInput', commented, {
      text: 'Đã giải quyết tại huyện.',
    });
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(withdrawn.allowedActions).toEqual([]);
  });

  it('validates drafts field by field', async () => {
    const error = await create(as('ubnd-dh.staff'), {
      title: 'abc',
      body: '',
      dueDate: inDays(-1),
      leadAgencyId: ids['UBND-DH'],
      supportingAgencyIds: [ids.STNMT, '00000000-0000-4000-8000-000000000000'],
    }).catch((e) => e);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`).sort()).toEqual([
      'body:REQUIRED',
      'dueDate:INVALID_FORMAT',
      'leadAgencyId:NOT_ALLOWED',
      'supportingAgencyIds:NOT_FOUND',
      'title:TOO_SHORT',
    ]);
    // not a calendar date: refused by the LocalDate scalar before any resolver runs
    expect(await codeOf(create(as('ubnd-dh.staff'), { dueDate: '2023-02-30' }))).toBe('BAD_USER_INPUT');
  });
});
