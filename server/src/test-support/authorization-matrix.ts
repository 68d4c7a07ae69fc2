/**
 * The authorization matrix: for every operation of the GraphQL schema — every field of Query,
 * Mutation and Subscription, and every field of another type that takes arguments — what each
 * kind of caller gets. `authorization-matrix.int.test.ts` runs every cell against the real server
 * (HTTP for queries and mutations, graphql-ws for subscriptions) and fails when the schema has an
 * operation this table does not list, or the table lists one the schema no longer has.
 *
 * Adding an operation: add its line to MATRIX and its sample call to PROBES (the compiler asks for
 * the second once the first is there).
 *
 * Outcomes
 *   A  ALLOW            queries: data and no error (lists and feeds also checked for leaks);
 *                      mutations: passed authorization — the sample either succeeds or stops at the
 *                      business error it is built to reach (BAD_USER_INPUT, INVALID_TRANSITION,
 *                      CONFLICT), so that it changes nothing later cells rely on;
 *                      subscriptions: the caller receives the event.
 *   U  UNAUTHENTICATED  not signed in (over graphql-ws: the socket is refused in connection_init).
 *   F  FORBIDDEN        the caller may see the record (or the action is about no record), but its
 *                      agency's relation to it or its role does not allow the action.
 *   N  NOT_FOUND        the record is hidden from the caller's agency: its query, every mutation on
 *                      it and its own subscription say "not found"; a reference to it in an input
 *                      gets a NOT_FOUND field error; feeds silently leave its events out.
 *
 * Denial rules (PRODUCT.md "Permissions")
 *   - Anonymous callers get UNAUTHENTICATED everywhere except `login` and `me` (null).
 *   - Reading is scoped by agency, in SQL at the data layer (`*Visible` in each module's queries):
 *       request   the requesting agency; once sent, also the addressed (lead, supporting) agencies
 *                 and the People's Committee;
 *       proposal  the proposing agency; once sent, also its appraisers and the Committee;
 *       task      the owning agency and the Committee;
 *       meeting   the Committee; once published, also the reviewed agency and the directed ones;
 *       decision  every signed-in user (the public register), so acting on one is FORBIDDEN, not
 *                 NOT_FOUND;
 *       drafts    only their own agency — not even the Committee.
 *     Anyone else gets N.
 *   - Acting needs the relation and role in the workflow tables (request-status.ts,
 *     proposal-status.ts, task-status.ts, meeting-status.ts), else F:
 *       the requester edits, sends, closes (LEAD), reopens, withdraws, escalates its request;
 *       the addressed agency acknowledges, assigns, answers, declines (LEAD);
 *       the proposing agency edits, sends (LEAD), withdraws (LEAD); its appraisers appraise (LEAD);
 *       the task's owner reports progress, links requests, completes (LEAD);
 *       the Committee comments on requests, links requests to tasks, records meetings (any member);
 *       and, as LEAD only: resolves escalations, assigns/cancels/reopens tasks, closes quarters,
 *       returns/re-appraises/decides proposals, publishes conclusions, amends/revokes decisions.
 *   - Directory management (agencies, accounts) is ADMIN only; everything else about the directory,
 *     one's own session and one's own notifications is open to every signed-in user.
 *
 * Actors (columns): the records are owned by Sở TN&MT (STNMT). The "partner" is Sở Tài chính
 * (STC), the other party of STNMT's records: the lead agency its request is addressed to, and the
 * appraiser of its FUNDING proposal — without it the addressee's actions would have no allowed
 * cell. The outsider is Sở KH&ĐT (SKHDT), which has nothing to do with any of them. ADMIN is the
 * province's administrator, a member of Sở TT&TT (STTTT).
 */

export const ACTORS = [
  'anonymous',
  'ownerStaff',
  'ownerLead',
  'partnerLead',
  'outsiderLead',
  'committeeStaff',
  'committeeLead',
  'admin',
] as const;
export type Actor = (typeof ACTORS)[number];

export const LOGINS: Readonly<Record<Actor, { username: string; agency: string } | null>> = {
  anonymous: null,
  ownerStaff: { username: 'stnmt.staff', agency: 'STNMT' },
  ownerLead: { username: 'stnmt.lead', agency: 'STNMT' },
  partnerLead: { username: 'stc.lead', agency: 'STC' },
  outsiderLead: { username: 'skhdt.lead', agency: 'SKHDT' },
  committeeStaff: { username: 'ubnd.staff', agency: 'UBND' },
  committeeLead: { username: 'ubnd.lead', agency: 'UBND' },
  admin: { username: 'admin', agency: 'STTTT' },
};

export const A = 'ALLOW';
export const U = 'UNAUTHENTICATED';
export const F = 'FORBIDDEN';
export const N = 'NOT_FOUND';
export type Outcome = typeof A | typeof U | typeof F | typeof N;
type Row = readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

// One line per operation; the columns are ACTORS, in order:
//                                          anonymous  STNMT   STNMT   STC      SKHDT     UBND    UBND    ADMIN
//                                                     STAFF   LEAD    partner  outsider  STAFF   LEAD    (STTTT)
export const MATRIX = {
  // ── queries ─────────────────────────────────────────────────────────────────────────────────────
  'Query.agencies': [U, A, A, A, A, A, A, A],
  'Query.agency': [U, A, A, A, A, A, A, A],
  'Query.currentQuarter': [U, A, A, A, A, A, A, A],
  'Query.decision': [U, A, A, A, A, A, A, A],
  'Query.decisions': [U, A, A, A, A, A, A, A],
  'Query.me': [A, A, A, A, A, A, A, A],
  'Query.users': [U, F, F, F, F, F, F, A],
  'Query.signingOfficialsAwaitingConfirmation': [U, F, F, F, F, F, A, F],
  'Query.auditLog': [U, F, F, F, F, F, F, A],
  'Query.auditChainStatus': [U, F, F, F, F, F, F, A],
  'Query.meeting': [U, A, A, N, N, A, A, N],
  'Query.meetings': [U, A, A, A, A, A, A, A],
  'Query.notifications': [U, A, A, A, A, A, A, A],
  'Query.proposal': [U, A, A, A, N, A, A, N],
  'Query.proposalEventCursor': [U, A, A, A, A, A, A, A],
  'Query.proposals': [U, A, A, A, A, A, A, A],
  'Query.request': [U, A, A, A, N, A, A, N],
  'Query.requestEventCursor': [U, A, A, A, A, A, A, A],
  'Query.requests': [U, A, A, A, A, A, A, A],
  'Query.task': [U, A, A, N, N, A, A, N],
  'Query.taskEventCursor': [U, A, A, A, A, A, A, A],
  'Query.taskQuarters': [U, A, A, A, A, A, A, A],
  'Query.taskStatistics': [U, A, A, N, N, A, A, N],
  'Query.taskTrend': [U, A, A, N, N, A, A, N],
  'Query.tasks': [U, A, A, A, A, A, A, A],
  'Query.unreadNotificationCount': [U, A, A, A, A, A, A, A],
  'Query.workQueue': [U, A, A, A, A, A, A, A],

  // ── coordination requests (STNMT → STC) ─────────────────────────────────────────────────────────
  'Mutation.createRequest': [U, A, A, A, A, A, A, A],
  'Mutation.updateRequestDraft': [U, A, A, N, N, N, N, N],
  'Mutation.submitRequest': [U, A, A, N, N, N, N, N],
  'Mutation.acknowledgeRequest': [U, F, F, A, N, F, F, N],
  'Mutation.assignRequest': [U, F, F, A, N, F, F, N],
  'Mutation.respondToRequest': [U, F, F, A, N, F, F, N],
  'Mutation.declineRequest': [U, F, F, A, N, F, F, N],
  'Mutation.closeRequest': [U, F, A, F, N, F, F, N],
  'Mutation.reopenRequest': [U, A, A, F, N, F, F, N],
  'Mutation.withdrawRequest': [U, A, A, F, N, F, F, N],
  'Mutation.escalateRequest': [U, A, A, F, N, F, F, N],
  'Mutation.resolveRequestEscalation': [U, F, F, F, N, F, A, N],
  'Mutation.commentOnRequest': [U, A, A, A, N, A, A, N],

  // ── proposals (STNMT's, FUNDING → appraised by STC) and decisions ───────────────────────────────
  // linking a request the caller cannot read is refused (NOT_FOUND on linkedRequestIds)
  'Mutation.createProposal': [U, A, A, A, N, A, A, N],
  'Mutation.updateProposalDraft': [U, A, A, N, N, N, N, N],
  'Mutation.submitProposal': [U, F, A, N, N, N, N, N],
  'Mutation.appraiseProposal': [U, F, F, A, N, F, F, N],
  'Mutation.returnProposal': [U, F, F, F, N, F, A, N],
  'Mutation.reopenProposalAppraisal': [U, F, F, F, N, F, A, N],
  'Mutation.withdrawProposal': [U, F, A, F, N, F, F, N],
  'Mutation.decideProposal': [U, F, F, F, N, F, A, N],
  'Mutation.amendDecision': [U, F, F, F, F, F, A, F],
  'Mutation.revokeDecision': [U, F, F, F, F, F, A, F],

  // ── tasks (assigned by the Committee to STNMT), quarters, meetings ──────────────────────────────
  'Mutation.assignTask': [U, F, F, F, F, F, A, F],
  'Mutation.reportTaskProgress': [U, A, A, N, N, F, F, N],
  'Mutation.completeTask': [U, F, A, N, N, F, F, N],
  'Mutation.reopenTask': [U, F, F, N, N, F, A, N],
  'Mutation.cancelTask': [U, F, F, N, N, F, A, N],
  'Mutation.linkTaskRequests': [U, A, A, N, N, A, A, N],
  'Mutation.closeQuarter': [U, F, F, F, F, F, A, F],
  'Mutation.createMeeting': [U, F, F, F, F, A, A, F],
  'Mutation.updateMeetingDraft': [U, N, N, N, N, A, A, N],
  'Mutation.publishConclusion': [U, N, N, N, N, F, A, N],

  // ── directory, accounts, sessions, notifications ────────────────────────────────────────────────
  'Mutation.createAgency': [U, F, F, F, F, F, F, A],
  'Mutation.updateAgency': [U, F, F, F, F, F, F, A],
  'Mutation.createUser': [U, F, F, F, F, F, F, A],
  'Mutation.setUserActive': [U, F, F, F, F, F, F, A],
  'Mutation.updateUser': [U, F, F, F, F, F, F, A],
  'Mutation.resetPassword': [U, F, F, F, F, F, F, A],
  'Mutation.changePassword': [U, A, A, A, A, A, A, A],
  'Mutation.confirmSigningOfficial': [U, F, F, F, F, F, A, F],
  // delegations: a leader gives (to a colleague of their own agency), only the grantor revokes, and
  // an official who is no party to a delegation does not see it
  'Query.myDelegations': [U, A, A, A, A, A, A, A],
  'Mutation.delegatePowers': [U, F, A, A, A, F, A, F],
  'Mutation.revokeDelegation': [U, F, A, N, N, N, N, N],
  'Mutation.login': [A, A, A, A, A, A, A, A],
  'Mutation.logout': [U, A, A, A, A, A, A, A],
  'Mutation.logoutEverywhere': [U, A, A, A, A, A, A, A],
  'Mutation.markNotificationsRead': [U, A, A, A, A, A, A, A],

  // ── subscriptions (feeds: N = the record's events never arrive) ─────────────────────────────────
  'Subscription.agencyChanged': [U, A, A, A, A, A, A, A],
  'Subscription.notificationCountChanged': [U, A, A, A, A, A, A, A],
  'Subscription.requestChanged': [U, A, A, A, N, A, A, N],
  'Subscription.requestFeed': [U, A, A, A, N, A, A, N],
  'Subscription.proposalChanged': [U, A, A, A, N, A, A, N],
  'Subscription.proposalFeed': [U, A, A, A, N, A, A, N],
  'Subscription.taskChanged': [U, A, A, N, N, A, A, N],
  'Subscription.taskFeed': [U, A, A, N, N, A, A, N],
} as const satisfies Record<string, Row>;

export type Operation = keyof typeof MATRIX;

/** One operation's expected outcomes, by actor. */
export function expectedRow(operation: Operation): Record<Actor, Outcome> {
  const row: Row = MATRIX[operation];
  return Object.fromEntries(ACTORS.map((actor, i) => [actor, row[i]])) as Record<Actor, Outcome>;
}

/** Whether the single-record query `operation` lets `actor` read the world's record. */
export const mayRead = (operation: Operation, actor: Actor): boolean => expectedRow(operation)[actor] === A;

// ── the samples ──────────────────────────────────────────────────────────────────────────────────

export interface GraphQLResult {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; code: string }[] } }[];
}

/** What the samples need from the server under test (a TestApp fits). */
export interface Api {
  gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResult>;
  login(username: string, password?: string): Promise<string>;
}

export type Ref = { id: string; version: number };

/** One HTTP call; `token` (when present, even undefined) replaces the actor's own session. */
export interface Call {
  query: string;
  variables?: Record<string, unknown>;
  token?: string;
}

export interface QueryProbe {
  kind: 'query';
  call(w: World, actor: Actor): Call;
  /** After an allowed call: what leaked (a description), or null. */
  check?(w: World, data: Record<string, any>, actor: Actor): string | null | Promise<string | null>;
}

export interface MutationProbe<T = unknown> {
  kind: 'mutation';
  /**
   * The record the call acts on. Made once for the cells expected to be denied (which must leave
   * it as it was) and, with `fresh`, once more for each cell expected to be allowed.
   */
  target?(w: World): Promise<T>;
  fresh?: boolean;
  call(w: World, target: T, actor: Actor): Call | Promise<Call>;
  /** What an authorised caller gets: success (default), or the business error the sample stops at. */
  allowedAs?: 'BAD_USER_INPUT' | 'INVALID_TRANSITION' | 'CONFLICT';
  /** An input field referring to another record: a NOT_FOUND error on it means "hidden from you". */
  hides?: string;
  check?(w: World, data: Record<string, any>, actor: Actor): string | null | Promise<string | null>;
  /** The call ends the caller's sessions: the actor signs in again afterwards. */
  endsSessions?: boolean;
}

export interface SubscriptionProbe {
  kind: 'subscription';
  /**
   * once: the first message decides (replayed events for one record, or an immediate value);
   * feed: a fresh record is made while every actor listens, between markers (see the test);
   * broadcast: a change is repeated until every listener has heard of it.
   */
  style: 'once' | 'feed' | 'broadcast';
  query: string;
  variables?(w: World): Record<string, unknown>;
  /** The record a message is about. */
  subject?(data: Record<string, any>): string;
  /** once: the record the messages must be about. */
  record?(w: World): string;
  /** feed: the world's record (replayed) and the drafts only their own agency may see. */
  replayed?(w: World): string;
  drafts?(w: World): string[];
  /** feed: makes a new record of STNMT's that the allowed actors must hear about. */
  change?(w: World): Promise<string>;
  /** feed: a record that members of `agency` may see, made now (its event comes after the change's). */
  marker?(w: World, agency: string): Promise<string>;
  /** broadcast: makes the change. */
  trigger?(w: World): Promise<void>;
}

export type Probe = QueryProbe | MutationProbe<any> | SubscriptionProbe;

const mutationProbe = <T>(probe: MutationProbe<T>): MutationProbe<any> => probe;

/** A date `days` from today in the province (UTC+7), as YYYY-MM-DD. */
export function provinceDay(days = 0): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

const mutation = (name: string, inputType: string, selection: string) =>
  `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} } }`;
const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id);
const ref = ({ id, version }: Ref): Ref => ({ id, version });

/** World records carry this word in their titles, so lists can be searched for them. */
export const WORLD_MARK = 'MATRANGOC';

/** Lists must show a record exactly to those who may read it. */
function listLeak(seen: string[], record: string, mayBeSeen: boolean, what: string): string | null {
  if (seen.includes(record) && !mayBeSeen) return `LEAK: lists ${what}`;
  if (!seen.includes(record) && mayBeSeen) return `MISSING: does not list ${what}`;
  return null;
}
const firstProblem = (...problems: (string | null)[]) => problems.find((p) => p !== null) ?? null;
const inOwnerAgency = (actor: Actor) => LOGINS[actor]?.agency === 'STNMT';
const inCommittee = (actor: Actor) => LOGINS[actor]?.agency === 'UBND';

/**
 * The records the operations act on, made through the API as the seeded officials, and the
 * factories that make fresh ones for the cells that change state.
 */
export class World {
  readonly tokens = {} as Record<Actor, string | undefined>;
  agencies: Record<string, string> = {};
  users: Record<string, string> = {};
  period = { year: 0, quarter: 0 };
  request!: Ref;
  requestDraft!: Ref;
  proposal!: Ref;
  proposalDraft!: Ref;
  proposalToDecide!: Ref;
  decisionId!: string;
  task!: Ref;
  /** STNMT's lead to its staff, in a month: never in force while the matrix runs. */
  delegationId!: string;
  meeting!: Ref;
  meetingDraft!: Ref;
  agency!: Ref;
  victim!: { id: string; token: string; notificationId: string };
  /** Officials the probes have created so far (for unique usernames). */
  created = 0;
  /** Event ids of the world's records, by kind. */
  events: Record<'request' | 'proposal' | 'task', string[]> = { request: [], proposal: [], task: [] };

  private constructor(
    readonly api: Api,
    readonly demoPassword: string,
  ) {}

  static async build(api: Api, demoPassword: string): Promise<World> {
    const w = new World(api, demoPassword);
    for (const actor of ACTORS) {
      const login = LOGINS[actor];
      if (login) w.tokens[actor] = await api.login(login.username, demoPassword);
    }
    const directory = await w.send(
      'committeeLead',
      '{ currentQuarter { year quarter } agencies(first: 100) { edges { node { id code members { id username } } } } }',
    );
    w.period = directory.currentQuarter;
    for (const { node } of directory.agencies.edges as {
      node: { id: string; code: string; members: { id: string; username: string }[] };
    }[]) {
      w.agencies[node.code] = node.id;
      for (const member of node.members) w.users[member.username] = member.id;
    }

    // an official of STNMT who is none of the actors: nobody else may read or clear its bell
    const password = 'ruộng bậc thang mùa lúa chín 2026';
    const victim = await w.send('admin', mutation('createUser', 'CreateUserInput', 'user { id }'), {
      input: {
        agencyId: w.agencies.STNMT,
        username: 'matran.nannhan',
        fullName: 'Cán bộ thử ma trận',
        title: 'Chuyên viên',
        role: 'STAFF',
        password,
      },
    });
    const victimToken = await api.login('matran.nannhan', password);
    w.agency = await w.act(
      'admin',
      'createAgency',
      'CreateAgencyInput',
      { code: 'MATRAN', name: 'Đơn vị thử ma trận phân quyền', shortName: 'Thử ma trận', kind: 'SECTOR' },
      'agency',
    );

    // the world's records; of each kind, the one the outsider may not read is the newest
    w.meetingDraft = await w.draftMeeting();
    w.meeting = await w.publishedMeeting();
    w.proposalDraft = await w.draftProposal(`Đề xuất nháp ${WORLD_MARK}`);
    w.decisionId = await w.decision();
    w.proposalToDecide = await w.proposalInReview();
    w.proposal = await w.proposalInAppraisal(`Đề xuất ${WORLD_MARK}`);
    w.requestDraft = await w.draftRequest(`Đề nghị nháp ${WORLD_MARK}`);
    w.request = await w.submittedRequest(`Đề nghị ${WORLD_MARK}`);
    w.task = await w.openTask(`Nhiệm vụ ${WORLD_MARK}`);
    w.delegationId = await w.laterDelegation();

    const bell = await w.api.gql('{ notifications(first: 1) { edges { node { id } } } }', {}, victimToken);
    w.victim = {
      id: victim.createUser.user.id,
      token: victimToken,
      notificationId: bell.data!.notifications.edges[0].node.id,
    };
    const timelines = await w.send(
      'ownerLead',
      `query($r: ID!, $p: ID!, $t: ID!) { request(id: $r) { timeline { id } } proposal(id: $p) { timeline { id } } task(id: $t) { timeline { id } } }`,
      { r: w.request.id, p: w.proposal.id, t: w.task.id },
    );
    for (const kind of ['request', 'proposal', 'task'] as const)
      w.events[kind] = timelines[kind].timeline.map((e: { id: string }) => e.id);
    return w;
  }

  token(actor: Actor): string {
    const token = this.tokens[actor];
    if (!token) throw new Error(`${actor} has no session`);
    return token;
  }

  /** Calls as `actor` and returns the data, or throws with the error. */
  /** A delegation of STNMT's lead to its staff that starts in a month (so no other probe meets it in force). */
  async laterDelegation(): Promise<string> {
    const input = {
      delegateId: this.users['stnmt.staff'],
      powers: ['ACKNOWLEDGE'],
      startsOn: provinceDay(30),
      endsOn: provinceDay(31),
    };
    const data = await this.send('ownerLead', mutation('delegatePowers', 'DelegatePowersInput', 'delegation { id }'), {
      input,
    });
    return data.delegatePowers.delegation.id as string;
  }

  async send(actor: Actor, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
    const result = await this.api.gql(query, variables, this.token(actor));
    if (result.errors?.length)
      throw new Error(
        `${actor}: ${result.errors[0].extensions?.code} ${result.errors[0].message} (${JSON.stringify(result.errors[0].extensions?.fields ?? [])})`,
      );
    return result.data!;
  }

  /** A mutation taking `input`, returning `{ <payload> { id version } }`. */
  async act(
    actor: Actor,
    name: string,
    inputType: string,
    input: Record<string, unknown>,
    payload: string,
  ): Promise<Ref> {
    const data = await this.send(actor, mutation(name, inputType, `${payload} { id version }`), { input });
    return ref(data[name][payload]);
  }

  /** The record as it is now (for its current version). */
  async current(kind: 'request' | 'proposal' | 'task' | 'meeting', id: string): Promise<Ref> {
    const reader: Actor = kind === 'meeting' ? 'committeeLead' : 'ownerLead';
    const data = await this.send(reader, `query($id: ID!) { ${kind}(id: $id) { id version } }`, { id });
    return ref(data[kind]);
  }

  // requests: STNMT asks STC
  draftRequest(title = 'Đề nghị thử ma trận phân quyền'): Promise<Ref> {
    return this.act(
      'ownerLead',
      'createRequest',
      'CreateRequestInput',
      {
        title,
        body: 'Đề nghị phối hợp rà soát hồ sơ đất đai.',
        domain: 'LAND',
        priority: 'NORMAL',
        dueDate: provinceDay(7),
        leadAgencyId: this.agencies.STC,
        supportingAgencyIds: [],
      },
      'request',
    );
  }
  async submittedRequest(title?: string): Promise<Ref> {
    return this.act('ownerLead', 'submitRequest', 'RequestActionInput', ref(await this.draftRequest(title)), 'request');
  }
  async respondedRequest(): Promise<Ref> {
    return this.act(
      'partnerLead',
      'respondToRequest',
      'RequestTextInput',
      { ...ref(await this.submittedRequest()), text: 'Sở Tài chính đã rà soát xong.' },
      'request',
    );
  }
  async escalatedRequest(): Promise<Ref> {
    return this.act(
      'ownerLead',
      'escalateRequest',
      'RequestTextInput',
      { ...ref(await this.submittedRequest()), text: 'Chưa được tiếp nhận.' },
      'request',
    );
  }

  // proposals: STNMT asks for funding, appraised by STC
  draftProposal(title = 'Đề xuất thử ma trận phân quyền'): Promise<Ref> {
    return this.act(
      'ownerLead',
      'createProposal',
      'CreateProposalInput',
      {
        title,
        rationale: 'Giải quyết hồ sơ đất đai tồn đọng.',
        fiscalYear: this.period.year,
        items: [
          {
            kind: 'FUNDING',
            description: 'Chỉnh lý hồ sơ địa chính',
            quantity: 1,
            unit: 'gói',
            amount: '500000000',
            justification: 'Hồ sơ tồn đọng',
          },
        ],
      },
      'proposal',
    );
  }
  async proposalInAppraisal(title?: string): Promise<Ref> {
    return this.act(
      'ownerLead',
      'submitProposal',
      'ProposalActionInput',
      ref(await this.draftProposal(title)),
      'proposal',
    );
  }
  async proposalInReview(): Promise<Ref> {
    return this.act(
      'partnerLead',
      'appraiseProposal',
      'AppraiseProposalInput',
      { ...ref(await this.proposalInAppraisal()), opinion: 'SUPPORT', comment: 'Đồng ý.' },
      'proposal',
    );
  }
  /** A decided proposal's decision (its id). */
  async decision(): Promise<string> {
    const review = await this.proposalInReview();
    const { proposal } = await this.send(
      'ownerLead',
      'query($id: ID!) { proposal(id: $id) { items { id quantity amount } } }',
      { id: review.id },
    );
    const grants = proposal.items.map((i: { id: string; quantity: number; amount: string | null }) => ({
      itemId: i.id,
      grantedQuantity: i.quantity,
      grantedAmount: i.amount,
    }));
    const data = await this.send(
      'committeeLead',
      mutation('decideProposal', 'DecideProposalInput', 'proposal { decisions { id } }'),
      {
        input: { ...ref(review), conditions: 'Sử dụng đúng mục đích.', grants },
      },
    );
    return data.decideProposal.proposal.decisions[0].id;
  }

  // tasks: the Committee assigns STNMT
  openTask(title = 'Nhiệm vụ thử ma trận phân quyền'): Promise<Ref> {
    return this.act(
      'committeeLead',
      'assignTask',
      'AssignTaskInput',
      {
        title,
        category: 'KEY',
        domain: 'LAND',
        period: this.period,
        ownerAgencyId: this.agencies.STNMT,
        dueDate: provinceDay(10),
      },
      'task',
    );
  }
  async completedTask(): Promise<Ref> {
    return this.act(
      'ownerLead',
      'completeTask',
      'CompleteTaskInput',
      { ...ref(await this.openTask()), note: 'Đã hoàn thành.' },
      'task',
    );
  }

  // meetings: the Committee reviews STNMT and directs it
  meetingInput() {
    return {
      title: 'Làm việc với Sở TN&MT về kết quả quý',
      heldOn: provinceDay(0),
      chairId: this.users['ubnd.lead'],
      reviewedAgencyId: this.agencies.STNMT,
      attendees: 'Lãnh đạo UBND tỉnh, Sở TN&MT',
      summary: 'Nghe báo cáo kết quả thực hiện nhiệm vụ.',
      conclusion: 'Tập trung giải quyết hồ sơ tồn đọng.',
      directives: [
        {
          content: 'Giải quyết dứt điểm hồ sơ đất đai tồn đọng',
          kind: 'TASK',
          agencyId: this.agencies.STNMT,
          category: 'KEY',
          domain: 'LAND',
          dueDate: provinceDay(30),
        },
      ],
    };
  }
  draftMeeting(): Promise<Ref> {
    return this.act('committeeStaff', 'createMeeting', 'CreateMeetingInput', this.meetingInput(), 'meeting');
  }
  async publishedMeeting(): Promise<Ref> {
    return this.act(
      'committeeLead',
      'publishConclusion',
      'PublishConclusionInput',
      ref(await this.draftMeeting()),
      'meeting',
    );
  }
}

// One sample per operation. Mutations that would change a record the next cells use either stop at
// a business error after the authorization check (invalid but well-typed input, a stale version),
// or get a fresh record for each cell expected to be allowed (`fresh`).
export const PROBES: Record<Operation, Probe> = {
  // ── queries ──
  'Query.agencies': {
    kind: 'query',
    call: () => ({ query: '{ agencies(first: 100) { edges { node { id code } } } }' }),
  },
  'Query.agency': {
    kind: 'query',
    call: (w) => ({
      query: 'query($id: ID!) { agency(id: $id) { id code members { id } } }',
      variables: { id: w.agencies.STNMT },
    }),
  },
  'Query.currentQuarter': { kind: 'query', call: () => ({ query: '{ currentQuarter { year quarter } }' }) },
  'Query.decision': {
    kind: 'query',
    call: (w) => ({
      query: 'query($id: ID!) { decision(id: $id) { id numberText } }',
      variables: { id: w.decisionId },
    }),
  },
  'Query.decisions': {
    kind: 'query',
    call: () => ({ query: '{ decisions(first: 100) { edges { node { id } } } }' }),
    check: (w, data) => listLeak(ids(data.decisions), w.decisionId, true, 'the issued decision'),
  },
  'Query.me': {
    kind: 'query',
    call: () => ({ query: '{ me { id username } }' }),
    check: (_w, data, actor) =>
      (data.me?.username ?? null) === (LOGINS[actor]?.username ?? null)
        ? null
        : `LEAK: me is ${JSON.stringify(data.me)}`,
  },
  'Query.users': {
    kind: 'query',
    call: () => ({ query: '{ users(first: 10) { edges { node { id username agency { id } } } } }' }),
  },
  'Query.auditLog': {
    kind: 'query',
    call: () => ({ query: '{ auditLog(first: 10) { edges { node { id action chainIntact } } } }' }),
  },
  'Query.signingOfficialsAwaitingConfirmation': {
    kind: 'query',
    call: () => ({ query: '{ signingOfficialsAwaitingConfirmation { id username } }' }),
  },
  'Query.auditChainStatus': { kind: 'query', call: () => ({ query: '{ auditChainStatus { intact checked } }' }) },
  'Query.meeting': {
    kind: 'query',
    call: (w) => ({
      query: 'query($id: ID!) { meeting(id: $id) { id status directives { taskId } } }',
      variables: { id: w.meeting.id },
    }),
  },
  'Query.meetings': {
    kind: 'query',
    call: () => ({ query: '{ meetings(first: 100) { edges { node { id } } } }' }),
    check: (w, data, actor) =>
      firstProblem(
        listLeak(ids(data.meetings), w.meeting.id, mayRead('Query.meeting', actor), 'the published meeting'),
        listLeak(ids(data.meetings), w.meetingDraft.id, inCommittee(actor), 'the draft meeting'),
      ),
  },
  'Query.notifications': {
    kind: 'query',
    call: () => ({ query: '{ notifications(first: 100) { edges { node { id } } } }' }),
    check: (w, data) =>
      listLeak(ids(data.notifications), w.victim.notificationId, false, "another official's notification"),
  },
  'Query.proposal': {
    kind: 'query',
    call: (w) => ({
      query: 'query($id: ID!) { proposal(id: $id) { id status appraisals { opinion } } }',
      variables: { id: w.proposal.id },
    }),
  },
  'Query.proposalEventCursor': {
    kind: 'query',
    call: () => ({ query: '{ proposalEventCursor }' }),
    check: (w, data, actor) =>
      !mayRead('Query.proposal', actor) && w.events.proposal.includes(data.proposalEventCursor)
        ? 'LEAK: points at a hidden proposal event'
        : null,
  },
  'Query.proposals': {
    kind: 'query',
    call: () => ({ query: '{ proposals(first: 100) { edges { node { id } } } }' }),
    check: (w, data, actor) =>
      firstProblem(
        listLeak(ids(data.proposals), w.proposal.id, mayRead('Query.proposal', actor), 'the sent proposal'),
        listLeak(ids(data.proposals), w.proposalDraft.id, inOwnerAgency(actor), 'the draft proposal'),
      ),
  },
  'Query.request': {
    kind: 'query',
    call: (w) => ({
      query: 'query($id: ID!) { request(id: $id) { id status timeline { id } comments { id } } }',
      variables: { id: w.request.id },
    }),
  },
  'Query.requestEventCursor': {
    kind: 'query',
    call: () => ({ query: '{ requestEventCursor }' }),
    check: (w, data, actor) =>
      !mayRead('Query.request', actor) && w.events.request.includes(data.requestEventCursor)
        ? 'LEAK: points at a hidden request event'
        : null,
  },
  'Query.requests': {
    kind: 'query',
    call: () => ({
      query: 'query($search: String) { requests(first: 100, filter: { search: $search }) { edges { node { id } } } }',
      variables: { search: WORLD_MARK },
    }),
    check: (w, data, actor) =>
      firstProblem(
        listLeak(ids(data.requests), w.request.id, mayRead('Query.request', actor), 'the sent request'),
        listLeak(ids(data.requests), w.requestDraft.id, inOwnerAgency(actor), 'the draft request'),
      ),
  },
  'Query.task': {
    kind: 'query',
    call: (w) => ({
      query: 'query($id: ID!) { task(id: $id) { id status progressReports { percent } } }',
      variables: { id: w.task.id },
    }),
  },
  'Query.taskEventCursor': {
    kind: 'query',
    call: () => ({ query: '{ taskEventCursor }' }),
    check: (w, data, actor) =>
      !mayRead('Query.task', actor) && w.events.task.includes(data.taskEventCursor)
        ? 'LEAK: points at a hidden task event'
        : null,
  },
  'Query.taskQuarters': {
    kind: 'query',
    call: () => ({ query: '{ taskQuarters { period { year quarter } taskCount } }' }),
    check: (w, data, actor) => {
      const listed = data.taskQuarters.some(
        (q: { period: { year: number; quarter: number } }) =>
          q.period.year === w.period.year && q.period.quarter === w.period.quarter,
      );
      return listLeak(listed ? ['task'] : [], 'task', mayRead('Query.task', actor), "the quarter of STNMT's task");
    },
  },
  'Query.taskStatistics': {
    kind: 'query',
    call: (w) => ({
      query:
        'query($p: QuarterInput!, $a: ID) { taskStatistics(period: $p, agencyId: $a) { agency { code } counts { total } } }',
      variables: { p: w.period, a: w.agencies.STNMT },
    }),
  },
  'Query.taskTrend': {
    kind: 'query',
    call: (w) => ({
      query:
        'query($p: QuarterInput!, $a: ID) { taskTrend(until: $p, quarters: 2, agencyId: $a) { counts { total } } }',
      variables: { p: w.period, a: w.agencies.STNMT },
    }),
  },
  'Query.tasks': {
    kind: 'query',
    call: () => ({
      query: 'query($search: String) { tasks(first: 100, filter: { search: $search }) { edges { node { id } } } }',
      variables: { search: WORLD_MARK },
    }),
    check: (w, data, actor) => listLeak(ids(data.tasks), w.task.id, mayRead('Query.task', actor), "STNMT's task"),
  },
  'Query.unreadNotificationCount': { kind: 'query', call: () => ({ query: '{ unreadNotificationCount }' }) },
  'Query.workQueue': {
    kind: 'query',
    call: () => ({ query: '{ workQueue { items { kind record { id } } } }' }),
    check: (w, data, actor) => {
      const seen = (data.workQueue.items as { record: { id: string } }[]).map((item) => item.record.id);
      const leak = (record: string, mayBeSeen: boolean, what: string) =>
        seen.includes(record) && !mayBeSeen ? `LEAK: lists ${what}` : null;
      return firstProblem(
        leak(w.request.id, mayRead('Query.request', actor), "STNMT's request"),
        leak(w.requestDraft.id, false, 'a draft request (it waits for no one)'),
        leak(w.proposal.id, mayRead('Query.proposal', actor), "STNMT's proposal"),
        leak(w.proposalDraft.id, false, 'a draft proposal (it waits for no one)'),
        leak(w.task.id, mayRead('Query.task', actor), "STNMT's task"),
        leak(w.victim.notificationId, false, "another official's notification"),
        // a draft meeting waits for the Committee's leaders to publish it
        listLeak(seen, w.meetingDraft.id, inCommittee(actor), 'the draft meeting'),
      );
    },
  },

  // ── requests ──
  'Mutation.createRequest': mutationProbe({
    kind: 'mutation',
    allowedAs: 'BAD_USER_INPUT', // a title too short
    call: (w) => ({
      query: mutation('createRequest', 'CreateRequestInput', 'request { id }'),
      variables: {
        input: {
          title: 'x',
          body: 'x',
          domain: 'LAND',
          priority: 'NORMAL',
          dueDate: provinceDay(7),
          leadAgencyId: w.agencies.CTHUE,
          supportingAgencyIds: [],
        },
      },
    }),
  }),
  'Mutation.updateRequestDraft': mutationProbe({
    kind: 'mutation',
    allowedAs: 'BAD_USER_INPUT',
    target: (w) => w.current('request', w.requestDraft.id),
    call: (w, r: Ref) => ({
      query: mutation('updateRequestDraft', 'UpdateRequestDraftInput', 'request { id }'),
      variables: {
        input: {
          ...r,
          title: 'x',
          body: 'x',
          domain: 'LAND',
          priority: 'NORMAL',
          dueDate: provinceDay(7),
          leadAgencyId: w.agencies.STC,
          supportingAgencyIds: [],
        },
      },
    }),
  }),
  'Mutation.submitRequest': mutationProbe({
    kind: 'mutation',
    fresh: true,
    target: (w) => w.draftRequest(),
    call: (_w, r: Ref) => ({
      query: mutation('submitRequest', 'RequestActionInput', 'request { id }'),
      variables: { input: r },
    }),
  }),
  'Mutation.acknowledgeRequest': mutationProbe({
    kind: 'mutation',
    fresh: true,
    target: (w) => w.submittedRequest(),
    call: (_w, r: Ref) => ({
      query: mutation('acknowledgeRequest', 'RequestActionInput', 'request { id }'),
      variables: { input: r },
    }),
  }),
  'Mutation.assignRequest': mutationProbe({
    kind: 'mutation',
    allowedAs: 'BAD_USER_INPUT', // the assignee is not one of the agency's officials
    target: (w) => w.current('request', w.request.id),
    call: (_w, r: Ref) => ({
      query: mutation('assignRequest', 'AssignRequestInput', 'request { id }'),
      variables: { input: { ...r, assigneeId: 'khong-co-nguoi-nay' } },
    }),
  }),
  'Mutation.respondToRequest': mutationProbe({
    kind: 'mutation',
    fresh: true,
    target: (w) => w.submittedRequest(),
    call: (_w, r: Ref) => ({
      query: mutation('respondToRequest', 'RequestTextInput', 'request { id }'),
      variables: { input: { ...r, text: 'Đã xử lý.' } },
    }),
  }),
  'Mutation.declineRequest': mutationProbe({
    kind: 'mutation',
    fresh: true,
    target: (w) => w.submittedRequest(),
    call: (_w, r: Ref) => ({
      query: mutation('declineRequest', 'RequestTextInput', 'request { id }'),
      variables: { input: { ...r, text: 'Không thuộc thẩm quyền.' } },
    }),
  }),
  'Mutation.closeRequest': mutationProbe({
    kind: 'mutation',
    fresh: true,
    target: (w) => w.respondedRequest(),
    call: (_w, r: Ref) => ({
      query: mutation('closeRequest', 'OptionalTextInput', 'request { id }'),
      variables: { input: r },
    }),
  }),
  'Mutation.reopenRequest': mutationProbe({
    kind: 'mutation',
    fresh: true,
    target: (w) => w.respondedRequest(),
    call: (_w, r: Ref) => ({
      query: mutation('reopenRequest', 'RequestTextInput', 'request { id }'),
      variables: { input: { ...r, text: 'Chưa đủ.' } },
    }),
  }),
  'Mutation.withdrawRequest': mutationProbe({
    kind: 'mutation',
    fresh: true,
    target: (w) => w.submittedRequest(),
    call: (_w, r: Ref) => ({
      query: mutation('withdrawRequest', 'OptionalTextInput', 'request { id }'),
      variables: { input: r },
    }),
  }),
  'Mutation.escalateRequest': mutationProbe({
    kind: 'mutation',
    fresh: true,
    target: (w) => w.submittedRequest(),
    call: (_w, r: Ref) => ({
      query: mutation('escalateRequest', 'RequestTextInput', 'request { id }'),
      variables: { input: { ...r, text: 'Chậm xử lý.' } },
    }),
  }),
  'Mutation.resolveRequestEscalation': mutationProbe({
    kind: 'mutation',
    fresh: true,
    target: (w) => w.escalatedRequest(),
    call: (_w, r: Ref) => ({
      query: mutation('resolveRequestEscalation', 'ResolveEscalationInput', 'request { id }'),
      variables: { input: { ...r, directive: 'Sở Tài chính xử lý trong 5 ngày.', dueDate: provinceDay(12) } },
    }),
  }),
  'Mutation.commentOnRequest': mutationProbe({
    kind: 'mutation', // a comment takes no version: the request's other cells read it afresh
    call: (w) => ({
      query: mutation('commentOnRequest', 'CommentOnRequestInput', 'request { id }'),
      variables: { input: { id: w.request.id, body: 'Ý kiến trao đổi.' } },
    }),
  }),

  // ── proposals and decisions ──
  'Mutation.createProposal': mutationProbe({
    kind: 'mutation',
    allowedAs: 'BAD_USER_INPUT', // a title too short; and it links the request STNMT sent STC
    hides: 'linkedRequestIds',
    call: (w) => ({
      query: mutation('createProposal', 'CreateProposalInput', 'proposal { id }'),
      variables: {
        input: {
          title: 'x',
          rationale: 'x',
          fiscalYear: w.period.year,
          linkedRequestIds: [w.request.id],
          items: [{ kind: 'OTHER', description: 'x', quantity: 1, unit: 'gói', justification: 'x' }],
        },
      },
    }),
  }),
  'Mutation.updateProposalDraft': mutationProbe({
    kind: 'mutation',
    allowedAs: 'BAD_USER_INPUT',
    target: (w) => w.current('proposal', w.proposalDraft.id),
    call: (w, p: Ref) => ({
      query: mutation('updateProposalDraft', 'UpdateProposalDraftInput', 'proposal { id }'),
      variables: { input: { ...p, title: 'x', rationale: 'x', fiscalYear: w.period.year, items: [] } },
    }),
  }),
  'Mutation.submitProposal': mutationProbe({
    kind: 'mutation',
    fresh: true,
    target: (w) => w.draftProposal(),
    call: (_w, p: Ref) => ({
      query: mutation('submitProposal', 'ProposalActionInput', 'proposal { id }'),
      variables: { input: p },
    }),
  }),
  'Mutation.appraiseProposal': mutationProbe({
    kind: 'mutation',
    fresh: true,
    target: (w) => w.proposalInAppraisal(),
    call: (_w, p: Ref) => ({
      query: mutation('appraiseProposal', 'AppraiseProposalInput', 'proposal { id }'),
      variables: { input: { ...p, opinion: 'SUPPORT', comment: 'Đồng ý.' } },
    }),
  }),
  'Mutation.returnProposal': mutationProbe({
    kind: 'mutation',
    fresh: true,
    target: (w) => w.proposalInAppraisal(),
    call: (_w, p: Ref) => ({
      query: mutation('returnProposal', 'ProposalReasonInput', 'proposal { id }'),
      variables: { input: { ...p, reason: 'Bổ sung thuyết minh.' } },
    }),
  }),
  'Mutation.reopenProposalAppraisal': mutationProbe({
    kind: 'mutation',
    fresh: true,
    target: (w) => w.proposalInReview(),
    call: (_w, p: Ref) => ({
      query: mutation('reopenProposalAppraisal', 'ProposalReasonInput', 'proposal { id }'),
      variables: { input: { ...p, reason: 'Thẩm định lại.' } },
    }),
  }),
  'Mutation.withdrawProposal': mutationProbe({
    kind: 'mutation',
    fresh: true,
    target: (w) => w.proposalInAppraisal(),
    call: (_w, p: Ref) => ({
      query: mutation('withdrawProposal', 'ProposalActionInput', 'proposal { id }'),
      variables: { input: p },
    }),
  }),
  'Mutation.decideProposal': mutationProbe({
    kind: 'mutation',
    allowedAs: 'BAD_USER_INPUT', // no grant for the proposal's item: nothing is issued
    target: (w) => w.current('proposal', w.proposalToDecide.id),
    call: (_w, p: Ref) => ({
      query: mutation('decideProposal', 'DecideProposalInput', 'proposal { id }'),
      variables: { input: { ...p, conditions: 'Không.', grants: [] } },
    }),
  }),
  'Mutation.amendDecision': mutationProbe({
    kind: 'mutation',
    allowedAs: 'BAD_USER_INPUT', // no grants for the decision's lines: nothing is issued
    call: (w) => ({
      query: mutation('amendDecision', 'AmendDecisionInput', 'decision { id }'),
      variables: { input: { decisionId: w.decisionId, conditions: 'Sửa đổi.', grants: [] } },
    }),
  }),
  'Mutation.revokeDecision': mutationProbe({
    kind: 'mutation',
    fresh: true,
    target: (w) => w.decision(),
    call: (_w, decisionId: string) => ({
      query: mutation('revokeDecision', 'RevokeDecisionInput', 'decision { id }'),
      variables: { input: { decisionId, reason: 'Không còn phù hợp.' } },
    }),
  }),

  // ── tasks, quarters, meetings ──
  'Mutation.assignTask': mutationProbe({
    kind: 'mutation',
    allowedAs: 'BAD_USER_INPUT', // a title too short
    call: (w) => ({
      query: mutation('assignTask', 'AssignTaskInput', 'task { id }'),
      variables: {
        input: {
          title: 'x',
          category: 'KEY',
          domain: 'LAND',
          period: w.period,
          ownerAgencyId: w.agencies.STNMT,
          dueDate: provinceDay(10),
        },
      },
    }),
  }),
  'Mutation.reportTaskProgress': mutationProbe({
    kind: 'mutation',
    allowedAs: 'BAD_USER_INPUT', // 120 %
    target: (w) => w.current('task', w.task.id),
    call: (_w, task: Ref) => ({
      query: mutation('reportTaskProgress', 'ReportTaskProgressInput', 'task { id }'),
      variables: { input: { ...task, percent: 120, note: 'Tiến độ.' } },
    }),
  }),
  'Mutation.completeTask': mutationProbe({
    kind: 'mutation',
    fresh: true,
    target: (w) => w.openTask(),
    call: (_w, task: Ref) => ({
      query: mutation('completeTask', 'CompleteTaskInput', 'task { id }'),
      variables: { input: { ...task, note: 'Đã hoàn thành.' } },
    }),
  }),
  'Mutation.reopenTask': mutationProbe({
    kind: 'mutation',
    fresh: true,
    target: (w) => w.completedTask(),
    call: (_w, task: Ref) => ({
      query: mutation('reopenTask', 'TaskReasonInput', 'task { id }'),
      variables: { input: { ...task, reason: 'Thiếu minh chứng.' } },
    }),
  }),
  'Mutation.cancelTask': mutationProbe({
    kind: 'mutation',
    fresh: true,
    target: (w) => w.openTask(),
    call: (_w, task: Ref) => ({
      query: mutation('cancelTask', 'TaskReasonInput', 'task { id }'),
      variables: { input: { ...task, reason: 'Gộp vào nhiệm vụ khác.' } },
    }),
  }),
  'Mutation.linkTaskRequests': mutationProbe({
    kind: 'mutation',
    allowedAs: 'BAD_USER_INPUT', // an id that is no request
    target: (w) => w.current('task', w.task.id),
    call: (_w, task: Ref) => ({
      query: mutation('linkTaskRequests', 'LinkTaskRequestsInput', 'task { id }'),
      variables: { input: { ...task, requestIds: ['khong-co-de-nghi-nay'] } },
    }),
  }),
  'Mutation.closeQuarter': mutationProbe({
    kind: 'mutation',
    allowedAs: 'BAD_USER_INPUT', // a quarter that has not ended
    call: (w) => ({
      query: mutation('closeQuarter', 'CloseQuarterInput', 'carriedOver { id }'),
      variables: { input: { period: { year: w.period.year + 1, quarter: 4 } } },
    }),
  }),
  'Mutation.createMeeting': mutationProbe({
    kind: 'mutation',
    allowedAs: 'BAD_USER_INPUT', // a title too short
    call: (w) => ({
      query: mutation('createMeeting', 'CreateMeetingInput', 'meeting { id }'),
      variables: { input: { ...w.meetingInput(), title: 'x' } },
    }),
  }),
  'Mutation.updateMeetingDraft': mutationProbe({
    kind: 'mutation',
    allowedAs: 'BAD_USER_INPUT',
    target: (w) => w.current('meeting', w.meetingDraft.id),
    call: (w, m: Ref) => ({
      query: mutation('updateMeetingDraft', 'UpdateMeetingDraftInput', 'meeting { id }'),
      variables: { input: { ...w.meetingInput(), ...m, title: 'x' } },
    }),
  }),
  'Mutation.publishConclusion': mutationProbe({
    kind: 'mutation',
    fresh: true,
    target: (w) => w.draftMeeting(),
    call: (_w, m: Ref) => ({
      query: mutation('publishConclusion', 'PublishConclusionInput', 'meeting { id }'),
      variables: { input: m },
    }),
  }),

  // ── directory, accounts, sessions, notifications ──
  'Mutation.createAgency': mutationProbe({
    kind: 'mutation',
    allowedAs: 'BAD_USER_INPUT', // no name
    call: () => ({
      query: mutation('createAgency', 'CreateAgencyInput', 'agency { id }'),
      variables: { input: { code: 'MATRAN-MOI', name: '', shortName: 'x', kind: 'SECTOR' } },
    }),
  }),
  'Mutation.updateAgency': mutationProbe({
    kind: 'mutation',
    allowedAs: 'CONFLICT', // a version from the future
    call: (w) => ({
      query: mutation('updateAgency', 'UpdateAgencyInput', 'agency { id }'),
      variables: { input: { id: w.agency.id, version: w.agency.version + 1000, name: 'Đơn vị đổi tên' } },
    }),
  }),
  'Mutation.createUser': mutationProbe({
    kind: 'mutation',
    allowedAs: 'BAD_USER_INPUT', // a malformed username
    call: (w) => ({
      query: mutation('createUser', 'CreateUserInput', 'user { id }'),
      variables: {
        input: {
          agencyId: w.agencies.STNMT,
          username: 'Sai Định Dạng!',
          fullName: 'x',
          title: 'x',
          role: 'STAFF',
          password: 'x',
        },
      },
    }),
  }),
  'Mutation.updateUser': mutationProbe({
    kind: 'mutation',
    allowedAs: 'CONFLICT', // a version from the future
    call: (w) => ({
      query: mutation('updateUser', 'UpdateUserInput', 'user { id }'),
      variables: {
        input: { id: w.victim.id, version: 100000, title: 'Chuyên viên', role: 'STAFF', agencyId: w.agencies.STNMT },
      },
    }),
  }),
  'Mutation.resetPassword': mutationProbe({
    kind: 'mutation', // a fresh account each time: a reset ends the account's sessions
    fresh: true,
    target: async (w) => {
      const input = {
        agencyId: w.agencies.STNMT,
        username: `matran.datlai-${++w.created}`,
        fullName: 'Người đặt lại mật khẩu',
        title: 'Chuyên viên',
        role: 'STAFF',
      };
      return (await w.send('admin', mutation('createUser', 'CreateUserInput', 'user { id }'), { input })).createUser
        .user.id as string;
    },
    call: (_w, userId: string) => ({
      query: mutation('resetPassword', 'ResetPasswordInput', 'oneTimePassword'),
      variables: { input: { userId } },
    }),
  }),
  'Mutation.changePassword': mutationProbe({
    kind: 'mutation',
    allowedAs: 'BAD_USER_INPUT', // a new password far too short
    call: () => ({
      query: mutation('changePassword', 'ChangePasswordInput', 'expiresAt'),
      variables: { input: { currentPassword: 'x', newPassword: 'ngan' } },
    }),
  }),
  'Mutation.setUserActive': mutationProbe({
    kind: 'mutation', // re-enables an account that is active: no change
    call: (w) => ({
      query: mutation('setUserActive', 'SetUserActiveInput', 'id'),
      variables: { input: { userId: w.victim.id, active: true } },
    }),
  }),
  'Mutation.confirmSigningOfficial': mutationProbe({
    kind: 'mutation', // a new Committee LEAD, created by the ADMIN, awaiting a second person's confirmation
    fresh: true,
    target: async (w) => {
      const username = `matran.pct-${++w.created}`;
      const input = {
        agencyId: w.agencies.UBND,
        username,
        fullName: 'Phó Chủ tịch thử ma trận',
        title: 'Phó Chủ tịch',
        role: 'LEAD',
        password: 'ruộng bậc thang mùa lúa chín 2026',
      };
      return (await w.send('admin', mutation('createUser', 'CreateUserInput', 'user { id }'), { input })).createUser
        .user.id as string;
    },
    call: (_w, userId: string) => ({
      query: mutation('confirmSigningOfficial', 'ConfirmSigningOfficialInput', 'awaitingConfirmation'),
      variables: { input: { userId } },
    }),
    check: (_w, data) =>
      data.confirmSigningOfficial.awaitingConfirmation === false ? null : 'still awaiting confirmation',
  }),
  'Query.myDelegations': {
    kind: 'query',
    call: () => ({ query: '{ myDelegations { given { id } received { id } } }' }),
    check: (w, data, actor) => {
      const seen = [...data.myDelegations.given, ...data.myDelegations.received].map((d: { id: string }) => d.id);
      const party = actor === 'ownerLead' || actor === 'ownerStaff';
      return seen.includes(w.delegationId) === party ? null : `LEAK or loss: ${actor} sees ${JSON.stringify(seen)}`;
    },
  },
  'Mutation.delegatePowers': mutationProbe({
    kind: 'mutation', // to a colleague of the caller's own agency, in a month (never in force during the run)
    call: (w, _target, actor) => {
      const own = LOGINS[actor];
      const colleague = own ? `${own.agency.toLowerCase()}.${own.username.endsWith('.lead') ? 'staff' : 'lead'}` : '';
      return {
        query: mutation('delegatePowers', 'DelegatePowersInput', 'delegation { id }'),
        variables: {
          input: {
            delegateId: w.users[colleague] ?? w.users['stnmt.staff'],
            powers: ['ACKNOWLEDGE'],
            startsOn: provinceDay(40),
            endsOn: provinceDay(41),
          },
        },
      };
    },
  }),
  'Mutation.revokeDelegation': mutationProbe({
    kind: 'mutation',
    fresh: true,
    target: (w) => w.laterDelegation(),
    call: (_w, delegationId: string) => ({
      query: mutation('revokeDelegation', 'RevokeDelegationInput', 'delegation { id status }'),
      variables: { input: { delegationId } },
    }),
    check: (_w, data) => (data.revokeDelegation.delegation.status === 'REVOKED' ? null : 'not revoked'),
  }),
  'Mutation.login': mutationProbe({
    kind: 'mutation',
    call: (w) => ({
      query: mutation('login', 'LoginInput', 'token'),
      variables: { input: { username: 'stnmt.staff', password: w.demoPassword } },
    }),
  }),
  'Mutation.logout': mutationProbe({
    kind: 'mutation', // a session of its own, so the actor's stays
    call: async (w, _t, actor) => ({
      query: 'mutation { logout }',
      token: LOGINS[actor] ? await w.api.login(LOGINS[actor].username, w.demoPassword) : undefined,
    }),
    check: (_w, data) => (data.logout === true ? null : 'logout did not say true'),
  }),
  'Mutation.logoutEverywhere': mutationProbe({
    kind: 'mutation',
    endsSessions: true,
    call: () => ({ query: 'mutation { logoutEverywhere }' }),
  }),
  'Mutation.markNotificationsRead': mutationProbe({
    kind: 'mutation', // asks to clear another official's notification
    call: (w) => ({
      query: mutation('markNotificationsRead', 'MarkNotificationsReadInput', 'unreadCount'),
      variables: { input: { ids: [w.victim.notificationId] } },
    }),
    check: async (w) => {
      const bell = await w.api.gql(
        '{ notifications(first: 100, unreadOnly: true) { edges { node { id } } } }',
        {},
        w.victim.token,
      );
      return ids(bell.data!.notifications).includes(w.victim.notificationId)
        ? null
        : "LEAK: cleared another official's notification";
    },
  }),

  // ── subscriptions ──
  'Subscription.agencyChanged': {
    kind: 'subscription',
    style: 'broadcast',
    query: 'subscription { agencyChanged { change agency { id } } }',
    subject: (data) => data.agencyChanged.agency.id,
    trigger: async (w) => {
      const { agency } = await w.send('admin', 'query($id: ID!) { agency(id: $id) { version } }', { id: w.agency.id });
      await w.send('admin', mutation('updateAgency', 'UpdateAgencyInput', 'agency { id }'), {
        input: { id: w.agency.id, version: agency.version, name: 'Đơn vị thử ma trận phân quyền' },
      });
    },
  },
  'Subscription.notificationCountChanged': {
    kind: 'subscription',
    style: 'once',
    query: 'subscription { notificationCountChanged }',
  },
  'Subscription.requestChanged': {
    kind: 'subscription',
    style: 'once',
    query: 'subscription($id: ID!) { requestChanged(id: $id, after: "0") { event { id type } request { id } } }',
    variables: (w) => ({ id: w.request.id }),
    subject: (data) => data.requestChanged.request.id,
    record: (w) => w.request.id,
  },
  'Subscription.requestFeed': {
    kind: 'subscription',
    style: 'feed',
    query: 'subscription { requestFeed(after: "0") { event { id type } request { id } } }',
    subject: (data) => data.requestFeed.request.id,
    replayed: (w) => w.request.id,
    drafts: (w) => [w.requestDraft.id],
    change: async (w) => (await w.submittedRequest()).id,
    // a draft of the agency's own, to a third agency
    marker: async (w, agency) =>
      (
        await w.act(
          creatorIn(agency),
          'createRequest',
          'CreateRequestInput',
          {
            title: 'Mốc của ma trận phân quyền',
            body: 'x',
            domain: 'OTHER',
            priority: 'LOW',
            dueDate: provinceDay(7),
            leadAgencyId: w.agencies.CTHUE,
            supportingAgencyIds: [],
          },
          'request',
        )
      ).id,
  },
  'Subscription.proposalChanged': {
    kind: 'subscription',
    style: 'once',
    query: 'subscription($id: ID!) { proposalChanged(id: $id, after: "0") { event { id type } proposal { id } } }',
    variables: (w) => ({ id: w.proposal.id }),
    subject: (data) => data.proposalChanged.proposal.id,
    record: (w) => w.proposal.id,
  },
  'Subscription.proposalFeed': {
    kind: 'subscription',
    style: 'feed',
    query: 'subscription { proposalFeed(after: "0") { event { id type } proposal { id } } }',
    subject: (data) => data.proposalFeed.proposal.id,
    replayed: (w) => w.proposal.id,
    drafts: (w) => [w.proposalDraft.id],
    change: async (w) => (await w.proposalInAppraisal()).id,
    marker: async (w, agency) =>
      (
        await w.act(
          creatorIn(agency),
          'createProposal',
          'CreateProposalInput',
          {
            title: 'Mốc của ma trận phân quyền',
            rationale: 'x',
            fiscalYear: w.period.year,
            items: [{ kind: 'OTHER', description: 'x', quantity: 1, unit: 'bộ', justification: 'x' }],
          },
          'proposal',
        )
      ).id,
  },
  'Subscription.taskChanged': {
    kind: 'subscription',
    style: 'once',
    query: 'subscription($id: ID!) { taskChanged(id: $id, after: "0") { event { id type } task { id } } }',
    variables: (w) => ({ id: w.task.id }),
    subject: (data) => data.taskChanged.task.id,
    record: (w) => w.task.id,
  },
  'Subscription.taskFeed': {
    kind: 'subscription',
    style: 'feed',
    query: 'subscription { taskFeed(after: "0") { event { id type } task { id } } }',
    subject: (data) => data.taskFeed.task.id,
    replayed: (w) => w.task.id,
    drafts: () => [],
    change: async (w) => (await w.openTask()).id,
    // a task for the agency, in a quarter far away so no quarter list or statistic above changes
    marker: async (w, agency) =>
      (
        await w.act(
          'committeeLead',
          'assignTask',
          'AssignTaskInput',
          {
            title: 'Mốc của ma trận phân quyền',
            category: 'ROUTINE',
            domain: 'OTHER',
            period: { year: w.period.year + 1, quarter: 4 },
            ownerAgencyId: w.agencies[agency],
            dueDate: `${w.period.year + 1}-12-31`,
          },
          'task',
        )
      ).id,
  },
};

/** The actor that makes records in `agency`'s name (its LEAD, or ADMIN for Sở TT&TT). */
function creatorIn(agency: string): Actor {
  const actor =
    ACTORS.find((a) => LOGINS[a]?.agency === agency && LOGINS[a]?.username.endsWith('.lead')) ??
    ACTORS.find((a) => LOGINS[a]?.agency === agency);
  if (!actor) throw new Error(`no actor in ${agency}`);
  return actor;
}

/** The agencies the actors belong to, each once. */
export const ACTOR_AGENCIES = [...new Set(ACTORS.flatMap((a) => (LOGINS[a] ? [LOGINS[a].agency] : [])))];
