import { useT } from '../../kit/i18n';
import type { DecisionOutcome, ProposalStatus } from '../../gql/graphql';

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const t = useT();
  return (
    <span className={`status-badge status-badge--p-${status.toLowerCase()}`}>{t(`proposalStatus.${status}`)}</span>
  );
}

export function OutcomeBadge({ outcome }: { outcome: DecisionOutcome }) {
  const t = useT();
  return (
    <span className={`status-badge status-badge--o-${outcome.toLowerCase()}`}>{t(`decisionOutcome.${outcome}`)}</span>
  );
}
