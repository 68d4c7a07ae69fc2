import { startTestApp, type TestApp } from '../test-support/test-app';

describe('the demo world', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { demoRequests: true } });
  });
  afterAll(() => t.stop());

  it("contains the article's requests, played through the real workflow", async () => {
    const committee = await t.login('ubnd.lead');
    const result = await t.gql<{
      requests: {
        edges: {
          node: { code: string; title: string; status: string; overdue: boolean; leadAgency: { code: string } };
        }[];
      };
    }>('{ requests(first: 100) { edges { node { code title status overdue leadAgency { code } } } } }', {}, committee);
    const requests = result.data!.requests.edges.map((e) => e.node);
    expect(requests.length).toBeGreaterThanOrEqual(6);
    expect(requests.every((r) => /^PH-\d{4}-\d{4}$/.test(r.code))).toBe(true);
    expect(requests.filter((r) => r.status === 'ESCALATED' && r.overdue)).toHaveLength(1);
    expect(requests.filter((r) => r.status === 'CLOSED')).toHaveLength(1);
    expect(requests.some((r) => r.leadAgency.code.startsWith('VPDKDD-'))).toBe(true);

    const locality = await t.login('ubnd-ts.staff');
    const outbox = await t.gql<{ requests: { edges: { node: { status: string; timeline: { type: string }[] } }[] } }>(
      '{ requests(filter: { box: OUTBOX }) { edges { node { status timeline { type } } } } }',
      {},
      locality,
    );
    expect(outbox.data!.requests.edges[0].node.status).toBe('RESPONDED');
    expect(outbox.data!.requests.edges[0].node.timeline.map((e) => e.type)).toEqual([
      'CREATED',
      'SUBMITTED',
      'ACKNOWLEDGED',
      'RESPONDED',
      'RESPONDED',
    ]);
  });

  it("contains Sở TN&MT's petition, appraised and partly granted by the vice-chair, and one proposal in review", async () => {
    const department = await t.login('stnmt.lead');
    const result = await t.gql<{
      proposals: {
        edges: {
          node: {
            status: string;
            totalAmount: string;
            decisions: {
              numberText: string;
              outcome: string;
              signerName: string;
              signingForm: string;
              totalGranted: string;
            }[];
          };
        }[];
      };
    }>(
      '{ proposals(first: 10) { edges { node { status totalAmount decisions { numberText outcome signerName signingForm totalGranted } } } } }',
      {},
      department,
    );
    const proposals = result.data!.proposals.edges.map((e) => e.node);
    expect(proposals.map((p) => p.status).sort()).toEqual(['DECIDED', 'IN_REVIEW']);
    const decided = proposals.find((p) => p.status === 'DECIDED')!;
    expect(decided.totalAmount).toBe('3100000000');
    expect(decided.decisions).toEqual([
      {
        numberText: '1/QĐ-UBND',
        outcome: 'PARTIALLY_APPROVED',
        signerName: 'Lê Huyền',
        signingForm: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
        totalGranted: '2400000000',
      },
    ]);
  });

  it("grants no money without Finance's opinion: the scanners of 1/QĐ-UBND were appraised by Sở Tài chính", async () => {
    const committee = await t.login('ubnd.lead');
    const result = await t.gql<{
      proposals: {
        edges: {
          node: {
            status: string;
            items: { id: string; kind: string; amount: string | null }[];
            appraisals: {
              agency: { code: string };
              kinds: string[];
              opinion: string;
              recommendations: { itemId: string; amount: string | null }[];
            }[];
          };
        }[];
      };
    }>(
      '{ proposals(first: 10) { edges { node { status items { id kind amount } appraisals { agency { code } kinds opinion recommendations { itemId amount } } } } } }',
      {},
      committee,
    );
    const decided = result.data!.proposals.edges.map((e) => e.node).find((p) => p.status === 'DECIDED')!;
    const finance = decided.appraisals.find((a) => a.agency.code === 'STC')!;
    for (const item of decided.items.filter((i) => i.amount !== null)) {
      expect({
        kind: item.kind,
        covered: finance.kinds.includes(item.kind),
        recommended: finance.recommendations.some((r) => r.itemId === item.id && r.amount !== null),
      }).toEqual({ kind: item.kind, covered: true, recommended: true });
    }
  });

  it("reads the article's Q1/2023 for Sở TN&MT: 1 breakthrough task, 11/14 specialised tasks done, 3 land tasks late", async () => {
    const department = await t.login('stnmt.staff');
    const result = await t.gql<{
      taskStatistics: {
        counts: { total: number; completed: number; notDoneOverdue: number };
        byCategory: { category: string; counts: { total: number; completed: number } }[];
        byDomain: { domain: string; counts: { total: number; completed: number; notDoneOverdue: number } }[];
      };
    }>(
      `{ taskStatistics(period: { year: 2023, quarter: 1 }) { counts { total completed notDoneOverdue }
          byCategory { category counts { total completed } } byDomain { domain counts { total completed notDoneOverdue } } } }`,
      {},
      department,
    );
    const stats = result.data!.taskStatistics;
    expect(stats.counts).toEqual({ total: 15, completed: 12, notDoneOverdue: 3 });
    const specialised = stats.byCategory.filter((c) => c.category !== 'BREAKTHROUGH');
    expect(specialised.reduce((n, c) => n + c.counts.completed, 0)).toBe(11);
    expect(specialised.reduce((n, c) => n + c.counts.total, 0)).toBe(14);
    expect(stats.byCategory.find((c) => c.category === 'BREAKTHROUGH')!.counts).toEqual({ total: 1, completed: 1 });
    const land = stats.byDomain.find((d) => d.domain === 'LAND')!;
    expect(land.counts).toEqual({ total: 3, completed: 0, notDoneOverdue: 3 });
    for (const domain of ['MINERALS', 'ENVIRONMENT', 'SEA_ISLANDS', 'WATER_RESOURCES', 'CLIMATE_CHANGE']) {
      const row = stats.byDomain.find((d) => d.domain === domain)!;
      expect(row.counts.completed).toBe(row.counts.total);
    }
  });

  it('holds the 30/3/2023 conclusion chaired by Lê Huyền, whose directives and the three late land tasks continue in Q2/2023', async () => {
    const committee = await t.login('ubnd.lead');
    const meetings = await t.gql<{
      meetings: {
        edges: {
          node: {
            heldOn: string;
            conclusionCode: string;
            chair: { fullName: string };
            directives: { taskId: string }[];
          };
        }[];
      };
    }>(
      '{ meetings { edges { node { heldOn conclusionCode chair { fullName } directives { taskId } } } } }',
      {},
      committee,
    );
    const [meeting] = meetings.data!.meetings.edges.map((e) => e.node);
    expect(meeting).toMatchObject({
      heldOn: '2023-03-30',
      conclusionCode: '1/TB-UBND',
      chair: { fullName: 'Lê Huyền' },
    });
    expect(meeting.directives.every((d) => d.taskId)).toBe(true);

    const late = await t.gql<{
      tasks: {
        edges: {
          node: {
            ownerAgency: { code: string };
            domain: string;
            status: string;
            carriedFrom: { period: { quarter: number } } | null;
            linkedProposals: { code: string }[];
          };
        }[];
      };
    }>(
      `{ tasks(filter: { period: { year: 2023, quarter: 2 }, domain: LAND, status: OPEN }) { edges { node { ownerAgency { code } domain status carriedFrom { period { quarter } } linkedProposals { code } } } } }`,
      {},
      committee,
    );
    const carried = late
      .data!.tasks.edges.map((e) => e.node)
      .filter((n) => n.carriedFrom && n.ownerAgency.code === 'STNMT');
    expect(carried).toHaveLength(3);
    expect(carried.every((n) => n.carriedFrom!.period.quarter === 1 && n.linkedProposals.length === 1)).toBe(true);

    const province = await t.gql<{ taskStatistics: { byAgency: { agency: { code: string } }[] } }>(
      '{ taskStatistics(period: { year: 2023, quarter: 1 }) { byAgency { agency { code } } } }',
      {},
      committee,
    );
    expect(province.data!.taskStatistics.byAgency.length).toBeGreaterThanOrEqual(5);
  });

  it("dates the article's history in 2023: the petition, its budget year and 1/QĐ-UBND", async () => {
    const department = await t.login('stnmt.lead');
    const result = await t.gql<{
      proposals: {
        edges: {
          node: {
            status: string;
            fiscalYear: number;
            code: string;
            submittedAt: string;
            decisions: { numberText: string; year: number; effectiveDate: string; signedAt: string }[];
          };
        }[];
      };
    }>(
      '{ proposals(first: 10) { edges { node { status fiscalYear code submittedAt decisions { numberText year effectiveDate signedAt } } } } }',
      {},
      department,
    );
    const decided = result.data!.proposals.edges.map((e) => e.node).find((p) => p.status === 'DECIDED')!;
    expect(decided).toMatchObject({ fiscalYear: 2023, code: 'ĐX-2023-0001' });
    expect(decided.submittedAt.slice(0, 4)).toBe('2023');
    const [decision] = decided.decisions;
    expect(decision).toMatchObject({ numberText: '1/QĐ-UBND', year: 2023 });
    expect(decision.effectiveDate.slice(0, 4)).toBe('2023');
    expect(decision.effectiveDate < '2023-09-30').toBe(true); // before the work it orders is due
    expect(decision.signedAt.slice(0, 4)).toBe('2023');
  });

  it('shows on a task what its linked proposal was granted, next to what was asked', async () => {
    const department = await t.login('stnmt.lead');
    const result = await t.gql<{
      tasks: {
        edges: { node: { linkedProposals: { status: string; totalAmount: string; grantedAmount: string | null }[] } }[];
      };
    }>(
      '{ tasks(filter: { period: { year: 2023, quarter: 2 }, domain: LAND }) { edges { node { linkedProposals { status totalAmount grantedAmount } } } } }',
      {},
      department,
    );
    const linked = result.data!.tasks.edges.flatMap((e) => e.node.linkedProposals);
    expect(linked.length).toBeGreaterThan(0);
    expect(new Set(linked.map((p) => JSON.stringify(p)))).toEqual(
      new Set([JSON.stringify({ status: 'DECIDED', totalAmount: '3100000000', grantedAmount: '2400000000' })]),
    );
  });

  it('keeps current work relative to today: the escalated request was sent before its due date and escalated after it', async () => {
    const committee = await t.login('ubnd.lead');
    const result = await t.gql<{
      requests: {
        edges: {
          node: {
            status: string;
            dueDate: string;
            createdAt: string;
            submittedAt: string;
            timeline: { type: string; at: string }[];
          };
        }[];
      };
    }>(
      '{ requests(first: 100, filter: { statuses: [ESCALATED] }) { edges { node { status dueDate createdAt submittedAt timeline { type at } } } } }',
      {},
      committee,
    );
    const [escalated] = result.data!.requests.edges.map((e) => e.node);
    const day = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10); // province day
    const today = day(new Date().toISOString());
    expect(day(escalated.submittedAt) < escalated.dueDate).toBe(true);
    expect(escalated.dueDate < today).toBe(true);
    const escalation = escalated.timeline.find((e) => e.type === 'ESCALATED')!;
    expect(day(escalation.at) > escalated.dueDate).toBe(true);
    expect(day(escalation.at) <= today).toBe(true);
    expect(escalated.timeline.map((e) => e.at)).toEqual([...escalated.timeline.map((e) => e.at)].sort());
  });

  it('exports a quarter as CSV with a BOM, only what the viewer may read', async () => {
    const department = await t.login('stnmt.staff');
    const response = await fetch(`${t.url}/exports/quarter-tasks.csv?year=2023&quarter=1`, {
      headers: { authorization: `Bearer ${department}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split('\r\n');
    expect(lines).toHaveLength(16); // header + 15 tasks
    expect(lines[0]).toContain('"Kết quả (đến ');
    expect(lines.filter((l) => l.includes('"Chưa hoàn thành, quá hạn"') && l.includes('"Đất đai"'))).toHaveLength(3);
    expect(lines.slice(1).every((l) => l.includes('"Sở Tài nguyên và Môi trường"'))).toBe(true);

    const agencies = await fetch(`${t.url}/exports/quarter-agencies.csv?year=2023&quarter=1`, {
      headers: { authorization: `Bearer ${await t.login('ubnd.staff')}` },
    });
    const table = (await agencies.text()).trim().split('\r\n');
    expect(table.at(-1)).toMatch(/^"Toàn tỉnh",\d+,/);
    expect(table.find((l) => l.startsWith('"Sở Tài nguyên và Môi trường"'))).toBe(
      '"Sở Tài nguyên và Môi trường",15,11,1,0,3,80',
    );
    // every number a whole number, which Excel reads as a number whatever its decimal mark
    for (const line of table.slice(1)) expect(line.replace(/^"[^"]*",/, '')).toMatch(/^\d+(,\d+)*$/);

    const other = await fetch(
      `${t.url}/exports/quarter-tasks.csv?year=2023&quarter=1&agencyId=${'0'.repeat(8)}-0000-4000-8000-000000000000`,
      { headers: { authorization: `Bearer ${department}` } },
    );
    expect(other.status).toBe(404);
    expect((await fetch(`${t.url}/exports/quarter-tasks.csv?year=2023&quarter=1`)).status).toBe(401);
  });

  it('closing Q2/2023 late carries its unfinished tasks into Q3/2023 with due dates inside Q3/2023', async () => {
    const committee = await t.login('ubnd.lead');
    const result = await t.gql<{
      closeQuarter: { carriedOver: { dueDate: string; period: { year: number; quarter: number } }[] };
    }>(
      'mutation { closeQuarter(input: { period: { year: 2023, quarter: 2 } }) { carriedOver { dueDate period { year quarter } } } }',
      {},
      committee,
    );
    expect(result.errors).toBeUndefined();
    const carried = result.data!.closeQuarter.carriedOver;
    expect(carried.length).toBeGreaterThan(0);
    for (const task of carried) {
      expect(task.period).toEqual({ year: 2023, quarter: 3 });
      expect(task.dueDate >= '2023-07-01' && task.dueDate <= '2023-09-30').toBe(true);
    }
  });
});
