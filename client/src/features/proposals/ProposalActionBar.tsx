import { useState } from 'react';
import { Link } from 'react-router';
import type { ErrorCode, FieldErrors } from '../../kit/errors';
import { useT } from '../../kit/i18n';
import { ActionBar, PanelButton, type ActionNotice } from '../../kit/ui/ActionBar';
import type { MessageKey } from '../../kit/messages/vi';
import type { ProposalAction } from '../../gql/graphql';
import { AppraisalPanel } from './AppraisalPanel';
import { DecisionPanel } from './DecisionPanel';
import type { ProposalDetail } from './proposals.operations';
import { ReasonPanel } from './ReasonPanel';
import { useProposalActions, type ProposalActionValues, type ProposalPageAction } from './useProposalActions';

type PanelAction = 'APPRAISE' | 'DECIDE' | 'RETURN_FOR_REVISION' | 'REOPEN_APPRAISAL';
const PANEL_ACTIONS: readonly ProposalAction[] = ['APPRAISE', 'DECIDE', 'RETURN_FOR_REVISION', 'REOPEN_APPRAISAL'];
const isPanelAction = (action: ProposalAction): action is PanelAction => PANEL_ACTIONS.includes(action);

function errorMessage(code: ErrorCode): MessageKey {
  // Two leaders deciding at once: exactly one wins, the other is told plainly.
  if (code === 'CONFLICT' || code === 'INVALID_TRANSITION') return 'proposal.actedFirst';
  return `error.${code}`;
}

interface ProposalActionBarProps {
  proposal: ProposalDetail;
  onUpdated: (proposal: ProposalDetail) => void;
  onStale: () => void;
}

/** Exactly the actions the server lists in `allowedActions`. */
export function ProposalActionBar({ proposal, onUpdated, onStale }: ProposalActionBarProps) {
  const t = useT();
  const { run, pending } = useProposalActions(proposal, { onUpdated, onStale });
  const [open, setOpen] = useState<PanelAction | null>(null);
  const [notice, setNotice] = useState<ActionNotice<ProposalPageAction>>();
  const [fields, setFields] = useState<FieldErrors>({});
  const actions = proposal.allowedActions;
  const openPanel = open && actions.includes(open) ? open : null;

  /** Resolves to whether the action was done (the open panel's draft is then done with). */
  async function perform(values: ProposalActionValues): Promise<boolean> {
    setNotice(undefined);
    setFields({});
    const outcome = await run(values);
    if (outcome.ok) {
      setOpen(null);
      setNotice({ tone: 'done', action: values.action });
      return true;
    }
    if (outcome.code === 'BAD_USER_INPUT' && Object.keys(outcome.fields).length > 0) {
      setFields(outcome.fields); // shown on their fields in the open panel
    } else {
      if (outcome.code === 'CONFLICT' || outcome.code === 'INVALID_TRANSITION') setOpen(null);
      setNotice({ tone: 'error', message: errorMessage(outcome.code) });
    }
    return false;
  }

  if (actions.length === 0 && !notice) return null;
  const panelProps = { busy: pending === openPanel, fields, onCancel: () => setOpen(null) };
  return (
    <ActionBar
      headingId="proposal-actions-heading"
      notice={notice}
      actionLabel={(action) => t(`proposalAction.${action}`)}
      buttons={actions.map((action) =>
        action === 'UPDATE_DRAFT' ? (
          <Link key={action} to={`/proposals/${proposal.id}/edit`} className="button button--secondary">
            {t('proposalAction.UPDATE_DRAFT')}
          </Link>
        ) : isPanelAction(action) ? (
          <PanelButton
            key={action}
            open={openPanel === action}
            disabled={pending !== null}
            onToggle={() => {
              setNotice(undefined);
              setFields({});
              setOpen(openPanel === action ? null : action);
            }}
          >
            {t(`proposalAction.${action}`)}
          </PanelButton>
        ) : (
          <button
            key={action}
            type="button"
            className={action === 'WITHDRAW' ? 'button button--danger' : 'button button--primary'}
            disabled={pending !== null}
            aria-busy={pending === action}
            onClick={() => void perform({ action })}
          >
            {pending === action ? t('action.working') : t(`proposalAction.${action}`)}
          </button>
        ),
      )}
    >
      {openPanel === 'APPRAISE' && (
        <AppraisalPanel
          proposal={proposal}
          {...panelProps}
          onConfirm={(values) => perform({ action: 'APPRAISE', ...values })}
        />
      )}
      {openPanel === 'DECIDE' && (
        <DecisionPanel
          proposal={proposal}
          {...panelProps}
          onConfirm={(values) => perform({ action: 'DECIDE', ...values })}
        />
      )}
      {(openPanel === 'RETURN_FOR_REVISION' || openPanel === 'REOPEN_APPRAISAL') && (
        <ReasonPanel
          key={openPanel}
          action={openPanel}
          proposalId={proposal.id}
          {...panelProps}
          onConfirm={(reason) => perform({ action: openPanel, reason })}
        />
      )}
    </ActionBar>
  );
}
