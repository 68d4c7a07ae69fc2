import { NavLink } from 'react-router';
import { useT } from '../../kit/i18n';

const TABS = [
  { to: '/admin', label: 'admin.tabUsers' },
  { to: '/admin/agencies', label: 'admin.tabAgencies' },
  { to: '/admin/audit', label: 'admin.tabAudit' },
] as const;

/** The administration's three pages, one tab each; `end` keeps "/admin" from matching its sub-pages. */
export function AdminTabs() {
  const t = useT();
  return (
    <nav className="box-tabs" aria-label={t('admin.tabs')}>
      <ul>
        {TABS.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end>
              {t(tab.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
