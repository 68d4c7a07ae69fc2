import type { Translate } from '../../kit/i18n';
import type { DomainArea, TaskCategory } from '../../gql/graphql';

interface Counts {
  total: number;
  completed: number;
  notDoneWithinDeadline: number;
  notDoneOverdue: number;
}

export interface SummaryInput {
  /** Who the sentence is about ("Sở TN&MT", "Toàn tỉnh") */
  scope: string;
  counts: Counts;
  byCategory: readonly { category: TaskCategory; counts: Counts }[];
  byDomain: readonly { domain: DomainArea; counts: Counts }[];
}

const notDone = (counts: Counts) => counts.notDoneWithinDeadline + counts.notDoneOverdue;

/** "a", "a và b", "a, b và c". */
export function joinList(t: Translate, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return t('dashboard.summary.and', { list: items.slice(0, -1).join(', '), last: items[items.length - 1] });
}

/**
 * The quarter in one sentence, the way the provincial press writes it: "Sở TN&MT: 1 nhiệm vụ đột
 * phá, 11/14 nhiệm vụ chuyên môn hoàn thành; 3 nhiệm vụ lĩnh vực đất đai chưa hoàn thành".
 * "Chuyên môn" is every category but BREAKTHROUGH; breakthrough tasks are named by count when all
 * are done, else as done/total. Unfinished tasks (within deadline or overdue) are named per domain.
 */
export function summarySentence(t: Translate, input: SummaryInput): string {
  const { scope, counts, byCategory, byDomain } = input;
  if (counts.total === 0) return t('dashboard.summary.scope', { scope, text: t('dashboard.summary.none') });

  const breakthrough = { total: 0, completed: 0 };
  const specialised = { total: 0, completed: 0 };
  for (const row of byCategory) {
    const bucket = row.category === 'BREAKTHROUGH' ? breakthrough : specialised;
    bucket.total += row.counts.total;
    bucket.completed += row.counts.completed;
  }

  const doneParts: string[] = [];
  if (breakthrough.total > 0) {
    doneParts.push(
      breakthrough.completed === breakthrough.total
        ? t('dashboard.summary.breakthrough', { count: breakthrough.total })
        : t('dashboard.summary.breakthroughPartly', breakthrough),
    );
  }
  if (specialised.total > 0) doneParts.push(t('dashboard.summary.specialised', specialised));

  const unfinished = byDomain
    .filter((row) => notDone(row.counts) > 0)
    .map((row) => {
      const count = notDone(row.counts);
      const domain = t(`dashboard.domainPhrase.${row.domain}`);
      return t(count === 1 ? 'dashboard.summary.domainTasks.one' : 'dashboard.summary.domainTasks.other', {
        count,
        domain,
      });
    });

  const text = [
    t('dashboard.summary.completed', { tasks: doneParts.join(', ') }),
    unfinished.length > 0
      ? t('dashboard.summary.notDone', { tasks: joinList(t, unfinished) })
      : t('dashboard.summary.allDone'),
  ].join('; ');
  return t('dashboard.summary.scope', { scope, text });
}
