import {
  allowedProposalActions,
  judgeProposal,
  nextProposalStatus,
  ProposalAction as A,
  ProposalRelation as R,
  ProposalStatus as S,
  type ProposalActor,
} from './proposal-status';

const ORDER = [S.DRAFT, S.IN_APPRAISAL, S.IN_REVIEW, S.DECIDED, S.RETURNED, S.WITHDRAWN];
/** Hand-written: action → statuses it is allowed from.
 *                          DRAF APPR REVW DECD RETN WDRN */
const GRID: Record<A, string> = {
  [A.UPDATE_DRAFT]: 'x    .    .    .    x    .',
  [A.SUBMIT]: 'x    .    .    .    x    .',
  [A.APPRAISE]: '.    x    .    .    .    .',
  [A.RETURN_FOR_REVISION]: '.    x    x    .    .    .',
  [A.REOPEN_APPRAISAL]: '.    .    x    .    .    .',
  [A.DECIDE]: '.    .    x    .    .    .',
  [A.WITHDRAW]: 'x    x    x    .    x    .',
};
const everyone: ProposalActor = { relations: new Set(Object.values(R)), isLead: true };
const only = (relation: R, isLead = true): ProposalActor => ({ relations: new Set([relation]), isLead });

describe('proposal workflow table', () => {
  const cases = Object.values(A).flatMap((action) => Object.values(S).map((status) => [action, status] as const));

  it.each(cases)('%s from %s matches the grid', (action, status) => {
    const expected = GRID[action].split(/\s+/)[ORDER.indexOf(status)] === 'x';
    expect(judgeProposal(action, status, everyone)).toEqual(expected ? { ok: true } : { ok: false, reason: 'STATUS' });
  });

  it('covers every status', () => {
    expect([...ORDER].sort()).toEqual(Object.values(S).sort());
  });

  it('gives each action to the right party and role', () => {
    expect(judgeProposal(A.SUBMIT, S.DRAFT, only(R.REQUESTER, false))).toEqual({ ok: false, reason: 'ROLE' });
    expect(judgeProposal(A.UPDATE_DRAFT, S.DRAFT, only(R.REQUESTER, false))).toEqual({ ok: true });
    expect(judgeProposal(A.APPRAISE, S.IN_APPRAISAL, only(R.REQUESTER))).toEqual({ ok: false, reason: 'RELATION' });
    expect(judgeProposal(A.APPRAISE, S.IN_APPRAISAL, only(R.PENDING_APPRAISER, false))).toEqual({
      ok: false,
      reason: 'ROLE',
    });
    expect(judgeProposal(A.DECIDE, S.IN_REVIEW, only(R.COMMITTEE, false))).toEqual({ ok: false, reason: 'ROLE' });
    expect(judgeProposal(A.DECIDE, S.IN_REVIEW, only(R.REQUESTER))).toEqual({ ok: false, reason: 'RELATION' });
    expect(judgeProposal(A.DECIDE, S.IN_REVIEW, only(R.COMMITTEE))).toEqual({ ok: true });
  });

  it('lists allowed actions per viewer', () => {
    expect(allowedProposalActions(S.DRAFT, only(R.REQUESTER))).toEqual([A.UPDATE_DRAFT, A.SUBMIT, A.WITHDRAW]);
    expect(allowedProposalActions(S.IN_REVIEW, only(R.COMMITTEE))).toEqual([
      A.RETURN_FOR_REVISION,
      A.REOPEN_APPRAISAL,
      A.DECIDE,
    ]);
    expect(allowedProposalActions(S.DECIDED, everyone)).toEqual([]);
  });

  it.each([
    [A.SUBMIT, S.DRAFT, true, 2, S.IN_APPRAISAL],
    [A.SUBMIT, S.RETURNED, false, 0, S.IN_REVIEW],
    [A.APPRAISE, S.IN_APPRAISAL, true, 1, S.IN_APPRAISAL],
    [A.APPRAISE, S.IN_APPRAISAL, true, 0, S.IN_REVIEW],
    [A.UPDATE_DRAFT, S.RETURNED, true, 0, S.RETURNED],
    [A.RETURN_FOR_REVISION, S.IN_REVIEW, true, 0, S.RETURNED],
    [A.REOPEN_APPRAISAL, S.IN_REVIEW, true, 2, S.IN_APPRAISAL],
    [A.DECIDE, S.IN_REVIEW, true, 0, S.DECIDED],
    [A.WITHDRAW, S.IN_APPRAISAL, true, 1, S.WITHDRAWN],
  ] as const)(
    '%s from %s (needs appraisal: %s, outstanding: %s) → %s',
    (action, from, needsAppraisal, appraisalsOutstanding, to) => {
      expect(nextProposalStatus(action, from, { needsAppraisal, appraisalsOutstanding })).toBe(to);
    },
  );
});
