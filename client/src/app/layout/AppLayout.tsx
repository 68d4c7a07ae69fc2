import { Link, Outlet } from 'react-router';
import { NotificationBell } from '../../features/notifications';
import { WorkQueueProvider } from '../../features/work-queue';
import { useT } from '../../kit/i18n';
import { HOME_PATH } from '../../kit/paths';
import { LanguageSwitch } from '../../kit/ui/LanguageSwitch';
import { MainNav } from './MainNav';
import { UserMenu } from './UserMenu';

/** The signed-in shell, with the live work queue its navigation counts and home page read. */
export function AppLayout() {
  return (
    <WorkQueueProvider>
      <Shell />
    </WorkQueueProvider>
  );
}

function Shell() {
  const t = useT();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__bar">
          <Link to={HOME_PATH} className="brand">
            {t('app.name')}
          </Link>
          <NotificationBell />
          <LanguageSwitch />
          <UserMenu />
        </div>
        <MainNav />
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
