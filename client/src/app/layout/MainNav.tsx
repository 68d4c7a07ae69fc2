import { NavLink } from 'react-router';
import { useCapabilities } from '../../features/auth';
import { useT } from '../../kit/i18n';
import { SECTIONS } from '../sections';

export function MainNav() {
  const t = useT();
  const capabilities = useCapabilities();
  return (
    <nav className="main-nav" aria-label={t('layout.mainNav')}>
      <ul>
        {SECTIONS.filter((section) => !section.needs || capabilities[section.needs]).map((section) => (
          <li key={section.path}>
            <NavLink to={section.path}>{t(section.label)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
