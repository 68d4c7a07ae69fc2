import { NavLink } from 'react-router';
import { useWorkQueueCounts } from '../../features/work-queue';
import { useT } from '../../kit/i18n';
import { SECTIONS } from '../sections';

/** The badge stays three characters wide. */
const badgeText = (count: number) => (count > 99 ? '99+' : String(count));

export function MainNav() {
  const t = useT();
  const counts = useWorkQueueCounts();
  return (
    <nav className="main-nav" aria-label={t('layout.mainNav')}>
      <ul>
        {SECTIONS.map((section) => {
          const label = t(section.label);
          const count = section.badge && counts ? counts[section.badge] : 0;
          return (
            <li key={section.path}>
              {/* with work waiting, read as "Đề nghị phối hợp, 3 việc": the badge's digits are for the eye */}
              <NavLink
                to={section.path}
                aria-label={count > 0 ? `${label}, ${t('nav.pendingCount', { count })}` : undefined}
              >
                <span className="main-nav__label">{label}</span>
                {count > 0 && (
                  <span className="main-nav__badge" aria-hidden="true">
                    {badgeText(count)}
                  </span>
                )}
              </NavLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
