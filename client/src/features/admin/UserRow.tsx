import { useState } from 'react';
import { useT } from '../../kit/i18n';
import type { AdminUserRow } from './admin.operations';

/** What the admin asked to do with one account; disable, enable and reset ask once more first. */
export type UserAction = 'edit' | 'disable' | 'enable' | 'reset';

interface UserRowProps {
  user: AdminUserRow;
  busy: boolean;
  onAction: (action: UserAction, user: AdminUserRow) => void;
}

const CONFIRMATION = {
  disable: 'adminUsers.confirmDisable',
  enable: 'adminUsers.confirmEnable',
  reset: 'adminUsers.confirmReset',
} as const;

export function UserRow({ user, busy, onAction }: UserRowProps) {
  const t = useT();
  const [asking, setAsking] = useState<keyof typeof CONFIRMATION | null>(null);
  const name = user.fullName;
  return (
    <tr>
      <td>
        <span className="admin-user__name">{user.fullName}</span>
        <span className="muted admin-user__title">{user.title}</span>
      </td>
      <td>
        <code>{user.username}</code>
      </td>
      <td title={user.agency.name}>{user.agency.shortName}</td>
      <td>
        {t(`role.${user.role}`)}
        {user.awaitingConfirmation && <span className="badge">{t('adminUsers.awaiting')}</span>}
      </td>
      <td>
        {user.active ? t('adminUsers.statusActive') : t('adminUsers.statusDisabled')}
        {user.mustChangePassword && <span className="badge">{t('adminUsers.mustChange')}</span>}
      </td>
      <td>
        {asking ? (
          <div className="confirm-inline" role="group" aria-label={t('adminUsers.actionsFor', { name })}>
            <p>{t(CONFIRMATION[asking], { name })}</p>
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => {
                setAsking(null);
                onAction(asking, user);
              }}
            >
              {t('adminUsers.confirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setAsking(null)}>
              {t('common.cancel')}
            </button>
          </div>
        ) : (
          <div className="row-actions" role="group" aria-label={t('adminUsers.actionsFor', { name })}>
            <button type="button" className="button button--ghost" onClick={() => onAction('edit', user)}>
              {t('adminUsers.edit')}
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => setAsking(user.active ? 'disable' : 'enable')}
            >
              {user.active ? t('adminUsers.disable') : t('adminUsers.enable')}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setAsking('reset')}>
              {t('adminUsers.resetPassword')}
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}
