import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { agencyIds, inDays } from '../../test-support/request-helpers';
import { startTestApp, type TestApp } from '../../test-support/test-app';

type Versioned = { id: string; status: string; version: number };

/**
 * Every state transition, retried as a client does after a lost answer: the same key and the same
 * input (its version now stale) → the same successful payload, applied once (one event row); the
 * same key with another input → BAD_USER_INPUT, TAKEN on `idempotencyKey`.
 */
describe('retried transitions with an idempotency key', () => {
  let t: TestApp;
  let db: pg.Client;
  const tokens: Record<string, string> = {};
  let ids: Record<string, string>;
  const year = Number(inDays(0).slice(0, 4));

  beforeAll(async () => {
    t = await startTestApp();
    db = new pg.Client({ connectionString: t.database.url });
    await db.connect();
    for (const u of ['ubnd-dh.lead', 'stnmt.lead', 'stnmt.staff', 'stc.lead', 'ubnd.lead'])
      tokens[u] = await t.login(u);
    ids = await agencyIds(t, tokens['ubnd.lead']);
  });
  afterAll(async () => {
    await db.end();
    await t.stop();
  });

  const call = async (who: string, mutation: string, type: string, pick: string, input: Record<string, unknown>) => {
    const result = await t.gql<Record<string, Record<string, Versioned>>>(
      `mutation($input: ${type}!) { ${mutation}(input: $input) { ${pick} { id status version } } }`,
      { input },
      tokens[who],
    );
    return { payload: result.data?.[mutation]?.[pick] ?? null, errors: result.errors };
  };
  const eventsOf = async (id: string) =>
    Number((await db.query<{ n: string }>('select count(*) as n from events where aggregate_id = $1', [id])).rows[0].n);

  /** Applies a transition with a key, retries it, then reuses the key for another input. */
  const transition = async (
    who: string,
    mutation: string,
    type: string,
    pick: string,
    input: Record<string, unknown>,
    other: Record<string, unknown>,
  ): Promise<Versioned> => {
    const idempotencyKey = randomUUID();
    const before = await eventsOf(input.id as string);
    const first = await call(who, mutation, type, pick, { ...input, idempotencyKey });
    expect(first.errors).toBeUndefined();
    const retried = await call(who, mutation, type, pick, { ...input, idempotencyKey });
    expect({ mutation, ...retried }).toEqual({ mutation, payload: first.payload, errors: undefined });
    expect({ mutation, events: await eventsOf(input.id as string) }).toEqual({ mutation, events: before + 1 });
    const reused = await call(who, mutation, type, pick, { ...other, idempotencyKey });
    expect({
      mutation,
      code: reused.errors?.[0].extensions?.code,
      fields: reused.errors?.[0].extensions?.fields?.map((f) => `${f.field}:${f.code}`),
    }).toEqual({
      mutation,
      code: 'BAD_USER_INPUT',
      fields: ['idempotencyKey:TAKEN'],
    });
    return first.payload!;
  };

  const at = (r: Versioned, extra: Record<string, unknown> = {}) => ({ id: r.id, version: r.version, ...extra });
  /** A request as it is now: a comment's payload is read back, but other events may move it on. */
  const current = async (id: string) =>
    (
      await t.gql<{ request: Versioned }>(
        'query($id: ID!) { request(id: $id) { id status version } }',
        { id },
        tokens['ubnd-dh.lead'],
      )
    ).data!.request;

  it('requests: every transition of the workflow', async () => {
    const draftInput = {
      title: 'Đề nghị kiểm thử thử lại',
      body: 'Nội dung.',
      domain: 'LAND',
      priority: 'NORMAL',
      dueDate: inDays(9),
      leadAgencyId: ids.STNMT,
      supportingAgencyIds: [ids.STC],
    };
    const create = async () =>
      (await call('ubnd-dh.lead', 'createRequest', 'CreateRequestInput', 'request', draftInput)).payload!;
    const req = (
      who: string,
      mutation: string,
      type: string,
      input: Record<string, unknown>,
      other: Record<string, unknown>,
    ) => transition(who, mutation, type, 'request', input, other);

    let r = await create();
    r = await req(
      'ubnd-dh.lead',
      'updateRequestDraft',
      'UpdateRequestDraftInput',
      at(r, { ...draftInput, body: 'Nội dung mới.' }),
      at(r, { ...draftInput, body: 'Khác.' }),
    );
    r = await req('ubnd-dh.lead', 'submitRequest', 'RequestActionInput', at(r), at(r, { version: r.version + 7 }));
    r = await req('stnmt.staff', 'acknowledgeRequest', 'RequestActionInput', at(r), at(r, { version: r.version + 7 }));
    const staffId = (await t.gql<{ me: { id: string } }>('{ me { id } }', {}, tokens['stnmt.staff'])).data!.me.id;
    r = await req(
      'stnmt.lead',
      'assignRequest',
      'AssignRequestInput',
      at(r, { assigneeId: staffId }),
      at(r, { assigneeId: randomUUID() }),
    );
    r = await req(
      'stc.lead',
      'declineRequest',
      'RequestTextInput',
      at(r, { text: 'Không thuộc thẩm quyền.' }),
      at(r, { text: 'Lý do khác.' }),
    );
    r = await req(
      'ubnd-dh.lead',
      'escalateRequest',
      'RequestTextInput',
      at(r, { text: 'Xin UBND tỉnh chỉ đạo.' }),
      at(r, { text: 'Khác.' }),
    );
    r = await req(
      'ubnd.lead',
      'resolveRequestEscalation',
      'ResolveEscalationInput',
      at(r, { directive: 'Sở TN&MT khẩn trương xử lý.', dueDate: inDays(12) }),
      at(r, { directive: 'Khác.', dueDate: inDays(12) }),
    );
    await req(
      'ubnd-dh.lead',
      'commentOnRequest',
      'CommentOnRequestInput',
      { id: r.id, body: 'Xin cập nhật.' },
      { id: r.id, body: 'Bình luận khác.' },
    );
    r = await req(
      'stnmt.staff',
      'respondToRequest',
      'RequestTextInput',
      at(await current(r.id), { text: 'Đã xử lý.' }),
      at(r, { text: 'Khác.' }),
    );
    r = await req(
      'ubnd-dh.lead',
      'reopenRequest',
      'RequestTextInput',
      at(r, { text: 'Chưa đủ.' }),
      at(r, { text: 'Khác.' }),
    );
    await req(
      'ubnd-dh.lead',
      'withdrawRequest',
      'OptionalTextInput',
      at(r, { text: 'Không cần nữa.' }),
      at(r, { text: 'Khác.' }),
    );

    let closing = await create();
    closing = (await call('ubnd-dh.lead', 'submitRequest', 'RequestActionInput', 'request', at(closing))).payload!;
    closing = (
      await call('stnmt.staff', 'respondToRequest', 'RequestTextInput', 'request', at(closing, { text: 'Đã xử lý.' }))
    ).payload!;
    await req(
      'ubnd-dh.lead',
      'closeRequest',
      'OptionalTextInput',
      at(closing, { text: 'Cảm ơn.' }),
      at(closing, { text: 'Khác.' }),
    );
  });

  it('concurrent retries of one transition: the same payload for both, applied once', async () => {
    const draft = (
      await call('ubnd-dh.lead', 'createRequest', 'CreateRequestInput', 'request', {
        title: 'Đề nghị gửi hai lần cùng lúc',
        body: 'Nội dung.',
        domain: 'LAND',
        priority: 'NORMAL',
        dueDate: inDays(9),
        leadAgencyId: ids.STNMT,
        supportingAgencyIds: [],
      })
    ).payload!;
    const input = { ...at(draft), idempotencyKey: randomUUID() };
    const both = await Promise.all(
      [0, 1].map(() => call('ubnd-dh.lead', 'submitRequest', 'RequestActionInput', 'request', input)),
    );
    expect(both.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(both[1].payload).toEqual(both[0].payload);
    expect(await eventsOf(draft.id)).toBe(2); // CREATED, SUBMITTED
  });

  it('proposals: update, submit, return, decide, withdraw', async () => {
    const draft = {
      title: 'Đề xuất kiểm thử thử lại',
      rationale: 'Lý do.',
      fiscalYear: year,
      items: [{ kind: 'OTHER', description: 'Hạng mục', quantity: 1, unit: 'gói', justification: 'Cần.' }],
    };
    const pro = (
      who: string,
      mutation: string,
      type: string,
      input: Record<string, unknown>,
      other: Record<string, unknown>,
    ) => transition(who, mutation, type, 'proposal', input, other);
    const create = async () =>
      (await call('stnmt.lead', 'createProposal', 'CreateProposalInput', 'proposal', draft)).payload!;

    let p = await create();
    p = await pro(
      'stnmt.lead',
      'updateProposalDraft',
      'UpdateProposalDraftInput',
      at(p, { ...draft, rationale: 'Lý do mới.' }),
      at(p, { ...draft, rationale: 'Khác.' }),
    );
    p = await pro('stnmt.lead', 'submitProposal', 'ProposalActionInput', at(p), at(p, { version: p.version + 7 }));
    p = await pro(
      'ubnd.lead',
      'returnProposal',
      'ProposalReasonInput',
      at(p, { reason: 'Bổ sung thuyết minh.' }),
      at(p, { reason: 'Khác.' }),
    );
    p = (await call('stnmt.lead', 'submitProposal', 'ProposalActionInput', 'proposal', at(p))).payload!;
    const itemId = (
      await t.gql<{ proposal: { items: { id: string }[] } }>(
        'query($id: ID!) { proposal(id: $id) { items { id } } }',
        { id: p.id },
        tokens['ubnd.lead'],
      )
    ).data!.proposal.items[0].id;
    await pro(
      'ubnd.lead',
      'decideProposal',
      'DecideProposalInput',
      at(p, { conditions: 'Điều kiện.', grants: [{ itemId, grantedQuantity: 1 }] }),
      at(p, { conditions: 'Điều kiện.', grants: [{ itemId, grantedQuantity: 0 }] }),
    );
    expect(
      Number((await db.query('select count(*) as n from decisions where proposal_id = $1', [p.id])).rows[0].n),
    ).toBe(1);

    const withdrawn = await create();
    await pro(
      'stnmt.lead',
      'withdrawProposal',
      'ProposalActionInput',
      at(withdrawn),
      at(withdrawn, { version: withdrawn.version + 7 }),
    );
  });

  it('tasks: progress, complete, reopen, cancel', async () => {
    const quarter = Math.floor((Number(inDays(0).slice(5, 7)) - 1) / 3) + 1;
    const due = `${year}-${String(quarter * 3).padStart(2, '0')}-28`;
    const assigned = await call('ubnd.lead', 'assignTask', 'AssignTaskInput', 'task', {
      title: 'Nhiệm vụ kiểm thử thử lại',
      category: 'KEY',
      domain: 'LAND',
      period: { year, quarter },
      ownerAgencyId: ids.STNMT,
      dueDate: due < inDays(0) ? inDays(0) : due,
    });
    const task = (
      who: string,
      mutation: string,
      type: string,
      input: Record<string, unknown>,
      other: Record<string, unknown>,
    ) => transition(who, mutation, type, 'task', input, other);
    let k = assigned.payload!;
    k = await task(
      'stnmt.lead',
      'reportTaskProgress',
      'ReportTaskProgressInput',
      at(k, { percent: 50, note: 'Một nửa.' }),
      at(k, { percent: 60, note: 'Một nửa.' }),
    );
    k = await task(
      'stnmt.lead',
      'completeTask',
      'CompleteTaskInput',
      at(k, { note: 'Xong.' }),
      at(k, { note: 'Khác.' }),
    );
    k = await task(
      'ubnd.lead',
      'reopenTask',
      'TaskReasonInput',
      at(k, { reason: 'Chưa đạt.' }),
      at(k, { reason: 'Khác.' }),
    );
    await task(
      'ubnd.lead',
      'cancelTask',
      'TaskReasonInput',
      at(k, { reason: 'Không còn cần.' }),
      at(k, { reason: 'Khác.' }),
    );
  });
});
