import { NavLink } from 'react-router';
import { useT } from '../../kit/i18n';

/** The administration's three pages, one tab each; `end` keeps "/admin" from matching its sub-pages. */
export function AdminTabs() {
  const t = useT();
  return (
    <nav className="tabs admin-tabs" aria-label={t('admin.tabs')}>
      <NavLink to="/admin" end>
        {t('admin.tabUsers')}
      </NavLink>
      <NavLink to="/admin/agencies">{t('admin.tabAgencies')}</NavLink>
      <NavLink to="/admin/audit">{t('admin.tabAudit')}</NavLink>
    </nav>
  );
}
