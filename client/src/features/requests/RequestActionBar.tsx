import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../kit/i18n';
import { ActionBar, PanelButton, type ActionNotice } from '../../kit/ui/ActionBar';
import type { RequestAction } from '../../gql/graphql';
import { ActionPanel, isPanelAction, type PanelAction } from './ActionPanel';
import { noticeFor } from './request-notices';
import type { RequestDetail } from './requests.operations';
import { useRequestActions, type ActionValues, type PageAction } from './useRequestActions';

interface RequestActionBarProps {
  request: RequestDetail;
  onUpdated: (request: RequestDetail) => void;
  onStale: () => void;
}

/** Commenting and attaching files live with the comments and the files. */
type BarAction = Exclude<RequestAction, 'COMMENT' | 'ATTACH'>;
const isBarAction = (action: RequestAction): action is BarAction => action !== 'COMMENT' && action !== 'ATTACH';

/**
 * Exactly the actions the server lists in `allowedActions` — the client never decides who may do
 * what.
 */
export function RequestActionBar({ request, onUpdated, onStale }: RequestActionBarProps) {
  const t = useT();
  const { run, pending } = useRequestActions(request, { onUpdated, onStale });
  const [open, setOpen] = useState<PanelAction | null>(null);
  const [notice, setNotice] = useState<ActionNotice<PageAction>>();
  const actions = request.allowedActions.filter(isBarAction);
  // A live change may take an action away while its panel is open.
  const openPanel = open && actions.includes(open) ? open : null;

  async function perform(action: PageAction, values?: ActionValues) {
    setNotice(undefined);
    const outcome = await run(action, values);
    setNotice(noticeFor(action, outcome));
    if (outcome.ok) setOpen(null);
    return outcome;
  }

  if (actions.length === 0 && !notice) return null;
  return (
    <ActionBar
      headingId="request-actions-heading"
      notice={notice}
      actionLabel={(action) => t(`action.${action}`)}
      buttons={actions.map((action) =>
        action === 'UPDATE_DRAFT' ? (
          <Link key={action} to={`/requests/${request.id}/edit`} className="button button--secondary">
            {t('action.UPDATE_DRAFT')}
          </Link>
        ) : isPanelAction(action) ? (
          <PanelButton
            key={action}
            open={openPanel === action}
            panelId="request-action-panel"
            disabled={pending !== null}
            onToggle={() => {
              setNotice(undefined);
              setOpen(openPanel === action ? null : action);
            }}
          >
            {t(`action.${action}`)}
          </PanelButton>
        ) : (
          <button
            key={action}
            type="button"
            className="button button--primary"
            disabled={pending !== null}
            aria-busy={pending === action}
            onClick={() => void perform(action)}
          >
            {pending === action ? t('action.working') : t(`action.${action}`)}
          </button>
        ),
      )}
    >
      {openPanel && (
        <ActionPanel
          key={openPanel}
          action={openPanel}
          request={request}
          busy={pending === openPanel}
          onConfirm={(values) => perform(openPanel, values)}
          onCancel={() => setOpen(null)}
        />
      )}
    </ActionBar>
  );
}
