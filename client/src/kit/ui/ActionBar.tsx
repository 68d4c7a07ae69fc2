import type { ReactNode } from 'react';
import { useT } from '../i18n';
import type { MessageKey } from '../messages/vi';

// The frame of a record page's actions (request, proposal, task), written once: the heading, what
// the last action came to (an alert, or a quiet "done" for screen readers), the buttons, then the
// open panel. Each page keeps only which actions it offers and how it runs them.

/** A message about the last action, as keys so it follows a language switch. */
export type ActionNotice<Action extends string> =
  { tone: 'done'; action: Action } | { tone: 'error'; message: MessageKey };

interface ActionBarProps<Action extends string> {
  headingId: string;
  notice: ActionNotice<Action> | undefined;
  /** An action's name, for "… done". */
  actionLabel: (action: Action) => string;
  buttons: ReactNode;
  /** The open panel, if any. */
  children?: ReactNode;
}

export function ActionBar<Action extends string>({
  headingId,
  notice,
  actionLabel,
  buttons,
  children,
}: ActionBarProps<Action>) {
  const t = useT();
  return (
    <section className="action-bar" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('request.actions')}</h2>
      {notice?.tone === 'error' && (
        <p className="alert" role="alert">
          {t(notice.message)}
        </p>
      )}
      <p className="live-note" role="status">
        {notice?.tone === 'done' && t('request.done', { action: actionLabel(notice.action) })}
      </p>
      <div className="action-bar__buttons">{buttons}</div>
      {children}
    </section>
  );
}

interface PanelButtonProps {
  /** Whether its panel is the one open. */
  open: boolean;
  /** The panel's id, when it has one. */
  panelId?: string;
  disabled: boolean;
  className?: string;
  onToggle: () => void;
  children: ReactNode;
}

/** An action button that opens (or closes) the action's panel rather than acting at once. */
export function PanelButton({
  open,
  panelId,
  disabled,
  className = 'button button--secondary',
  onToggle,
  children,
}: PanelButtonProps) {
  return (
    <button
      type="button"
      className={className}
      aria-expanded={open}
      aria-controls={open ? panelId : undefined}
      disabled={disabled}
      onClick={onToggle}
    >
      {children}
    </button>
  );
}
