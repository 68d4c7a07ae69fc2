import { startTestApp, type TestApp } from '../test-support/test-app';
import { waitFor } from '../test-support/wait-for';
import { act, agencyIds, codeOf, inDays, type RequestData } from '../test-support/request-helpers';

/**
 * The agency hierarchy: a department's leaders (stnmt.lead) read and act for its units (VP Đăng ký
 * đất đai and its branches), by the same visibility rules and policies; its staff do not, nor does
 * a unit's leader for its parent. Live events reach the parent's leaders and no one else; the
 * dashboard rolls units up; attending agencies read a conclusion; moving an agency applies at once.
 */
describe('a department leader acts for its units', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  const tokens: Record<string, string> = {};
  let toUnit: RequestData;
  let toBoth: RequestData;
  let toParent: RequestData;
  let cursor: string;

  const READ = `query($id: ID!) { request(id: $id) { id allowedActions actingAs { code }
    participants { agency { code } state assignee { fullName } } } }`;
  type Read = {
    request: {
      id: string;
      allowedActions: string[];
      actingAs: { code: string } | null;
      participants: { agency: { code: string }; state: string; assignee: { fullName: string } | null }[];
    };
  };
  const read = (as: string, id: string) => t.gql<Read>(READ, { id }, tokens[as]);
  const inbox = async (as: string) => {
    const result = await t.gql<{ requests: { edges: { node: { id: string } }[] } }>(
      '{ requests(filter: { box: INBOX }, first: 100) { edges { node { id } } } }',
      {},
      tokens[as],
    );
    return result.data!.requests.edges.map((e) => e.node.id);
  };
  const send = async (title: string, lead: string, supporting: string[] = []) => {
    const draft = await act(t, tokens['ubnd-tp.staff'], 'createRequest', 'CreateRequestInput', {
      title,
      body: 'Nội dung đề nghị',
      domain: 'LAND',
      priority: 'NORMAL',
      dueDate: inDays(10),
      leadAgencyId: ids[lead],
      supportingAgencyIds: supporting.map((code) => ids[code]),
    });
    return act(t, tokens['ubnd-tp.staff'], 'submitRequest', 'RequestActionInput', {
      id: draft.id,
      version: draft.version,
    });
  };
  const stateOf = (r: Read['request'], code: string) => r.participants.find((p) => p.agency.code === code)?.state;

  beforeAll(async () => {
    t = await startTestApp({ config: { demoRequests: true } }); // the demo world: its tasks and the 30/3/2023 meeting
    for (const username of [
      'ubnd-tp.staff',
      'ubnd.lead',
      'stnmt.lead',
      'stnmt.staff',
      'vpdkdd.lead',
      'vpdkdd-dh.lead',
      'stc.lead',
      'stc.staff',
      'snv.lead',
      'skhdt.lead',
      'admin',
    ])
      tokens[username] = await t.login(username);
    ids = await agencyIds(t, tokens['stnmt.lead']);
    const cursorResult = await t.gql<{ requestEventCursor: string }>('{ requestEventCursor }', {}, tokens['ubnd.lead']);
    cursor = cursorResult.data!.requestEventCursor;
    toUnit = await send('Đề nghị gửi Văn phòng Đăng ký đất đai', 'VPDKDD');
    toBoth = await send('Đề nghị gửi Sở và Văn phòng Đăng ký', 'STNMT', ['VPDKDD']);
    toParent = await send('Đề nghị gửi riêng Sở TN&MT', 'STNMT');
  }, 180_000); // seeding the demo world and eleven sign-ins (Argon2id) on a busy machine
  afterAll(() => t.stop());

  it('lets the department lead read a request addressed to its unit, in its inbox, as that unit', async () => {
    const seen = await read('stnmt.lead', toUnit.id);
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.request.actingAs).toEqual({ code: 'VPDKDD' });
    expect(seen.data!.request.allowedActions).toEqual(expect.arrayContaining(['ACKNOWLEDGE']));
    const leadInbox = await inbox('stnmt.lead');
    expect(leadInbox).toEqual(expect.arrayContaining([toUnit.id, toBoth.id, toParent.id]));
    expect(leadInbox.filter((id) => id === toBoth.id)).toHaveLength(1); // addressed to two of its agencies, listed once
  });

  it("hides it from the department's staff and from leads of other agencies", async () => {
    for (const as of ['stnmt.staff', 'stc.lead']) {
      expect((await read(as, toUnit.id)).errors![0].extensions!.code).toBe('NOT_FOUND');
      expect(await inbox(as)).not.toContain(toUnit.id);
    }
    expect(await inbox('stnmt.staff')).toContain(toParent.id); // its own agency's, as before
  });

  it("does not let a unit's lead read its parent's requests", async () => {
    expect((await read('vpdkdd.lead', toParent.id)).errors![0].extensions!.code).toBe('NOT_FOUND');
    // a branch's lead does not see what is addressed to the office above it
    expect((await read('vpdkdd-dh.lead', toUnit.id)).errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it("acknowledges and assigns on the unit's participation, with the unit's officials only", async () => {
    const acknowledged = await act(t, tokens['stnmt.lead'], 'acknowledgeRequest', 'RequestActionInput', {
      id: toUnit.id,
      version: toUnit.version,
    });
    expect(acknowledged.participants).toEqual([
      expect.objectContaining({ agency: { code: 'VPDKDD' }, state: 'ACKNOWLEDGED' }),
    ]);
    const members = await t.gql<{ agency: { members: { id: string; username: string }[] } }>(
      'query($id: ID!) { agency(id: $id) { members { id username } } }',
      { id: ids.VPDKDD },
      tokens['stnmt.lead'],
    );
    const unitStaff = members.data!.agency.members.find((m) => m.username === 'vpdkdd.staff')!;
    const ownStaff = await t.gql<{ me: { id: string } }>('{ me { id } }', {}, tokens['stnmt.staff']);
    const refused = act(t, tokens['stnmt.lead'], 'assignRequest', 'AssignRequestInput', {
      id: toUnit.id,
      version: acknowledged.version,
      assigneeId: ownStaff.data!.me.id,
    });
    expect(await codeOf(refused)).toBe('BAD_USER_INPUT');
    const assigned = await act(t, tokens['stnmt.lead'], 'assignRequest', 'AssignRequestInput', {
      id: toUnit.id,
      version: acknowledged.version,
      assigneeId: unitStaff.id,
    });
    expect(assigned.participants[0].assignee).not.toBeNull();
    // the staff of the department still cannot act on it
    expect(
      await codeOf(
        act(t, tokens['stnmt.staff'], 'respondToRequest', 'RequestTextInput', {
          id: toUnit.id,
          version: assigned.version,
          text: 'x',
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('acts on its own agency first when its own agency and a unit are both addressed', async () => {
    expect((await read('stnmt.lead', toBoth.id)).data!.request.actingAs).toEqual({ code: 'STNMT' });
    await act(t, tokens['stnmt.lead'], 'acknowledgeRequest', 'RequestActionInput', {
      id: toBoth.id,
      version: toBoth.version,
    });
    const after = (await read('stnmt.lead', toBoth.id)).data!.request;
    expect(stateOf(after, 'STNMT')).toBe('ACKNOWLEDGED');
    expect(stateOf(after, 'VPDKDD')).toBe('PENDING');
  });

  describe('live events', () => {
    const FEED = 'subscription($after: ID) { requestFeed(after: $after) { event { id type } request { id title } } }';
    type Item = { data?: { requestFeed: { event: { type: string }; request: { id: string; title: string } } } };
    const failures: unknown[] = [];
    const follow = (as: string, after?: string) => {
      const items: Item[] = [];
      t.wsClient(tokens[as]).subscribe(
        { query: FEED, variables: { after } },
        { next: (v) => items.push(v as Item), error: (e) => failures.push(e), complete: () => {} },
      );
      return items;
    };
    afterEach(() => expect(failures).toEqual([]));
    const titles = (items: Item[]) => items.map((i) => i.data?.requestFeed.request.title);

    it("replays a unit's events to the department lead only (eventsAfter)", async () => {
      const lead = follow('stnmt.lead', cursor);
      const staff = follow('stnmt.staff', cursor);
      const finance = follow('stc.lead', cursor);
      await waitFor(() => (titles(lead).includes(toUnit.title) ? true : undefined), 'the unit request replayed');
      // the staff's replay reaches its own agency's request: by then anything else would have come first
      await waitFor(() => (titles(staff).includes(toParent.title) ? true : undefined), 'the staff replay');
      expect(titles(staff)).not.toContain(toUnit.title);
      expect(finance.length).toBe(0);
    });

    it("pushes a branch's new request live to the department lead and leaks it to no one else", async () => {
      const lead = follow('stnmt.lead');
      const staff = follow('stnmt.staff');
      const finance = follow('stc.lead');
      // the feeds are live once a request to Sở TN&MT reaches both of the department's officials
      await waitFor(
        async () => {
          if (titles(lead).length > 0 && titles(staff).length > 0) return true;
          await send(`Đề nghị mở đầu ${Date.now()}`, 'STNMT');
          return undefined;
        },
        'the feeds to be live',
        15_000,
        300,
      );
      const branch = await send('Đề nghị gửi Chi nhánh Đông Hưng', 'VPDKDD-DH');
      const sentinel = await send('Đề nghị gửi Sở, sau đề nghị chi nhánh', 'STNMT');
      const financeSentinel = await send('Đề nghị gửi Sở Tài chính, sau đề nghị chi nhánh', 'STC');
      await waitFor(() => (titles(lead).includes(branch.title) ? true : undefined), 'the branch request, live');
      await waitFor(() => (titles(staff).includes(sentinel.title) ? true : undefined), 'the staff sentinel');
      await waitFor(() => (titles(finance).includes(financeSentinel.title) ? true : undefined), 'the finance sentinel');
      expect(titles(staff)).not.toContain(branch.title);
      expect(titles(finance)).not.toContain(branch.title);
      expect(titles(finance)).not.toContain(sentinel.title);
    });
  });

  it("reads its units' tasks; its staff read only their own agency's", async () => {
    const TASKS =
      'query($f: TaskFilter) { tasks(filter: $f, first: 100) { edges { node { id ownerAgency { code } } } } }';
    type Tasks = { tasks: { edges: { node: { id: string; ownerAgency: { code: string } } }[] } };
    const unitTasks = await t.gql<Tasks>(TASKS, { f: { ownerAgencyId: ids.VPDKDD } }, tokens['stnmt.lead']);
    const edges = unitTasks.data!.tasks.edges;
    expect(edges.length).toBeGreaterThan(0);
    expect(new Set(edges.map((e) => e.node.ownerAgency.code))).toEqual(new Set(['VPDKDD']));
    const asStaff = await t.gql<Tasks>(TASKS, { f: { ownerAgencyId: ids.VPDKDD } }, tokens['stnmt.staff']);
    expect(asStaff.data!.tasks.edges).toEqual([]);
    const one = await t.gql(
      'query($id: ID!) { task(id: $id) { id } }',
      { id: edges[0].node.id },
      tokens['stnmt.staff'],
    );
    expect(one.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  describe('the dashboard rolls units up into their parents', () => {
    const STATS = `query($agencyId: ID) { taskStatistics(period: { year: 2023, quarter: 1 }, agencyId: $agencyId) {
      counts { total completed notDoneOverdue }
      byAgency { agency { code } counts { total } }
      byAgencyTree { agency { id code } parentId counts { total completed notDoneOverdue } ownCounts { total } } } }`;
    type Counts = { total: number; completed: number; notDoneOverdue: number };
    type Row = {
      agency: { id: string; code: string };
      parentId: string | null;
      counts: Counts;
      ownCounts: { total: number };
    };
    type Stats = {
      taskStatistics: {
        counts: Counts;
        byAgency: { agency: { code: string }; counts: { total: number } }[];
        byAgencyTree: Row[];
      };
    };
    const stats = async (as: string, agencyId?: string) => {
      const result = await t.gql<Stats>(STATS, { agencyId }, tokens[as]);
      expect(result.errors).toBeUndefined();
      return result.data!.taskStatistics;
    };
    const sum = (rows: { counts: { total: number } }[]) => rows.reduce((n, row) => n + row.counts.total, 0);

    it('adds up for the province: the top rows give the total, each row its own tasks plus its units', async () => {
      const s = await stats('ubnd.lead');
      const tree = s.byAgencyTree;
      const top = tree.filter((row) => row.parentId === null);
      expect(sum(top)).toBe(s.counts.total);
      for (const key of ['completed', 'notDoneOverdue'] as const)
        expect(top.reduce((n, row) => n + row.counts[key], 0)).toBe(s.counts[key]);
      expect(sum(s.byAgency)).toBe(s.counts.total);
      for (const row of tree) {
        const units = tree.filter((unit) => unit.parentId === row.agency.id);
        expect(row.ownCounts.total + sum(units)).toBe(row.counts.total);
      }
      const code = (c: string) => tree.find((row) => row.agency.code === c)!;
      expect(code('VPDKDD').parentId).toBe(ids.STNMT);
      expect(code('STNMT').parentId).toBeNull();
      expect(code('STNMT').counts.total).toBeGreaterThan(code('STNMT').ownCounts.total);
      // the per-agency rows are each agency's own tasks
      expect(s.byAgency.find((row) => row.agency.code === 'STNMT')!.counts.total).toBe(code('STNMT').ownCounts.total);
    });

    it('gives the department lead its units under its own agency, and its staff none', async () => {
      const lead = await stats('stnmt.lead');
      const province = await stats('ubnd.lead');
      const rolled = province.byAgencyTree.find((row) => row.agency.code === 'STNMT')!;
      const root = lead.byAgencyTree.find((row) => row.parentId === null)!;
      expect(root.agency.code).toBe('STNMT');
      expect(root.counts).toEqual(rolled.counts);
      expect(lead.byAgencyTree.find((row) => row.agency.code === 'VPDKDD')!.parentId).toBe(ids.STNMT);
      expect(lead.counts.total).toBe(rolled.ownCounts.total); // the agency's own figures stay its own
      const staff = await stats('stnmt.staff');
      expect(staff.byAgencyTree.map((row) => row.agency.code)).toEqual(['STNMT']);
      // the lead may open a unit's dashboard; the staff may not
      expect((await stats('stnmt.lead', ids.VPDKDD)).byAgencyTree.length).toBeGreaterThan(0);
      const refused = await t.gql(STATS, { agencyId: ids.VPDKDD }, tokens['stnmt.staff']);
      expect(refused.errors![0].extensions!.code).toBe('NOT_FOUND');
    });
  });

  it('lets the attending agencies read the published conclusion of 30/3/2023, and no others', async () => {
    const MEETINGS = '{ meetings(first: 50) { edges { node { heldOn attendingAgencies { code } } } } }';
    type Meetings = { meetings: { edges: { node: { heldOn: string; attendingAgencies: { code: string }[] } }[] } };
    const held = async (as: string) =>
      (await t.gql<Meetings>(MEETINGS, {}, tokens[as])).data!.meetings.edges.map((e) => e.node);
    for (const as of ['stc.staff', 'stc.lead', 'snv.lead']) {
      const meeting = (await held(as)).find((m) => m.heldOn === '2023-03-30');
      expect(meeting?.attendingAgencies.map((a) => a.code).sort()).toEqual(['SNV', 'STC']);
    }
    expect((await held('skhdt.lead')).find((m) => m.heldOn === '2023-03-30')).toBeUndefined();
  });

  it('forgets remembered viewers when an agency moves, here and on every other process', async () => {
    // (a second app on the same database starts in a few seconds: no migration or seed to run)
    const second = await startTestApp({ database: t.database }); // another server process, same database
    try {
      const otherToken = await second.login('stnmt.lead');
      const readOn = (app: TestApp, token: string) =>
        app.gql<Read>(READ, { id: toUnit.id }, token).then((r) => r.errors?.[0].extensions?.code ?? 'OK');
      // both processes now remember the lead's viewer, with VP Đăng ký đất đai among its units
      expect(await readOn(t, tokens['stnmt.lead'])).toBe('OK');
      expect(await readOn(second, otherToken)).toBe('OK');

      const moveVpdkdd = async (parentId: string | null) => {
        const current = await t.gql<{ agency: { version: number } }>(
          'query($id: ID!) { agency(id: $id) { version } }',
          { id: ids.VPDKDD },
          tokens.admin,
        );
        const moved = await t.gql(
          'mutation($input: UpdateAgencyInput!) { updateAgency(input: $input) { agency { id } } }',
          { input: { id: ids.VPDKDD, version: current.data!.agency.version, parentId } },
          tokens.admin,
        );
        expect(moved.errors).toBeUndefined();
      };
      // an open socket of the lead's, its live streams judging events by the old tree
      const closes: number[] = [];
      const socket = t.wsClient(tokens['stnmt.lead']);
      socket.on('closed', (event) => closes.push((event as { code: number }).code));
      let connected = false;
      socket.on('connected', () => (connected = true));
      socket.subscribe(
        { query: 'subscription { requestFeed { event { id } } }' },
        { next: () => {}, error: () => {}, complete: () => {} },
      );
      await waitFor(() => (connected ? true : undefined), 'the socket to connect');

      await moveVpdkdd(null); // VP Đăng ký đất đai becomes a top-level agency
      expect(await readOn(t, tokens['stnmt.lead'])).toBe('NOT_FOUND'); // at once on this process
      await waitFor(
        async () => ((await readOn(second, otherToken)) === 'NOT_FOUND' ? true : undefined),
        'the other process to forget the viewer',
      );
      // the socket is closed as a service restart: the client reconnects and is read with the new tree
      await waitFor(() => (closes.length > 0 ? true : undefined), 'the socket to close');
      expect(closes).toEqual([1012]);
      await moveVpdkdd(ids.STNMT); // and back
      expect(await readOn(t, tokens['stnmt.lead'])).toBe('OK');
      await waitFor(async () => ((await readOn(second, otherToken)) === 'OK' ? true : undefined), 'the move back');
    } finally {
      await second.stop();
    }
  }, 60_000);
});
