import { A, ACTORS, LOGINS, expectedRow, type Actor, type Operation } from '../../test-support/authorization-matrix';
import { startTestApp, type TestApp } from '../../test-support/test-app';

type Capability =
  | 'readWholeProvince'
  | 'assignTasks'
  | 'closeQuarters'
  | 'recordMeetings'
  | 'publishConclusions'
  | 'submitProposals'
  | 'decideProposals'
  | 'signDecisions'
  | 'confirmSigningOfficials'
  | 'manageAgencies'
  | 'manageUsers'
  | 'administer';
type Capabilities = Record<Capability, boolean>;

const ME = `{ me { capabilities { readWholeProvince assignTasks closeQuarters recordMeetings publishConclusions submitProposals
  decideProposals signDecisions confirmSigningOfficials manageAgencies manageUsers administer } } }`;

const none: Capabilities = {
  readWholeProvince: false,
  assignTasks: false,
  closeQuarters: false,
  recordMeetings: false,
  publishConclusions: false,
  submitProposals: false,
  decideProposals: false,
  signDecisions: false,
  confirmSigningOfficials: false,
  manageAgencies: false,
  manageUsers: false,
  administer: false,
};
const committeeMember: Capabilities = { ...none, readWholeProvince: true, recordMeetings: true };

/** The seed's officials, as the authorization matrix names them. */
const EXPECTED: Record<Exclude<Actor, 'anonymous'>, Capabilities> = {
  ownerStaff: none,
  ownerLead: { ...none, submitProposals: true },
  partnerLead: { ...none, submitProposals: true },
  outsiderLead: { ...none, submitProposals: true },
  committeeStaff: committeeMember,
  committeeLead: {
    ...committeeMember,
    submitProposals: true,
    assignTasks: true,
    closeQuarters: true,
    publishConclusions: true,
    decideProposals: true,
    signDecisions: true,
    confirmSigningOfficials: true,
  },
  admin: { ...none, manageAgencies: true, manageUsers: true, administer: true },
};

/** Capabilities that are one operation of the matrix, whoever's record it acts on: the two must agree. */
const SAME_AS_MATRIX: Partial<Record<Capability, Operation[]>> = {
  assignTasks: ['Mutation.assignTask'],
  closeQuarters: ['Mutation.closeQuarter'],
  recordMeetings: ['Mutation.createMeeting'],
  publishConclusions: ['Mutation.publishConclusion'],
  decideProposals: ['Mutation.decideProposal', 'Mutation.returnProposal', 'Mutation.reopenProposalAppraisal'],
  signDecisions: ['Mutation.amendDecision', 'Mutation.revokeDecision'],
  confirmSigningOfficials: ['Mutation.confirmSigningOfficial', 'Query.signingOfficialsAwaitingConfirmation'],
  manageAgencies: ['Mutation.createAgency', 'Mutation.updateAgency'],
  manageUsers: ['Mutation.createUser', 'Mutation.setUserActive'],
  administer: [
    'Query.users',
    'Query.auditLog',
    'Query.auditChainStatus',
    'Mutation.updateUser',
    'Mutation.resetPassword',
  ],
};

describe('User.capabilities: what the signed-in user may do, from the policies', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.stop());

  const capabilitiesAs = async (token: string) =>
    (await t.gql<{ me: { capabilities: Capabilities } }>(ME, {}, token)).data!.me.capabilities;

  it.each(Object.keys(EXPECTED) as (keyof typeof EXPECTED)[])('%s', async (actor) => {
    const capabilities = await capabilitiesAs(await t.login(LOGINS[actor]!.username));
    expect(capabilities).toEqual(EXPECTED[actor]);
  });

  it('agrees with the authorization matrix', () => {
    for (const [capability, operations] of Object.entries(SAME_AS_MATRIX)) {
      for (const operation of operations) {
        const allowed = Object.fromEntries(
          ACTORS.filter((a) => a !== 'anonymous').map((a) => [a, expectedRow(operation)[a] === A]),
        );
        const offered = Object.fromEntries(Object.entries(EXPECTED).map(([a, c]) => [a, c[capability as Capability]]));
        expect({ operation, offered }).toEqual({ operation, offered: allowed });
      }
    }
  });

  it('a Committee LEAD awaiting confirmation acts as STAFF: a member, no leader', async () => {
    const admin = await t.login('admin');
    const agencies = await t.gql<{ agencies: { edges: { node: { id: string; code: string } }[] } }>(
      '{ agencies(first: 100) { edges { node { id code } } } }',
      {},
      admin,
    );
    const committeeId = agencies.data!.agencies.edges.find((e) => e.node.code === 'UBND')!.node.id;
    const password = 'đồng-lúa-xanh-mướt-2026';
    const input = {
      username: 'ubnd.pct-moi',
      password,
      fullName: 'Trần Văn Mới',
      title: 'Phó Chủ tịch UBND tỉnh',
      role: 'LEAD',
      agencyId: committeeId,
    };
    const created = await t.gql(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }',
      { input },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const pending = await t.login('ubnd.pct-moi', password);
    expect(await capabilitiesAs(pending)).toEqual(committeeMember);
    // and so the meeting form offers them as no chair
    expect((await t.gql('{ me { role actingRole } }', {}, pending)).data!.me).toEqual({
      role: 'LEAD',
      actingRole: 'STAFF',
    });
  });

  it("is the viewer's own: null on any other user", async () => {
    const token = await t.login('ubnd.lead');
    const r = await t.gql<{ me: { agency: { members: { username: string; capabilities: Capabilities | null }[] } } }>(
      '{ me { agency { members { username capabilities { assignTasks } } } } }',
      {},
      token,
    );
    const members = r.data!.me.agency.members;
    expect(members.find((m) => m.username === 'ubnd.lead')!.capabilities).toEqual({ assignTasks: true });
    const others = members.filter((m) => m.username !== 'ubnd.lead');
    expect(others.length).toBeGreaterThan(0);
    expect(others.map((m) => m.capabilities)).toEqual(others.map(() => null));
  });
});
