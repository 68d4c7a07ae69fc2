import { rollUp, type TreeNode } from './task-rollup';
import type { GroupCounts } from './task-statistics.views';

const node = (id: string, parentId: string | null): TreeNode => ({
  agency: { id, code: id.toUpperCase(), name: id, shortName: id, kind: 'DEPARTMENT' } as TreeNode['agency'],
  parentId,
});
// stnmt ⊃ vpdkdd ⊃ {dh, tp}; stnmt ⊃ dd; stc alone
const tree = [
  node('stnmt', null),
  node('vpdkdd', 'stnmt'),
  node('dh', 'vpdkdd'),
  node('tp', 'vpdkdd'),
  node('dd', 'stnmt'),
  node('stc', null),
];
const counts = (total: number, onTime = 0, overdue = 0): GroupCounts => ({
  total,
  completedOnTime: onTime,
  completedLate: 0,
  notDoneWithinDeadline: total - onTime - overdue,
  notDoneOverdue: overdue,
  completed: onTime,
});
const own = new Map([
  ['stnmt', counts(3, 1, 1)],
  ['dh', counts(4, 2, 2)],
  ['tp', counts(1, 0, 1)],
  ['stc', counts(2, 2)],
]);

describe('rolling agencies up into their parents', () => {
  it('adds each unit into every agency above it, and the top rows add up to the province', () => {
    const rows = rollUp(own, tree, null);
    const byId = new Map(rows.map((row) => [row.agency.id, row]));
    expect(rows.map((row) => [row.agency.id, row.parentId, row.counts.total, row.ownCounts.total])).toEqual([
      ['dh', 'vpdkdd', 4, 4],
      ['stc', null, 2, 2],
      ['stnmt', null, 8, 3],
      ['tp', 'vpdkdd', 1, 1],
      ['vpdkdd', 'stnmt', 5, 0],
    ]);
    expect(byId.get('stnmt')!.counts).toEqual(counts(8, 3, 4));
    const top = rows.filter((row) => row.parentId === null);
    const total = [...own.values()].reduce((sum, c) => sum + c.total, 0);
    expect(top.reduce((sum, row) => sum + row.counts.total, 0)).toBe(total);
    // every row: its own tasks plus its units' rows
    for (const row of rows) {
      const units = rows.filter((unit) => unit.parentId === row.agency.id);
      expect(units.reduce((sum, unit) => sum + unit.counts.total, row.ownCounts.total)).toBe(row.counts.total);
    }
    expect(byId.has('dd')).toBe(false); // no tasks in it or below it
  });

  it('stops at the scope agency, which becomes the top row, and leaves out agencies outside it', () => {
    const rows = rollUp(own, tree, 'vpdkdd');
    expect(rows.map((row) => [row.agency.id, row.parentId, row.counts.total])).toEqual([
      ['dh', 'vpdkdd', 4],
      ['tp', 'vpdkdd', 1],
      ['vpdkdd', null, 5],
    ]);
  });
});
