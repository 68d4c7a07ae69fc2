import type { AgencySummary } from '../agencies';
import type { AgencyRollUp, GroupCounts } from './task-statistics.views';

/** An agency of the tree as the statistics statement reads it. */
export interface TreeNode {
  agency: AgencySummary;
  parentId: string | null;
}

const ZERO: GroupCounts = {
  total: 0,
  completedOnTime: 0,
  completedLate: 0,
  notDoneWithinDeadline: 0,
  notDoneOverdue: 0,
  completed: 0,
};

const plus = (a: GroupCounts, b: GroupCounts): GroupCounts => ({
  total: a.total + b.total,
  completedOnTime: a.completedOnTime + b.completedOnTime,
  completedLate: a.completedLate + b.completedLate,
  notDoneWithinDeadline: a.notDoneWithinDeadline + b.notDoneWithinDeadline,
  notDoneOverdue: a.notDoneOverdue + b.notDoneOverdue,
  completed: a.completed + b.completed,
});

/**
 * Rolls each agency's own counts up into every agency above it, up to `rootId` (an agency scope)
 * or the top of the tree (`null`: the province). Each task is counted once in its agency and once
 * in each ancestor within the scope, so the top rows (parentId null) add up to the scope's total,
 * and a row's counts are its `ownCounts` plus its units' counts. Agencies without tasks, below
 * them or their own, are left out; rows are in code order.
 */
export function rollUp(
  own: ReadonlyMap<string, GroupCounts>,
  tree: readonly TreeNode[],
  rootId: string | null,
): AgencyRollUp[] {
  const nodes = new Map(tree.map((node) => [node.agency.id, node]));
  const rolled = new Map<string, GroupCounts>();
  for (const [agencyId, counts] of own) {
    // the chain from the agency up to the scope's root; an agency outside the scope counts nowhere
    const chain: string[] = [];
    let id: string | null = agencyId;
    while (id !== null && !chain.includes(id)) {
      chain.push(id);
      if (id === rootId) break;
      id = nodes.get(id)?.parentId ?? null;
    }
    if (rootId !== null && chain.at(-1) !== rootId) continue;
    for (const at of chain) rolled.set(at, plus(rolled.get(at) ?? ZERO, counts));
  }
  return [...rolled]
    .flatMap(([id, counts]) => {
      const node = nodes.get(id);
      if (!node || counts.total === 0) return [];
      const parentId = id === rootId ? null : node.parentId;
      return [{ agency: node.agency, parentId, counts, ownCounts: own.get(id) ?? ZERO }];
    })
    .sort((a, b) => a.agency.code.localeCompare(b.agency.code));
}
