import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { seedDemoData } from '../../seeding/demo-seeder';
import { DEMO_PASSWORD, startTestApp, testConfig, type TestApp } from '../../test-support/test-app';
import { verifyAuditChain } from '../audit';
import { verifyDecisionSeals } from './decision-seal';

const AUDIT_CLI = path.resolve(__dirname, '..', '..', '..', 'dist', 'audit-cli.js');

interface D {
  id: string;
  numberText: string;
  lines: { itemId: string; grantedQuantity: number; grantedAmount: string | null }[];
}

/** Issue 18, finding 6: the register cannot be truncated, and each decision's content is sealed in the audit log. */
describe('the decision register: no TRUNCATE, every decision sealed', () => {
  let t: TestApp;
  let db: pg.Client;
  const tokens: Record<string, string> = {};
  const sql = (text: string, params: unknown[] = []) => db.query(text, params);
  /** What an intruder with the owner's rights would do: switch the guards off for one statement. */
  const bypassingTriggers = async (text: string, params: unknown[]) => {
    await sql('set session_replication_role = replica');
    await sql(text, params);
    await sql('set session_replication_role = origin');
  };
  const verifyCli = () =>
    promisify(execFile)(process.execPath, [AUDIT_CLI], { env: { ...process.env, DATABASE_URL: t.database.url } }).then(
      (r) => ({ code: 0, ...r }),
      (e) => e,
    );

  const mutate = async (who: string, name: string, type: string, input: Record<string, unknown>, selection: string) => {
    const r = await t.gql(
      `mutation($input: ${type}!) { ${name}(input: $input) { ${selection} } }`,
      { input },
      tokens[who],
    );
    if (r.errors) throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
    return r.data![name];
  };
  const PROPOSAL = 'proposal { id version items { id quantity amount } }';
  const DECISION = 'decision { id numberText lines { itemId grantedQuantity grantedAmount } }';
  let approval: D;
  let amendment: D;

  beforeAll(async () => {
    t = await startTestApp();
    db = new pg.Client({ connectionString: t.database.url });
    await db.connect();
    for (const u of ['stnmt.lead', 'stc.lead', 'ubnd.lead']) tokens[u] = await t.login(u);
    let { proposal: p } = await mutate(
      'stnmt.lead',
      'createProposal',
      'CreateProposalInput',
      {
        title: 'Kinh phí số hóa hồ sơ địa chính',
        rationale: 'Giải quyết hồ sơ tồn đọng',
        fiscalYear: new Date().getUTCFullYear(),
        items: [
          {
            kind: 'FUNDING',
            description: 'Số hóa hồ sơ',
            quantity: 2,
            unit: 'gói',
            amount: '800000000',
            justification: 'Hồ sơ tồn đọng',
          },
        ],
      },
      PROPOSAL,
    );
    ({ proposal: p } = await mutate(
      'stnmt.lead',
      'submitProposal',
      'ProposalActionInput',
      { id: p.id, version: p.version },
      PROPOSAL,
    ));
    ({ proposal: p } = await mutate(
      'stc.lead',
      'appraiseProposal',
      'AppraiseProposalInput',
      { id: p.id, version: p.version, opinion: 'SUPPORT', comment: 'Đồng ý.' },
      PROPOSAL,
    ));
    const grants = p.items.map((i: { id: string; quantity: number; amount: string }) => ({
      itemId: i.id,
      grantedQuantity: i.quantity,
      grantedAmount: i.amount,
    }));
    await mutate(
      'ubnd.lead',
      'decideProposal',
      'DecideProposalInput',
      { id: p.id, version: p.version, grants, conditions: 'Đúng quy định.' },
      'proposal { id }',
    );
    approval = (
      await t.gql(
        `query($id: ID!) { proposal(id: $id) { decisions { id numberText lines { itemId grantedQuantity grantedAmount } } } }`,
        { id: p.id },
        tokens['ubnd.lead'],
      )
    ).data!.proposal.decisions[0];
    ({ decision: amendment } = await mutate(
      'ubnd.lead',
      'amendDecision',
      'AmendDecisionInput',
      {
        decisionId: approval.id,
        conditions: 'Giảm một gói.',
        grants: [{ itemId: approval.lines[0].itemId, grantedQuantity: 1, grantedAmount: '400000000' }],
      },
      DECISION,
    ));
  });
  afterAll(async () => {
    await db.end();
    await t.stop();
  });

  it('refuses TRUNCATE of the register, directly and by a cascade from users', async () => {
    await expect(sql('truncate decisions')).rejects.toThrow(/decisions are immutable: TRUNCATE refused/);
    await expect(sql('truncate users cascade')).rejects.toThrow(/decisions are immutable: TRUNCATE refused/);
    expect((await sql('select count(*)::int as n from decisions')).rows[0].n).toBe(2);
  });

  it("writes each decision's seal (a SHA-256 of its content) into its DECISION.ISSUED audit row", async () => {
    const { rows } = await sql(
      `select subject_id, details from audit_log where action = 'DECISION.ISSUED' order by id`,
    );
    expect(rows.map((r) => r.subject_id)).toEqual([approval.id, amendment.id]);
    expect(rows[0].details).toEqual({
      number: approval.numberText,
      year: expect.any(Number),
      seal: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(await verifyDecisionSeals(t.app.orm.em.fork())).toEqual({ checked: 2, problems: [] });
  });

  it('names a decision whose lines were changed, or that was deleted, with the triggers bypassed', async () => {
    await bypassingTriggers(
      `update decisions set lines = jsonb_set(lines, '{0,grantedAmount}', '"8000000000"') where id = $1`,
      [approval.id],
    );
    await bypassingTriggers('delete from decisions where id = $1', [amendment.id]);
    expect((await verifyDecisionSeals(t.app.orm.em.fork())).problems).toEqual([
      { decisionId: approval.id, number: approval.numberText, reason: 'CHANGED' },
      { decisionId: amendment.id, number: amendment.numberText, reason: 'MISSING' },
    ]);
    const cli = await verifyCli();
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`decision ${approval.numberText} (${approval.id}) CHANGED`);
    expect(cli.stderr).toContain(`decision ${amendment.numberText} (${amendment.id}) MISSING`);
  });

  it('the demo seeder still reloads: it lifts the guard in its own transaction only, and the wipe is on record', async () => {
    const config = testConfig();
    await seedDemoData(t.app.orm.em.fork(), { password: DEMO_PASSWORD, settings: config });
    expect((await sql(`select details from audit_log where action = 'DECISION.REGISTER_CLEARED'`)).rows).toEqual([
      { details: { decisions: 1, by: 'demo seeder' } },
    ]);
    const seals = await verifyDecisionSeals(t.app.orm.em.fork());
    expect(seals.problems).toEqual([]);
    expect(seals.checked).toBeGreaterThan(0); // the demo world's own decisions, issued through the service
    expect((await verifyAuditChain(t.app.orm.em.fork())).broken).toBeNull();
    await expect(sql('truncate decisions')).rejects.toThrow(/TRUNCATE refused/);
  });
});
