import { useState } from 'react';
import { Link } from 'react-router';
import { useClient } from 'urql';
import { useT } from '../../kit/i18n';
import { useDocumentTitle } from '../../kit/useDocumentTitle';
import { newIdempotencyKey } from '../../kit/idempotency-key';
import { useCapabilities } from '../auth';
import { ProposalForm } from './ProposalForm';
import {
  emptyProposalForm,
  proposalFormErrorsFrom,
  toDraftFields,
  type ProposalFormErrors,
  type ProposalFormValues,
} from './proposal-form';
import { CreateProposalMutation } from './proposals.operations';
import { useOpenSavedProposal } from './useOpenSavedProposal';

export function CreateProposalPage() {
  const t = useT();
  useDocumentTitle(t('proposalForm.createTitle'));
  const client = useClient();
  const openSaved = useOpenSavedProposal();
  // No record yet, so no allowedActions: the viewer's capabilities say whether they may send
  // (a staff member's send would only be refused); once saved, the draft's allowedActions decide.
  const canSend = useCapabilities().submitProposals;
  // One key for this form: however often "save" reaches the server, there is one draft.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [initial] = useState(() => emptyProposalForm());

  async function save(values: ProposalFormValues, submit: boolean): Promise<ProposalFormErrors | null> {
    const input = { ...toDraftFields(values), idempotencyKey };
    const result = await client.mutation(CreateProposalMutation, { input }).toPromise();
    const proposal = result.data?.createProposal.proposal;
    if (!proposal) return result.error ? proposalFormErrorsFrom(result.error) : { form: 'error.UNKNOWN' };
    return openSaved(proposal, submit);
  }

  return (
    <>
      <nav className="breadcrumb" aria-label={t('layout.breadcrumb')}>
        <Link to="/proposals">← {t('proposal.back')}</Link>
      </nav>
      <h1>{t('proposalForm.createTitle')}</h1>
      <p className="muted">{t('proposalForm.intro')}</p>
      <ProposalForm initial={initial} onSave={save} canSend={canSend} />
    </>
  );
}
