import { startTestApp, type TestApp } from '../test-support/test-app';

describe('the demo world', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { demoRequests: true } });
  });
  afterAll(() => t.stop());

  it('contains the article\'s requests, played through the real workflow', async () => {
    const committee = await t.login('ubnd.lead');
    const result = await t.gql<{ requests: { edges: { node: { code: string; title: string; status: string; overdue: boolean; leadAgency: { code: string } } }[] } }>(
      '{ requests(first: 100) { edges { node { code title status overdue leadAgency { code } } } } }', {}, committee);
    const requests = result.data!.requests.edges.map((e) => e.node);
    expect(requests.length).toBeGreaterThanOrEqual(6);
    expect(requests.every((r) => /^PH-\d{4}-\d{4}$/.test(r.code))).toBe(true);
    expect(requests.filter((r) => r.status === 'ESCALATED' && r.overdue)).toHaveLength(1);
    expect(requests.filter((r) => r.status === 'CLOSED')).toHaveLength(1);
    expect(requests.some((r) => r.leadAgency.code.startsWith('VPDKDD-'))).toBe(true);

    const locality = await t.login('ubnd-ts.staff');
    const outbox = await t.gql<{ requests: { edges: { node: { status: string; timeline: { type: string }[] } }[] } }>(
      '{ requests(filter: { box: OUTBOX }) { edges { node { status timeline { type } } } } }', {}, locality);
    expect(outbox.data!.requests.edges[0].node.status).toBe('RESPONDED');
    expect(outbox.data!.requests.edges[0].node.timeline.map((e) => e.type)).toEqual(['CREATED', 'SUBMITTED', 'ACKNOWLEDGED', 'RESPONDED', 'RESPONDED']);
  });

  it('contains Sở TN&MT\'s petition, appraised and partly granted by the vice-chair, and one proposal in review', async () => {
    const department = await t.login('stnmt.lead');
    const result = await t.gql<{ proposals: { edges: { node: { status: string; totalAmount: string; decisions: { numberText: string; outcome: string; signerName: string; signingForm: string; totalGranted: string }[] } }[] } }>(
      '{ proposals(first: 10) { edges { node { status totalAmount decisions { numberText outcome signerName signingForm totalGranted } } } } }', {}, department);
    const proposals = result.data!.proposals.edges.map((e) => e.node);
    expect(proposals.map((p) => p.status).sort()).toEqual(['DECIDED', 'IN_REVIEW']);
    const decided = proposals.find((p) => p.status === 'DECIDED')!;
    expect(decided.totalAmount).toBe('3100000000');
    expect(decided.decisions).toEqual([
      { numberText: '1/QĐ-UBND', outcome: 'PARTIALLY_APPROVED', signerName: 'Lê Huyền', signingForm: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', totalGranted: '2400000000' },
    ]);
  });
});
