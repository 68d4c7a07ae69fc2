import {
  allowedTaskActions,
  judgeTask,
  nextTaskStatus,
  TaskAction as A,
  TaskRelation as R,
  TaskStatus as S,
  type TaskActor,
} from './task-status';

const ORDER = [S.OPEN, S.COMPLETED, S.CANCELLED, S.CARRIED_OVER];
/** Hand-written: action → statuses it is allowed from, who may do it, and whether it needs a leader.
 *                     OPEN DONE CANC CARR   by                 lead */
const GRID: Record<A, [string, R[], boolean]> = {
  [A.REPORT_PROGRESS]: ['x    .    .    .', [R.OWNER], false],
  [A.COMPLETE]: ['x    .    .    .', [R.OWNER], true],
  [A.REOPEN]: ['.    x    .    .', [R.COMMITTEE], true],
  [A.CANCEL]: ['x    .    .    .', [R.COMMITTEE], true],
  [A.CARRY_OVER]: ['x    .    .    .', [R.COMMITTEE], true],
  [A.LINK]: ['x    x    .    .', [R.OWNER, R.COMMITTEE], false],
};
const actor = (relations: R[], isLead: boolean): TaskActor => ({ relations: new Set(relations), isLead });
const ACTORS = [[], [R.OWNER], [R.COMMITTEE], [R.OWNER, R.COMMITTEE]].flatMap((relations) => [
  actor(relations, false),
  actor(relations, true),
]);

describe('task workflow table', () => {
  const cases = Object.values(A).flatMap((action) =>
    Object.values(S).flatMap((status) => ACTORS.map((who) => [action, status, who] as const)),
  );

  it.each(cases)('%s from %s by %o matches the grid', (action, status, who) => {
    const [allowedFrom, by, needsLead] = GRID[action];
    const related = by.some((relation) => who.relations.has(relation));
    const fromOk = allowedFrom.split(/\s+/)[ORDER.indexOf(status)] === 'x';
    const expected = !related
      ? { ok: false, reason: 'RELATION' }
      : !fromOk
        ? { ok: false, reason: 'STATUS' }
        : needsLead && !who.isLead
          ? { ok: false, reason: 'ROLE' }
          : { ok: true };
    expect(judgeTask(action, status, who)).toEqual(expected);
    expect(allowedTaskActions(status, who).includes(action)).toBe(expected.ok);
  });

  it('covers every status and action', () => {
    expect([...ORDER].sort()).toEqual(Object.values(S).sort());
    expect(Object.keys(GRID).sort()).toEqual(Object.values(A).sort());
  });

  it('moves to the status the action names', () => {
    expect(nextTaskStatus(A.COMPLETE, S.OPEN)).toBe(S.COMPLETED);
    expect(nextTaskStatus(A.REOPEN, S.COMPLETED)).toBe(S.OPEN);
    expect(nextTaskStatus(A.CANCEL, S.OPEN)).toBe(S.CANCELLED);
    expect(nextTaskStatus(A.CARRY_OVER, S.OPEN)).toBe(S.CARRIED_OVER);
    expect(nextTaskStatus(A.REPORT_PROGRESS, S.OPEN)).toBe(S.OPEN);
    expect(nextTaskStatus(A.LINK, S.COMPLETED)).toBe(S.COMPLETED);
  });

  it('lets an agency leader report and complete, and a Committee leader reopen, cancel and carry over', () => {
    expect(allowedTaskActions(S.OPEN, actor([R.OWNER], true))).toEqual([A.REPORT_PROGRESS, A.COMPLETE, A.LINK]);
    expect(allowedTaskActions(S.OPEN, actor([R.OWNER], false))).toEqual([A.REPORT_PROGRESS, A.LINK]);
    expect(allowedTaskActions(S.OPEN, actor([R.COMMITTEE], true))).toEqual([A.CANCEL, A.CARRY_OVER, A.LINK]);
    expect(allowedTaskActions(S.COMPLETED, actor([R.COMMITTEE], true))).toEqual([A.REOPEN, A.LINK]);
    expect(allowedTaskActions(S.CARRIED_OVER, actor([R.OWNER, R.COMMITTEE], true))).toEqual([]);
  });
});
