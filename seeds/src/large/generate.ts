import { rngFor, weighted, type Rng } from './prng';
import * as W from './words';

/**
 * Plain data for a large database: requests with participants and events, proposals with items,
 * tasks with completions. Every row of item `index` comes from a PRNG seeded by (seed, stream,
 * index), so the output does not depend on batch sizes and the same seed gives the same rows.
 */
export interface LargeAgency {
  id: string;
  code: string;
  kind: 'PEOPLES_COMMITTEE' | 'DEPARTMENT' | 'SECTOR' | 'LOCALITY';
}
export interface LargeUser {
  id: string;
  agencyId: string;
  role: 'STAFF' | 'LEAD' | 'ADMIN';
}
export interface LargeWorldInput {
  agencies: readonly LargeAgency[];
  users: readonly LargeUser[];
}
export interface LargeOptions {
  seed: number;
  /** The generation's "today" (YYYY-MM-DD): dates are spread backwards from it. */
  today: string;
}

export interface RequestRow {
  id: string;
  code: string | null;
  title: string;
  body: string;
  domain: string;
  priority: string;
  dueDate: string;
  status: string;
  requestingAgencyId: string;
  authorId: string;
  leadAgencyId: string;
  escalationReason: string | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  closedAt: string | null;
  lastActivityAt: string;
  version: number;
}
export interface ParticipantRow {
  id: string;
  requestId: string;
  agencyId: string;
  role: 'LEAD' | 'SUPPORT';
  state: 'PENDING' | 'ACKNOWLEDGED' | 'RESPONDED' | 'DECLINED';
  assigneeId: string | null;
  reply: string | null;
  declineReason: string | null;
  acknowledgedAt: string | null;
  respondedAt: string | null;
}
export interface EventRow {
  aggregateType: 'REQUEST';
  aggregateId: string;
  type: string;
  actorUserId: string;
  actorAgencyId: string;
  restricted: boolean;
  audience: string[];
  /** JSON text. */
  data: string;
  createdAt: string;
}
export interface GeneratedRequest {
  request: RequestRow;
  participants: ParticipantRow[];
  events: EventRow[];
  /** The code's year and number (for the reference counters), null for drafts. */
  numbering: { year: number; number: number } | null;
}

export interface TaskRow {
  id: string;
  code: string;
  title: string;
  description: string;
  category: string;
  domain: string;
  periodYear: number;
  periodQuarter: number;
  ownerAgencyId: string;
  dueDate: string;
  assignedOn: string;
  assignedById: string;
  status: 'OPEN' | 'COMPLETED' | 'CANCELLED';
  progressPercent: number;
  completedOn: string | null;
  cancelledOn: string | null;
  cancelReason: string | null;
  createdAt: string;
  lastActivityAt: string;
  version: number;
}
export interface TaskCompletionRow {
  id: string;
  taskId: string;
  completedOn: string;
}
export interface GeneratedTask {
  task: TaskRow;
  completion: TaskCompletionRow | null;
  numbering: { year: number; number: number };
}

export interface ProposalRow {
  id: string;
  code: string | null;
  title: string;
  rationale: string;
  fiscalYear: number;
  requestingAgencyId: string;
  authorId: string;
  status: 'DRAFT' | 'RETURNED' | 'WITHDRAWN';
  revision: number;
  returnReason: string | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  lastActivityAt: string;
  version: number;
}
export interface ProposalItemRow {
  id: string;
  proposalId: string;
  position: number;
  kind: string;
  description: string;
  quantity: number;
  unit: string;
  amount: number | null;
  justification: string;
}
export interface GeneratedProposal {
  proposal: ProposalRow;
  items: ProposalItemRow[];
  numbering: { year: number; number: number } | null;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const STREAM = { request: 1, task: 2, proposal: 3 } as const;

const DOMAINS = [
  ['LAND', 30],
  ['ENVIRONMENT', 12],
  ['ADMIN_REFORM', 12],
  ['MINERALS', 8],
  ['WATER_RESOURCES', 7],
  ['DIGITAL_TRANSFORMATION', 9],
  ['FINANCE', 10],
  ['SEA_ISLANDS', 3],
  ['CLIMATE_CHANGE', 4],
  ['OTHER', 5],
] as const;
const PRIORITIES = [
  ['LOW', 15],
  ['NORMAL', 55],
  ['HIGH', 22],
  ['URGENT', 8],
] as const;
const REQUEST_STATUSES = [
  ['DRAFT', 3],
  ['SUBMITTED', 10],
  ['IN_PROGRESS', 18],
  ['RESPONDED', 14],
  ['CLOSED', 40],
  ['WITHDRAWN', 4],
  ['DECLINED', 5],
  ['ESCALATED', 6],
] as const;
const OPEN = new Set(['DRAFT', 'SUBMITTED', 'IN_PROGRESS', 'RESPONDED', 'DECLINED', 'ESCALATED']);
const CATEGORIES = [
  ['BREAKTHROUGH', 10],
  ['KEY', 30],
  ['ROUTINE', 60],
] as const;
const ITEM_KINDS = [
  ['FUNDING', 45],
  ['PERSONNEL', 15],
  ['EQUIPMENT', 25],
  ['LAND', 5],
  ['OTHER', 10],
] as const;

const TWO = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const dayCache = new Map<number, string>();
/** YYYY-MM-DD of a UTC day number (days since 1970-01-01), cached: toISOString is slow in bulk. */
function dayString(days: number): string {
  let text = dayCache.get(days);
  if (text === undefined) {
    text = new Date(days * DAY).toISOString().slice(0, 10);
    dayCache.set(days, text);
  }
  return text;
}
/** Same output as `new Date(ms).toISOString()` for years 1000–9999, several times faster. */
export function iso(ms: number): string {
  const days = Math.floor(ms / DAY);
  let rest = ms - days * DAY;
  const h = Math.floor(rest / HOUR);
  rest -= h * HOUR;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const sec = Math.floor(rest / 1000);
  const milli = rest - sec * 1000;
  return `${dayString(days)}T${TWO[h]}:${TWO[m]}:${TWO[sec]}.${String(milli).padStart(3, '0')}Z`;
}
const day = (ms: number) => dayString(Math.floor(ms / DAY));
const pad = (n: number) => String(n).padStart(6, '0');

/** Agencies and their users arranged for fast random picks. */
export class LargeWorld {
  readonly actors: LargeAgency[];
  readonly usersOf = new Map<string, LargeUser[]>();
  readonly leadsOf = new Map<string, LargeUser[]>();
  readonly staffOf = new Map<string, LargeUser[]>();
  readonly committeeLead: LargeUser;
  readonly todayMs: number;

  constructor(
    input: LargeWorldInput,
    readonly options: LargeOptions,
  ) {
    const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
    const agencies = [...input.agencies].sort(byCode);
    const users = [...input.users].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const user of users) {
      if (user.role === 'ADMIN') continue;
      const add = (map: Map<string, LargeUser[]>) => map.set(user.agencyId, [...(map.get(user.agencyId) ?? []), user]);
      add(this.usersOf);
      add(user.role === 'LEAD' ? this.leadsOf : this.staffOf);
    }
    // acting agencies: those with users, the People's Committee excepted (it steps in on escalation)
    this.actors = agencies.filter((a) => a.kind !== 'PEOPLES_COMMITTEE' && this.usersOf.has(a.id));
    if (this.actors.length < 2) throw new Error('the large generator needs at least two agencies with users');
    const committee = agencies.find((a) => a.kind === 'PEOPLES_COMMITTEE' && this.leadsOf.has(a.id));
    this.committeeLead = committee ? this.leadsOf.get(committee.id)![0] : this.usersOf.get(this.actors[0].id)![0];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new Error(`today must be YYYY-MM-DD, got ${options.today}`);
    this.todayMs = Date.parse(`${options.today}T00:00:00Z`);
  }

  userOf(rng: Rng, agencyId: string): LargeUser {
    return rng.pick(this.usersOf.get(agencyId)!);
  }
  leadOf(rng: Rng, agencyId: string): LargeUser {
    return rng.pick(this.leadsOf.get(agencyId) ?? this.usersOf.get(agencyId)!);
  }
  staffOf_(rng: Rng, agencyId: string): LargeUser {
    return rng.pick(this.staffOf.get(agencyId) ?? this.usersOf.get(agencyId)!);
  }
}

type Step = {
  type: string;
  agencyId: string;
  userId: string;
  data: Record<string, unknown>;
  setTime?: (at: string) => void;
};

/** Request number `index` (0-based) with its participants and events. */
export function generateRequest(world: LargeWorld, index: number): GeneratedRequest {
  const rng = rngFor(world.options.seed, STREAM.request, index);
  const id = rng.uuid();
  const status = weighted(rng, REQUEST_STATUSES) as string;
  const domain = weighted(rng, DOMAINS) as string;
  const priority = weighted(rng, PRIORITIES) as string;
  const requester = rng.pick(world.actors);
  const author = world.userOf(rng, requester.id);
  let lead = rng.pick(world.actors);
  while (lead.id === requester.id) lead = rng.pick(world.actors);
  const supportCount = weighted(rng, [
    [0, 40],
    [1, 35],
    [2, 17],
    [3, 8],
  ] as const);
  const supporters: LargeAgency[] = [];
  for (let tries = 0; supporters.length < supportCount && tries < 20; tries++) {
    const a = rng.pick(world.actors);
    if (a.id !== requester.id && a.id !== lead.id && !supporters.includes(a)) supporters.push(a);
  }
  const subject = rng.pick(W.requestSubjects[domain]);
  const title = `${rng.pick(W.requestVerbs)} ${subject} tại ${rng.pick(W.places)}`;
  const body = `${rng.pick(W.bodyOpeners)} có ${rng.int(2, 180)} trường hợp liên quan đến ${subject}; ${rng.pick(W.bodyAsks)}`;

  // the last activity: open requests are recent, finished ones anywhere in the last two years
  const age = OPEN.has(status) ? rng.int(0, 120 * 24) * HOUR : rng.int(0, 730 * 24) * HOUR;
  const last = world.todayMs + 17 * HOUR - age - rng.int(0, 3599) * 1000;
  const created = last - rng.int(2, 60 * 24) * HOUR;

  const participants: ParticipantRow[] = [lead, ...supporters].map((agency, i) => ({
    id: rng.uuid(),
    requestId: id,
    agencyId: agency.id,
    role: i === 0 ? 'LEAD' : 'SUPPORT',
    state: 'PENDING',
    assigneeId: null,
    reply: null,
    declineReason: null,
    acknowledgedAt: null,
    respondedAt: null,
  }));
  const leadRow = participants[0];
  const steps: Step[] = [];
  const acknowledge = (p: ParticipantRow) => {
    p.state = 'ACKNOWLEDGED';
    steps.push({
      type: 'ACKNOWLEDGED',
      agencyId: p.agencyId,
      userId: world.userOf(rng, p.agencyId).id,
      data: { agencyId: p.agencyId },
      setTime: (at) => (p.acknowledgedAt = at),
    });
    if (rng.chance(0.5)) {
      p.assigneeId = world.staffOf_(rng, p.agencyId).id;
      steps.push({
        type: 'ASSIGNED',
        agencyId: p.agencyId,
        userId: world.leadOf(rng, p.agencyId).id,
        data: { agencyId: p.agencyId, assigneeId: p.assigneeId },
      });
    }
  };
  const respond = (p: ParticipantRow) => {
    if (p.state === 'PENDING' && rng.chance(0.7)) acknowledge(p);
    p.state = 'RESPONDED';
    p.reply = rng.pick(W.replies);
    const setTime = (at: string) => {
      p.respondedAt = at;
      p.acknowledgedAt ??= at;
    };
    steps.push({
      type: 'RESPONDED',
      agencyId: p.agencyId,
      userId: world.userOf(rng, p.agencyId).id,
      data: { note: p.reply, agencyId: p.agencyId },
      setTime,
    });
  };
  const decline = (p: ParticipantRow) => {
    p.state = 'DECLINED';
    p.declineReason = rng.pick(W.declineReasons);
    steps.push({
      type: 'DECLINED',
      agencyId: p.agencyId,
      userId: world.leadOf(rng, p.agencyId).id,
      data: { note: p.declineReason, agencyId: p.agencyId },
    });
  };
  const comment = () => {
    const agencyId = rng.pick([requester.id, ...participants.map((p) => p.agencyId)]);
    steps.push({
      type: 'COMMENTED',
      agencyId,
      userId: world.userOf(rng, agencyId).id,
      data: { note: rng.pick(W.comments) },
    });
  };
  const supportersMove = (allowRespond: boolean) => {
    for (const p of participants.slice(1)) {
      const x = rng.next();
      if (allowRespond && x < 0.45) respond(p);
      else if (x < 0.7) acknowledge(p);
    }
  };

  let escalationReason: string | null = null;
  let closedAt: string | null = null;
  const submitted = status !== 'DRAFT';
  if (submitted) {
    switch (status) {
      case 'SUBMITTED':
        if (rng.chance(0.3)) supportersMove(false);
        break;
      case 'IN_PROGRESS':
        acknowledge(leadRow);
        supportersMove(true);
        if (rng.chance(0.4)) comment();
        break;
      case 'RESPONDED':
      case 'CLOSED':
        supportersMove(true);
        if (rng.chance(0.3)) comment();
        if (status === 'CLOSED' && rng.chance(0.06)) decline(leadRow);
        else respond(leadRow);
        break;
      case 'DECLINED':
        supportersMove(false);
        decline(leadRow);
        break;
      case 'ESCALATED':
        if (rng.chance(0.4)) acknowledge(leadRow);
        escalationReason = rng.pick(W.escalationReasons);
        steps.push({ type: 'ESCALATED', agencyId: requester.id, userId: author.id, data: { note: escalationReason } });
        break;
      case 'WITHDRAWN':
        if (rng.chance(0.4)) supportersMove(false);
        steps.push({
          type: 'WITHDRAWN',
          agencyId: requester.id,
          userId: author.id,
          data: { note: 'Rút yêu cầu do nội dung đã được giải quyết.' },
        });
        break;
    }
    if (status === 'CLOSED') {
      steps.push({
        type: 'CLOSED',
        agencyId: requester.id,
        userId: world.leadOf(rng, requester.id).id,
        data: { note: rng.pick(W.closeNotes) },
        setTime: (at) => (closedAt = at),
      });
    }
  }

  // numbering: the submission's year, the request's global number (unique across years)
  const number = index + 1;
  const allSteps: Step[] = [{ type: 'CREATED', agencyId: requester.id, userId: author.id, data: {} }];
  let code: string | null = null;
  let submittedAt: string | null = null;
  const n = 1 + (submitted ? 1 : 0) + steps.length;
  const times = Array.from({ length: n }, (_, k) =>
    n === 1 ? last : Math.round(created + ((last - created) * k) / (n - 1)),
  );
  if (n === 1) times[0] = last;
  const createdMs = n === 1 ? last - rng.int(1, 72) * HOUR : times[0];
  if (n === 1) times[0] = createdMs;
  let numbering: GeneratedRequest['numbering'] = null;
  if (submitted) {
    const year = new Date(times[1]).getUTCFullYear();
    code = `PH-${year}-${pad(number)}`;
    submittedAt = iso(times[1]);
    numbering = { year, number };
    allSteps.push({ type: 'SUBMITTED', agencyId: requester.id, userId: author.id, data: { note: code } });
  }
  allSteps.push(...steps);
  const everyone = [...new Set([requester.id, ...participants.map((p) => p.agencyId)])];
  const events: EventRow[] = allSteps.map((step, k) => {
    const at = iso(times[k]);
    step.setTime?.(at);
    const draftOnly = step.type === 'CREATED';
    return {
      aggregateType: 'REQUEST',
      aggregateId: id,
      type: step.type,
      actorUserId: step.userId,
      actorAgencyId: step.agencyId,
      restricted: draftOnly,
      audience: draftOnly ? [requester.id] : everyone,
      data: JSON.stringify(step.data),
      createdAt: at,
    };
  });
  const lastMs = times[times.length - 1];
  const dueBase = submitted ? times[1] : createdMs;
  const request: RequestRow = {
    id,
    code,
    title,
    body,
    domain,
    priority,
    dueDate: day(dueBase + rng.int(7, 45) * DAY),
    status,
    requestingAgencyId: requester.id,
    authorId: author.id,
    leadAgencyId: lead.id,
    escalationReason,
    createdAt: iso(createdMs),
    updatedAt: iso(lastMs),
    submittedAt,
    closedAt,
    lastActivityAt: iso(lastMs),
    version: events.length,
  };
  return { request, participants, events, numbering };
}

/** The quarter `back` quarters before the one containing `todayMs`. */
function quarterBefore(
  todayMs: number,
  back: number,
): { year: number; quarter: number; startMs: number; endMs: number } {
  const d = new Date(todayMs);
  const q = d.getUTCFullYear() * 4 + Math.floor(d.getUTCMonth() / 3) - back;
  const year = Math.floor(q / 4);
  const quarter = (q % 4) + 1;
  const startMs = Date.UTC(year, (quarter - 1) * 3, 1);
  const endMs = Date.UTC(year, quarter * 3, 1) - DAY;
  return { year, quarter, startMs, endMs };
}

/** Task number `index` (0-based): one of the last 8 quarters, completed on time, late, open or cancelled. */
export function generateTask(world: LargeWorld, index: number): GeneratedTask {
  const rng = rngFor(world.options.seed, STREAM.task, index);
  const id = rng.uuid();
  const period = quarterBefore(world.todayMs, rng.int(0, 7));
  const owner = rng.pick(world.actors);
  const domain = weighted(rng, DOMAINS) as string;
  const category = weighted(rng, CATEGORIES) as string;
  const subject = rng.pick(W.requestSubjects[domain]);
  const assignedMs = period.startMs + rng.int(0, 10) * DAY;
  const dueMs = Math.min(period.endMs, assignedMs + rng.int(20, 80) * DAY);
  const today = world.todayMs;
  const pastDue = dueMs < today;
  const x = rng.next();
  let status: TaskRow['status'] = 'OPEN';
  let completedMs: number | null = null;
  let cancelledMs: number | null = null;
  if (x < (pastDue ? 0.05 : 0.03)) {
    status = 'CANCELLED';
    cancelledMs = Math.min(today, assignedMs + rng.int(3, 40) * DAY);
  } else if (x < (pastDue ? 0.8 : 0.4)) {
    status = 'COMPLETED';
    const onTime = rng.chance(0.78);
    completedMs = onTime ? Math.max(assignedMs + DAY, dueMs - rng.int(0, 20) * DAY) : dueMs + rng.int(1, 30) * DAY;
    if (completedMs > today) {
      if (today - DAY > assignedMs) completedMs = today - DAY;
      else {
        status = 'OPEN';
        completedMs = null;
      }
    }
  }
  const lastMs = (completedMs ?? cancelledMs ?? assignedMs) + 10 * HOUR;
  const number = index + 1;
  const task: TaskRow = {
    id,
    code: `NV-${period.year}-${pad(number)}`,
    title: `${rng.pick(W.taskVerbs)} ${subject} quý ${period.quarter}/${period.year}`,
    description: `${rng.pick(W.bodyOpeners)} ${rng.pick(W.bodyAsks)}`,
    category,
    domain,
    periodYear: period.year,
    periodQuarter: period.quarter,
    ownerAgencyId: owner.id,
    dueDate: day(dueMs),
    assignedOn: day(assignedMs),
    assignedById: world.committeeLead.id,
    status,
    progressPercent: status === 'COMPLETED' ? 100 : status === 'OPEN' ? rng.int(0, 9) * 10 : rng.int(0, 5) * 10,
    completedOn: completedMs === null ? null : day(completedMs),
    cancelledOn: cancelledMs === null ? null : day(cancelledMs),
    cancelReason: cancelledMs === null ? null : 'Nhiệm vụ không còn phù hợp theo chỉ đạo của UBND tỉnh.',
    createdAt: iso(assignedMs + 8 * HOUR),
    lastActivityAt: iso(lastMs),
    version: status === 'OPEN' ? 1 : 2,
  };
  const completion = completedMs === null ? null : { id: rng.uuid(), taskId: id, completedOn: day(completedMs) };
  return { task, completion, numbering: { year: period.year, number } };
}

/** Proposal number `index` (0-based) with 1–4 items; drafts, returned or withdrawn (no appraisals or decisions). */
export function generateProposal(world: LargeWorld, index: number): GeneratedProposal {
  const rng = rngFor(world.options.seed, STREAM.proposal, index);
  const id = rng.uuid();
  const status = weighted(rng, [
    ['DRAFT', 50],
    ['RETURNED', 30],
    ['WITHDRAWN', 20],
  ] as const);
  const agency = rng.pick(world.actors);
  const author = world.userOf(rng, agency.id);
  const domain = weighted(rng, DOMAINS) as string;
  const subject = rng.pick(W.requestSubjects[domain]);
  const last = world.todayMs + 17 * HOUR - rng.int(0, 730 * 24) * HOUR;
  const created = last - rng.int(2, 30 * 24) * HOUR;
  const submittedMs = status === 'DRAFT' ? null : created + Math.round((last - created) / 3);
  const createdYear = new Date(created).getUTCFullYear();
  const year = submittedMs === null ? createdYear : new Date(submittedMs).getUTCFullYear();
  const number = index + 1;
  const items: ProposalItemRow[] = Array.from({ length: rng.int(1, 4) }, (_, position) => {
    const kind = weighted(rng, ITEM_KINDS) as string;
    const priced = kind === 'FUNDING' || kind === 'EQUIPMENT';
    return {
      id: rng.uuid(),
      proposalId: id,
      position,
      kind,
      description: `${rng.pick(W.proposalSubjects)} cho ${subject}`,
      quantity: kind === 'FUNDING' ? 1 : rng.int(1, 20),
      unit: rng.pick(W.itemUnits[kind]),
      amount: priced ? rng.int(5, 5000) * 10_000_000 : null,
      justification: `${rng.pick(W.bodyOpeners)} ${rng.pick(W.bodyAsks)}`,
    };
  });
  const proposal: ProposalRow = {
    id,
    code: submittedMs === null ? null : `ĐX-${year}-${pad(number)}`,
    title: `${rng.pick(W.proposalSubjects)} ${subject} năm ${createdYear}`,
    rationale: `${rng.pick(W.bodyOpeners)} có ${rng.int(2, 180)} trường hợp liên quan đến ${subject}; ${rng.pick(W.bodyAsks)}`,
    fiscalYear: createdYear + (rng.chance(0.5) ? 1 : 0),
    requestingAgencyId: agency.id,
    authorId: author.id,
    status,
    revision: 1,
    returnReason: status === 'RETURNED' ? 'Đề nghị bổ sung thuyết minh dự toán chi tiết.' : null,
    createdAt: iso(created),
    updatedAt: iso(last),
    submittedAt: submittedMs === null ? null : iso(submittedMs),
    lastActivityAt: iso(last),
    version: status === 'DRAFT' ? 1 : 3,
  };
  return { proposal, items, numbering: submittedMs === null ? null : { year, number } };
}
