import { useState } from 'react';
import type { ErrorCode, FieldErrors } from '../../kit/errors';
import { useT } from '../../kit/i18n';
import type { MessageKey } from '../../kit/messages/vi';
import { useCurrentUser } from '../auth';
import { AmendPanel } from './AmendPanel';
import { canChangeDecision } from './decision-changes';
import type { DecisionDetail } from './decisions.operations';
import { RevokePanel } from './RevokePanel';
import { useDecisionChanges, type DecisionChange } from './useDecisionChanges';

type Panel = 'AMEND' | 'REVOKE';
const PANELS: readonly Panel[] = ['AMEND', 'REVOKE'];

function errorMessage(code: ErrorCode, fields: FieldErrors): MessageKey | null {
  // Someone revoked it meanwhile (or it is a revocation): the page reloads to show that.
  if (code === 'INVALID_TRANSITION') return 'decisionChange.stale';
  // Field errors are shown under their fields.
  const underFields = Object.keys(fields).some(
    (path) => path === 'conditions' || path === 'reason' || path.startsWith('grants'),
  );
  if (code === 'BAD_USER_INPUT' && underFields) return null;
  return `error.${code}`;
}

interface DecisionChangesProps {
  decision: DecisionDetail;
  /** The decision changed under the user: reload it. */
  onStale: () => void;
}

/** "Sửa đổi quyết định" and "Bãi bỏ quyết định", for Committee leaders while the decision is in force. */
export function DecisionChanges({ decision, onStale }: DecisionChangesProps) {
  const t = useT();
  const user = useCurrentUser();
  const { run, pending } = useDecisionChanges(decision);
  const [open, setOpen] = useState<Panel | null>(null);
  const [error, setError] = useState<MessageKey | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});

  if (!canChangeDecision(user, decision)) return null;

  /** Resolves to whether the change was issued (the panel's draft is then done with). */
  async function perform(change: DecisionChange): Promise<boolean> {
    setError(null);
    setFields({});
    const outcome = await run(change);
    if (outcome.ok) return true;
    setFields(outcome.fields);
    setError(errorMessage(outcome.code, outcome.fields));
    if (outcome.code === 'INVALID_TRANSITION') {
      setOpen(null);
      onStale();
    }
    return false;
  }

  const panelProps = {
    decision,
    busy: pending,
    fields,
    onConfirm: perform,
    onCancel: () => setOpen(null),
  };
  return (
    <section className="action-bar no-print" aria-labelledby="decision-actions-heading">
      <h2 id="decision-actions-heading">{t('request.actions')}</h2>
      {error && (
        <p className="alert" role="alert">
          {t(error)}
        </p>
      )}
      <div className="action-bar__buttons">
        {PANELS.map((panel) => (
          <button
            key={panel}
            type="button"
            className={panel === 'REVOKE' ? 'button button--danger' : 'button button--secondary'}
            aria-expanded={open === panel}
            disabled={pending}
            onClick={() => {
              setError(null);
              setFields({});
              setOpen(open === panel ? null : panel);
            }}
          >
            {t(`decisionChange.${panel}`)}
          </button>
        ))}
      </div>
      {open === 'AMEND' && <AmendPanel {...panelProps} />}
      {open === 'REVOKE' && <RevokePanel {...panelProps} />}
    </section>
  );
}
