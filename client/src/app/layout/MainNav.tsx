import { NavLink } from 'react-router';
import { useT } from '../../kit/i18n';
import { SECTIONS } from '../sections';

export function MainNav() {
  const t = useT();
  return (
    <nav className="main-nav" aria-label={t('layout.mainNav')}>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.path}>
            <NavLink to={section.path}>{t(section.label)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
