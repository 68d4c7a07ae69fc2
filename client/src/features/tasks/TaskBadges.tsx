import { useT } from '../../kit/i18n';
import type { TaskCategory, TaskGroup } from '../../gql/graphql';
import './tasks.css';

/** One of the four official groups; a cancelled task is in none. */
export function TaskGroupBadge({ group }: { group: TaskGroup | null | undefined }) {
  const t = useT();
  if (!group) return <span className="muted">—</span>;
  return <span className={`group-badge group-badge--${group.toLowerCase()}`}>{t(`taskGroup.${group}`)}</span>;
}

export function CategoryLabel({ category }: { category: TaskCategory }) {
  const t = useT();
  return (
    <span className={`task-category task-category--${category.toLowerCase()}`}>{t(`taskCategory.${category}`)}</span>
  );
}

/** A labelled bar; the number is always written out too. */
export function ProgressBar({ percent, label, large = false }: { percent: number; label: string; large?: boolean }) {
  const value = Math.max(0, Math.min(100, percent));
  return (
    <span className={large ? 'progress progress--large' : 'progress'}>
      <span
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
      >
        <span className="progress__fill" style={{ width: `${value}%` }} />
      </span>
      <span className="progress__value">{value}%</span>
    </span>
  );
}
