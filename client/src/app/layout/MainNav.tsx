import { useId, useRef, useState } from 'react';
import { NavLink } from 'react-router';
import { useCapabilities } from '../../features/auth';
import { useWorkQueueCounts } from '../../features/work-queue';
import { useT } from '../../kit/i18n';
import { useDismiss } from '../../kit/ui/useDismiss';
import { SECTIONS } from '../sections';

/** The badge stays three characters wide. */
const badgeText = (count: number) => (count > 99 ? '99+' : String(count));

/**
 * The sections, in a row on a wide screen; on a narrow one (styles.css, "Small screens") folded
 * behind a menu button that opens them as a list. Escape or a press outside closes the list (Escape
 * gives the focus back to the button); choosing a section closes it and moves the focus to the page.
 */
export function MainNav() {
  const t = useT();
  const capabilities = useCapabilities();
  const counts = useWorkQueueCounts();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const nav = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useDismiss(open, nav, (reason) => {
    setOpen(false);
    if (reason === 'escape') toggle.current?.focus();
  });
  const chosen = () => {
    if (!open) return;
    setOpen(false);
    // the link is about to be hidden with the list: the focus goes where the new page is read
    document.getElementById('main')?.focus();
  };
  return (
    <nav ref={nav} className={open ? 'main-nav main-nav--open' : 'main-nav'} aria-label={t('layout.mainNav')}>
      <button
        ref={toggle}
        type="button"
        className="main-nav__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        <svg className="main-nav__toggle-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z" />
        </svg>
        {t('layout.menu')}
      </button>
      <ul id={listId}>
        {SECTIONS.filter((section) => !section.needs || capabilities[section.needs]).map((section) => {
          const label = t(section.label);
          const count = section.badge && counts ? counts[section.badge] : 0;
          return (
            <li key={section.path}>
              <NavLink to={section.path} onClick={chosen}>
                <span className="main-nav__label">{label}</span>
                {count > 0 && (
                  <>
                    {/* read with its section, "Đề nghị phối hợp 3 việc": the digits seen are part of the name */}{' '}
                    <span className="main-nav__badge">
                      {badgeText(count)}
                      <span className="visually-hidden"> {t('nav.pendingUnit')}</span>
                    </span>
                  </>
                )}
              </NavLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
