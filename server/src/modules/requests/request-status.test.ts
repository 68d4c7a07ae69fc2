import {
  allowedActions,
  isOverdue,
  judge,
  nextStatus,
  ParticipantState as P,
  Relation as R,
  RequestAction as A,
  RequestStatus as S,
  type ActorFacts,
} from './request-status';

const ALL_STATUSES = Object.values(S);
const ALL_ACTIONS = Object.values(A);

/**
 * The workflow written out by hand as a grid (action → statuses it is allowed from), so that a
 * change to the table shows up here as a deliberate decision.
 *                    DRAFT SUBM INPR RESP CLOS WDRN DECL ESCA */
const GRID: Record<A, string> = {
  [A.UPDATE_DRAFT]: 'x    .    .    .    .    .    .    .',
  [A.SUBMIT]: 'x    .    .    .    .    .    .    .',
  [A.ACKNOWLEDGE]: '.    x    x    x    .    .    .    x',
  [A.ASSIGN]: '.    x    x    x    .    .    .    x',
  [A.RESPOND]: '.    x    x    x    .    .    .    x',
  [A.DECLINE]: '.    x    x    x    .    .    .    x',
  [A.CLOSE]: '.    .    .    x    .    .    x    .',
  [A.REOPEN]: '.    .    .    x    .    .    .    .',
  [A.WITHDRAW]: 'x    x    x    .    .    .    x    x',
  [A.ESCALATE]: '.    x    x    .    .    .    x    .',
  [A.RESOLVE_ESCALATION]: '.    .    .    .    .    .    .    x',
  [A.COMMENT]: '.    x    x    x    x    .    x    x',
  [A.ATTACH]: 'x    x    x    x    .    .    x    x',
};
const ORDER = [S.DRAFT, S.SUBMITTED, S.IN_PROGRESS, S.RESPONDED, S.CLOSED, S.WITHDRAWN, S.DECLINED, S.ESCALATED];

/** An actor who satisfies every condition except the status: all relations, LEAD, pending participant. */
const anyone = (state: P = P.PENDING): ActorFacts => ({
  relations: new Set([R.REQUESTER, R.LEAD_AGENCY, R.SUPPORTING_AGENCY, R.COMMITTEE]),
  isLead: true,
  participantState: state,
});

describe('request workflow table', () => {
  const cases = ALL_ACTIONS.flatMap((action) => ALL_STATUSES.map((status) => [action, status] as const));

  it.each(cases)('%s from %s matches the grid', (action, status) => {
    const expected = GRID[action].split(/\s+/)[ORDER.indexOf(status)] === 'x';
    // RESPOND/ASSIGN need a participant that has not answered yet; PENDING satisfies all participant rules
    expect(judge(action, status, anyone()).ok).toBe(expected);
    if (!expected) expect(judge(action, status, anyone())).toEqual({ ok: false, reason: 'STATUS' });
  });

  it('covers every status in the grid', () => {
    expect([...ORDER].sort()).toEqual([...ALL_STATUSES].sort());
  });

  describe('who may act', () => {
    const only = (relation: R, isLead = true, participantState: P | null = null): ActorFacts => ({
      relations: new Set([relation]),
      isLead,
      participantState,
    });

    it('only the requester edits, submits, reopens, withdraws and closes', () => {
      for (const [action, status] of [
        [A.UPDATE_DRAFT, S.DRAFT],
        [A.SUBMIT, S.DRAFT],
        [A.REOPEN, S.RESPONDED],
        [A.WITHDRAW, S.IN_PROGRESS],
        [A.CLOSE, S.RESPONDED],
      ] as const) {
        expect(judge(action, status, only(R.REQUESTER)).ok).toBe(true);
        for (const other of [R.LEAD_AGENCY, R.SUPPORTING_AGENCY, R.COMMITTEE]) {
          expect(judge(action, status, only(other, true, P.PENDING))).toEqual({ ok: false, reason: 'RELATION' });
        }
      }
    });

    it('closing and declining need a LEAD; staff may do the rest', () => {
      expect(judge(A.CLOSE, S.RESPONDED, only(R.REQUESTER, false))).toEqual({ ok: false, reason: 'ROLE' });
      expect(judge(A.DECLINE, S.SUBMITTED, only(R.LEAD_AGENCY, false, P.PENDING))).toEqual({
        ok: false,
        reason: 'ROLE',
      });
      expect(judge(A.SUBMIT, S.DRAFT, only(R.REQUESTER, false)).ok).toBe(true);
      expect(judge(A.RESPOND, S.IN_PROGRESS, only(R.SUPPORTING_AGENCY, false, P.ACKNOWLEDGED)).ok).toBe(true);
    });

    it("participant actions depend on the agency's own state", () => {
      expect(judge(A.ACKNOWLEDGE, S.IN_PROGRESS, only(R.LEAD_AGENCY, false, P.ACKNOWLEDGED))).toEqual({
        ok: false,
        reason: 'PARTICIPANT_STATE',
      });
      expect(judge(A.RESPOND, S.RESPONDED, only(R.LEAD_AGENCY, false, P.RESPONDED))).toEqual({
        ok: false,
        reason: 'PARTICIPANT_STATE',
      });
      expect(judge(A.RESPOND, S.IN_PROGRESS, only(R.LEAD_AGENCY, false, P.DECLINED))).toEqual({
        ok: false,
        reason: 'PARTICIPANT_STATE',
      });
      expect(
        judge(A.ACKNOWLEDGE, S.SUBMITTED, {
          relations: new Set([R.LEAD_AGENCY]),
          isLead: false,
          participantState: null,
        }),
      ).toEqual({ ok: false, reason: 'PARTICIPANT_STATE' });
    });

    it('only a Committee LEAD resolves an escalation; the scheduler may escalate', () => {
      expect(judge(A.RESOLVE_ESCALATION, S.ESCALATED, only(R.COMMITTEE)).ok).toBe(true);
      expect(judge(A.RESOLVE_ESCALATION, S.ESCALATED, only(R.COMMITTEE, false))).toEqual({ ok: false, reason: 'ROLE' });
      expect(judge(A.RESOLVE_ESCALATION, S.ESCALATED, only(R.REQUESTER))).toEqual({ ok: false, reason: 'RELATION' });
      expect(judge(A.ESCALATE, S.IN_PROGRESS, only(R.SYSTEM, false)).ok).toBe(true);
    });
  });

  it('lists the allowed actions for a viewer', () => {
    const leadStaff: ActorFacts = { relations: new Set([R.LEAD_AGENCY]), isLead: false, participantState: P.PENDING };
    expect(allowedActions(S.SUBMITTED, leadStaff)).toEqual([A.ACKNOWLEDGE, A.ASSIGN, A.RESPOND, A.COMMENT, A.ATTACH]);
    const requesterLead: ActorFacts = { relations: new Set([R.REQUESTER]), isLead: true, participantState: null };
    expect(allowedActions(S.RESPONDED, requesterLead)).toEqual([A.CLOSE, A.REOPEN, A.COMMENT, A.ATTACH]);
    expect(allowedActions(S.CLOSED, requesterLead)).toEqual([A.COMMENT]);
    expect(allowedActions(S.WITHDRAWN, requesterLead)).toEqual([]);
  });

  it('lets a supporter that has not answered act after the lead has answered, without moving the request', () => {
    const supporter = (state: P, isLead = false): ActorFacts => ({
      relations: new Set([R.SUPPORTING_AGENCY]),
      isLead,
      participantState: state,
    });
    expect(allowedActions(S.RESPONDED, supporter(P.PENDING))).toEqual([
      A.ACKNOWLEDGE,
      A.ASSIGN,
      A.RESPOND,
      A.COMMENT,
      A.ATTACH,
    ]);
    expect(allowedActions(S.RESPONDED, supporter(P.PENDING, true))).toEqual([
      A.ACKNOWLEDGE,
      A.ASSIGN,
      A.RESPOND,
      A.DECLINE,
      A.COMMENT,
      A.ATTACH,
    ]);
    expect(allowedActions(S.RESPONDED, supporter(P.ACKNOWLEDGED, true))).toEqual([
      A.ASSIGN,
      A.RESPOND,
      A.DECLINE,
      A.COMMENT,
      A.ATTACH,
    ]);
    expect(allowedActions(S.RESPONDED, supporter(P.RESPONDED, true))).toEqual([A.COMMENT, A.ATTACH]);
    for (const action of [A.ACKNOWLEDGE, A.RESPOND, A.DECLINE])
      expect(nextStatus(action, S.RESPONDED, false)).toBe(S.RESPONDED);
  });

  describe('status after an action', () => {
    it.each([
      [A.SUBMIT, S.DRAFT, true, S.SUBMITTED],
      [A.ACKNOWLEDGE, S.SUBMITTED, true, S.IN_PROGRESS],
      [A.ACKNOWLEDGE, S.SUBMITTED, false, S.SUBMITTED],
      [A.ACKNOWLEDGE, S.ESCALATED, true, S.ESCALATED],
      [A.RESPOND, S.IN_PROGRESS, true, S.RESPONDED],
      [A.RESPOND, S.IN_PROGRESS, false, S.IN_PROGRESS],
      [A.DECLINE, S.IN_PROGRESS, true, S.DECLINED],
      [A.DECLINE, S.IN_PROGRESS, false, S.IN_PROGRESS],
      [A.ASSIGN, S.IN_PROGRESS, true, S.IN_PROGRESS],
      [A.CLOSE, S.RESPONDED, false, S.CLOSED],
      [A.REOPEN, S.RESPONDED, false, S.IN_PROGRESS],
      [A.WITHDRAW, S.SUBMITTED, false, S.WITHDRAWN],
      [A.ESCALATE, S.DECLINED, false, S.ESCALATED],
      [A.RESOLVE_ESCALATION, S.ESCALATED, false, S.IN_PROGRESS],
      [A.COMMENT, S.CLOSED, false, S.CLOSED],
      [A.ATTACH, S.DRAFT, false, S.DRAFT],
      [A.UPDATE_DRAFT, S.DRAFT, false, S.DRAFT],
    ] as const)('%s from %s (by the lead agency: %s) → %s', (action, from, asLead, to) => {
      expect(nextStatus(action, from, asLead)).toBe(to);
    });
  });

  it('derives overdue only for open requests past their due date', () => {
    expect(isOverdue(S.IN_PROGRESS, '2023-03-30', '2023-03-31')).toBe(true);
    expect(isOverdue(S.IN_PROGRESS, '2023-03-31', '2023-03-31')).toBe(false);
    expect(isOverdue(S.ESCALATED, '2023-03-01', '2023-03-31')).toBe(true);
    for (const closed of [S.DRAFT, S.RESPONDED, S.CLOSED, S.WITHDRAWN])
      expect(isOverdue(closed, '2023-03-01', '2023-03-31')).toBe(false);
  });
});
