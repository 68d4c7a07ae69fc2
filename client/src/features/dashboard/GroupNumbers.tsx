import { Link } from 'react-router';
import { useT } from '../../kit/i18n';
import type { TaskGroup } from '../../gql/graphql';
import type { GroupCounts } from './dashboard.operations';
import { groupClass, groupCount, GROUPS } from './groups';

interface GroupNumbersProps {
  counts: GroupCounts;
  /** Where each number leads: the task list filtered to that group. */
  linkFor: (group: TaskGroup) => string;
}

/** The four official groups as big numbers, each opening the tasks behind it. */
export function GroupNumbers({ counts, linkFor }: GroupNumbersProps) {
  const t = useT();
  return (
    <section className="group-numbers" aria-labelledby="group-numbers-title">
      <h2 id="group-numbers-title" className="visually-hidden">
        {t('dashboard.groups')}
      </h2>
      <ul className="group-numbers__list">
        {GROUPS.map((group) => {
          const count = groupCount(counts, group);
          const label = t(`taskGroup.${group}`);
          return (
            <li key={group} className={`group-number group-number--${groupClass(group)}`}>
              <Link to={linkFor(group)} title={t('dashboard.groupLink', { count, group: label })}>
                <span className="group-number__value">{count}</span>{' '}
                <span className="group-number__label">{label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      <p className="group-numbers__completed">
        <strong>{t('dashboard.completedOf', { completed: counts.completed, total: counts.total })}</strong>
      </p>
    </section>
  );
}
