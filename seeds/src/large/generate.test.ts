import {
  generateProposal,
  generateRequest,
  generateTask,
  iso,
  LargeWorld,
  mulberry32,
  rngFor,
  type LargeWorldInput,
} from './index';

const input: LargeWorldInput = {
  agencies: [
    { id: '00000000-0000-4000-8000-000000000001', code: 'UBND', kind: 'PEOPLES_COMMITTEE' },
    { id: '00000000-0000-4000-8000-000000000002', code: 'STNMT', kind: 'DEPARTMENT' },
    { id: '00000000-0000-4000-8000-000000000003', code: 'STC', kind: 'DEPARTMENT' },
    { id: '00000000-0000-4000-8000-000000000004', code: 'UBND-TP', kind: 'LOCALITY' },
    { id: '00000000-0000-4000-8000-000000000005', code: 'SNV', kind: 'DEPARTMENT' },
  ],
  users: [1, 2, 3, 4, 5].flatMap((n) => [
    {
      id: `10000000-0000-4000-8000-00000000000${n}`,
      agencyId: `00000000-0000-4000-8000-00000000000${n}`,
      role: 'LEAD' as const,
    },
    {
      id: `20000000-0000-4000-8000-00000000000${n}`,
      agencyId: `00000000-0000-4000-8000-00000000000${n}`,
      role: 'STAFF' as const,
    },
  ]),
};
const world = (seed: number) => new LargeWorld(input, { seed, today: '2026-11-28' });
const first = (seed: number, n = 50) => {
  const w = world(seed);
  return {
    requests: Array.from({ length: n }, (_, i) => generateRequest(w, i)),
    tasks: Array.from({ length: n }, (_, i) => generateTask(w, i)),
    proposals: Array.from({ length: n }, (_, i) => generateProposal(w, i)),
  };
};

describe('large data generator', () => {
  it('gives the same rows for the same seed, and different rows for another seed', () => {
    expect(JSON.stringify(first(42))).toBe(JSON.stringify(first(42)));
    const a = first(42);
    const b = first(43);
    expect(a.requests[0].request.id).not.toBe(b.requests[0].request.id);
    expect(a.requests.map((r) => r.request.title)).not.toEqual(b.requests.map((r) => r.request.title));
  });

  it('does not depend on the order rows are generated in (batch sizes)', () => {
    const w = world(7);
    const late = generateRequest(w, 1234);
    for (let i = 0; i < 10; i++) generateRequest(w, i);
    expect(generateRequest(world(7), 1234)).toEqual(late);
  });

  it('makes version-4 uuids and consistent requests', () => {
    const rng = mulberry32(1);
    for (let i = 0; i < 100; i++)
      expect(rng.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const { requests } = first(5, 2000);
    const ids = new Set(requests.map((r) => r.request.id));
    expect(ids.size).toBe(2000);
    for (const { request, participants, events } of requests) {
      expect(participants.filter((p) => p.role === 'LEAD')).toHaveLength(1);
      expect(participants[0].agencyId).toBe(request.leadAgencyId);
      expect(new Set(participants.map((p) => p.agencyId)).size).toBe(participants.length);
      expect(participants.some((p) => p.agencyId === request.requestingAgencyId)).toBe(false);
      expect(events[0].type).toBe('CREATED');
      expect(events[events.length - 1].createdAt).toBe(request.lastActivityAt);
      const lead = participants[0];
      if (request.status === 'DRAFT') {
        expect(request.code).toBeNull();
        expect(events).toHaveLength(1);
      } else {
        expect(request.code).toMatch(/^PH-\d{4}-\d{6,}$/);
        expect(events.length).toBeGreaterThanOrEqual(2);
        expect(events.slice(1).every((e) => !e.restricted && e.audience.includes(lead.agencyId))).toBe(true);
      }
      if (request.status === 'RESPONDED') expect(lead.state).toBe('RESPONDED');
      if (request.status === 'DECLINED') expect(lead.state).toBe('DECLINED');
      if (request.status === 'IN_PROGRESS') expect(lead.state).toBe('ACKNOWLEDGED');
      if (request.status === 'SUBMITTED') expect(lead.state).toBe('PENDING');
      if (request.status === 'CLOSED') expect(request.closedAt).toBe(request.lastActivityAt);
      for (const p of participants) if (p.state === 'RESPONDED') expect(p.respondedAt && p.acknowledgedAt).toBeTruthy();
    }
    const statuses = new Set(requests.map((r) => r.request.status));
    expect(statuses.size).toBe(8);
  });

  it('spreads tasks over eight quarters with completions only for completed tasks', () => {
    const { tasks } = first(9, 2000);
    expect(new Set(tasks.map((t) => `${t.task.periodYear}-${t.task.periodQuarter}`)).size).toBe(8);
    for (const { task, completion } of tasks) {
      expect(completion !== null).toBe(task.status === 'COMPLETED');
      if (completion) expect(completion.completedOn <= '2026-11-28').toBe(true);
    }
    const late = tasks.filter((t) => t.completion && t.completion.completedOn > t.task.dueDate).length;
    expect(late).toBeGreaterThan(0);
  });
});

describe('per-row generators', () => {
  it('formats timestamps exactly like toISOString', () => {
    const rng = mulberry32(3);
    for (let i = 0; i < 10_000; i++) {
      const ms = Date.UTC(2020, 0, 1) + Math.floor(rng.next() * 10 * 365 * 86_400_000);
      expect(iso(ms)).toBe(new Date(ms).toISOString());
    }
  });

  it('never repeat uuids across many rows (128-bit state, no overlapping streams)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) {
      const rng = rngFor(1, 1, i);
      for (let k = 0; k < 5; k++) seen.add(rng.uuid());
    }
    expect(seen.size).toBe(500_000);
  });
});
