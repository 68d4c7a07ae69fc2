import { clientOperation } from '../test-support/client-documents';
import { startTestApp, type TestApp } from '../test-support/test-app';

/**
 * The main reads, sent exactly as the web client sends them, cost a fixed, small number of SQL
 * statements — whatever the page holds. These counts guard the read paths measured in
 * bench/RESULTS.md: a new field resolved row by row, or a side read that escapes the combined
 * statement, shows up here as a failure instead of as a slower benchmark.
 */
describe('SQL statements per read', () => {
  let t: TestApp;
  let stnmt: string;
  let committee: string;

  beforeAll(async () => {
    t = await startTestApp({ config: { demoRequests: true } });
    [stnmt, committee] = [await t.login('stnmt.staff'), await t.login('ubnd.lead')];
  });
  afterAll(() => t.stop());

  /** Statements one read costs on a session the server already knows. */
  async function statementsOf(operation: string, variables: Record<string, unknown>, token: string): Promise<number> {
    await t.gql(clientOperation(operation), variables, token);
    t.statements.length = 0;
    const result = await t.gql(clientOperation(operation), variables, token);
    expect(result.errors).toBeUndefined();
    return t.statements.length;
  }

  const firstId = async (query: string, token: string): Promise<string> => {
    const result = await t.gql<Record<string, { edges: { node: { id: string } }[] }>>(query, {}, token);
    return Object.values(result.data!)[0].edges[0].node.id;
  };

  it('reads an inbox page with its agencies and participants in one statement', async () => {
    const page = { filter: { box: 'INBOX' }, sort: 'LAST_ACTIVITY', first: 50 };
    expect(await statementsOf('RequestList', page, stnmt)).toBe(1);
  });

  it('reads a whole request page (participants, attachments, comments, timeline, links) in two', async () => {
    // the request with the longest history the viewer can open
    const id = await firstId(
      '{ requests(filter: { box: INBOX }, sort: LAST_ACTIVITY, first: 1) { edges { node { id } } } }',
      stnmt,
    );
    const detail = await t.gql<{ request: { timeline: unknown[]; participants: unknown[] } }>(
      clientOperation('RequestDetail'),
      { id },
      stnmt,
    );
    expect(detail.data!.request.timeline.length).toBeGreaterThan(1);
    expect(await statementsOf('RequestDetail', { id }, stnmt)).toBeLessThanOrEqual(2);
  });

  it('reads the dashboard (statistics, then the late tasks) in at most two each', async () => {
    const period = { year: 2023, quarter: 1 };
    expect(await statementsOf('DashboardStatistics', { period }, committee)).toBeLessThanOrEqual(2);
    expect(
      await statementsOf('DashboardTasks', { filter: { period, groups: ['NOT_DONE_OVERDUE'] }, first: 50 }, committee),
    ).toBeLessThanOrEqual(2);
  });

  it('reads a task page and a proposal page in a bounded number', async () => {
    const taskId = await firstId(
      '{ tasks(filter: { period: { year: 2023, quarter: 1 } }, first: 1) { edges { node { id } } } }',
      committee,
    );
    const proposalId = await firstId('{ proposals(first: 1) { edges { node { id } } } }', committee);
    expect(await statementsOf('TaskDetail', { id: taskId }, committee)).toBeLessThanOrEqual(2);
    // the proposal row, its side reads, and its decisions (kept apart: their money columns need exact types)
    expect(await statementsOf('ProposalDetail', { id: proposalId }, committee)).toBeLessThanOrEqual(3);
  });

  it('pays one more statement only on the first read of a new session', async () => {
    const fresh = await t.login('stnmt.lead');
    const page = { filter: { box: 'INBOX' }, sort: 'LAST_ACTIVITY', first: 50 };
    t.statements.length = 0;
    expect((await t.gql(clientOperation('RequestList'), page, fresh)).errors).toBeUndefined();
    expect(t.statements.length).toBe(2);
  });
});
