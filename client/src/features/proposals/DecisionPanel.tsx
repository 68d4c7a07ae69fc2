import { useState } from 'react';
import type { FieldErrors } from '../../kit/errors';
import { formatVnd } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { DraftRestoreBanner } from '../../kit/ui/DraftRestoreBanner';
import { ServerFieldProblems, useServerFieldMessage } from '../../kit/ui/ServerFieldProblems';
import { TextAreaField } from '../../kit/ui/TextAreaField';
import { DateField } from '../../kit/ui/DateField';
import type { GrantInput } from '../../gql/graphql';
import { newIdempotencyKey } from '../../kit/idempotency-key';
import { usePanelDraft } from '../../kit/useLocalDraft';
import { useCurrentUser } from '../auth';
import { grantedTotal, grantsOverRequest, initialGrants, type GrantValues } from './proposal-grants';
import { GrantsTable } from './GrantsTable';
import type { ProposalDetail } from './proposals.operations';

export interface DecideValues {
  grants: GrantInput[];
  conditions: string;
  effectiveDate: string | null;
  idempotencyKey: string;
}

interface DecisionPanelProps {
  proposal: ProposalDetail;
  busy: boolean;
  /** The server's problems with the last try, shown on their fields. */
  fields: FieldErrors;
  /** Resolves to whether the decision was issued. */
  onConfirm: (values: DecideValues) => Promise<boolean>;
  onCancel: () => void;
}

/** The Committee's grant per item (prefilled from the appraisals), conditions and effective date. */
export function DecisionPanel({ proposal, busy, fields, onConfirm, onCancel }: DecisionPanelProps) {
  const t = useT();
  const serverMessage = useServerFieldMessage(fields);
  const [grants, setGrants] = useState(() => initialGrants(proposal));
  const [conditions, setConditions] = useState('');
  const [effectiveDate, setEffectiveDate] = useState('');
  // One key per opened form: a retried "issue" never makes a second decision.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [invalid, setInvalid] = useState<string[]>([]);
  const [missingConditions, setMissingConditions] = useState(false);
  const user = useCurrentUser();
  const [start] = useState(() => ({ grants, conditions, effectiveDate }));
  const draft = usePanelDraft(
    { owner: user.id, form: 'proposal-DECIDE', recordId: proposal.id, version: proposal.version },
    { grants, conditions, effectiveDate },
    start,
    (restored) => {
      setGrants(restored.grants);
      setConditions(restored.conditions);
      setEffectiveDate(restored.effectiveDate);
    },
    t('draft.leaveQuestion'),
  );

  const setGrant = (itemId: string, change: Partial<GrantValues>) =>
    setGrants((current) => current.map((g) => (g.itemId === itemId ? { ...g, ...change } : g)));

  function confirm() {
    const over = grantsOverRequest(proposal, grants);
    setInvalid(over);
    setMissingConditions(!conditions.trim());
    if (over.length > 0 || !conditions.trim()) return;
    const decided = {
      grants: proposal.items.map((item) => {
        const grant = grants.find((g) => g.itemId === item.id)!;
        return {
          itemId: item.id,
          grantedQuantity: Number(grant.quantity),
          grantedAmount: item.amount === null ? null : grant.amount,
        };
      }),
      conditions,
      effectiveDate: effectiveDate || null,
      idempotencyKey,
    };
    draft.whileSaving(() => onConfirm(decided));
  }

  return (
    <form
      className="action-panel"
      aria-label={t('proposalAction.DECIDE')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        confirm();
      }}
    >
      <DraftRestoreBanner {...draft.banner} />
      <GrantsTable
        caption={t('decide.grants')}
        lines={proposal.items.map((item) => ({
          ...item,
          itemId: item.id,
          requestedQuantity: item.quantity,
          requestedAmount: item.amount ?? null,
        }))}
        grants={grants}
        invalid={invalid}
        onChange={setGrant}
      />
      <ServerFieldProblems fields={fields} prefix="grants" />
      <p role="status">
        {t('decide.total')}: <strong>{formatVnd(grantedTotal(grants))}</strong>
      </p>
      <TextAreaField
        id="decision-conditions"
        label={t('decide.conditions')}
        value={conditions}
        rows={4}
        onChange={(event) => setConditions(event.currentTarget.value)}
        error={missingConditions ? t('action.textRequired') : serverMessage('conditions')}
      />
      <DateField
        id="decision-effective-date"
        label={t('decide.effectiveDate')}
        value={effectiveDate}
        onChange={(event) => setEffectiveDate(event.currentTarget.value)}
        error={serverMessage('effectiveDate')}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('action.working') : t('decide.issue')}
        </button>
        <button type="button" className="button button--secondary" onClick={draft.discardThen(onCancel)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
