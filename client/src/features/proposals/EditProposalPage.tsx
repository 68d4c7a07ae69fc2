import { Link, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { useT } from '../../app/i18n';
import { EmptyState, PendingState } from '../../app/ui/states';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ProposalForm } from './ProposalForm';
import {
  proposalFormErrorsFrom,
  toDraftFields,
  valuesFromProposal,
  type ProposalFormErrors,
  type ProposalFormValues,
} from './proposal-form';
import { ProposalDetailQuery, UpdateProposalDraftMutation, type ProposalDetail } from './proposals.operations';
import { useOpenSavedProposal } from './useOpenSavedProposal';

export function EditProposalPage() {
  const t = useT();
  useDocumentTitle(t('proposalForm.editTitle'));
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ProposalDetailQuery,
    variables: { id },
    requestPolicy: 'network-only', // edit the draft as it is now, with its current version
  });
  const proposal = data?.proposal;
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <>
      <nav className="breadcrumb" aria-label={t('layout.breadcrumb')}>
        <Link to={`/proposals/${id}`}>← {proposal?.title ?? t('proposal.back')}</Link>
      </nav>
      <h1>{t('proposalForm.editTitle')}</h1>
      {proposal ? (
        proposal.allowedActions.includes('UPDATE_DRAFT') ? (
          <DraftEditor key={proposal.version} proposal={proposal} onReload={reload} />
        ) : (
          <EmptyState title={t('proposalForm.notEditable')}>
            <Link to={`/proposals/${id}`} className="button button--secondary">
              {proposal.title}
            </Link>
          </EmptyState>
        )
      ) : (
        <PendingState fetching={fetching} error={error} label={t('proposal.loading')} onRetry={reload} />
      )}
    </>
  );
}

function DraftEditor({ proposal, onReload }: { proposal: ProposalDetail; onReload: () => void }) {
  const client = useClient();
  const openSaved = useOpenSavedProposal();

  async function save(values: ProposalFormValues, submit: boolean): Promise<ProposalFormErrors | null> {
    const input = { id: proposal.id, version: proposal.version, ...toDraftFields(values) };
    const result = await client.mutation(UpdateProposalDraftMutation, { input }).toPromise();
    const updated = result.data?.updateProposalDraft.proposal;
    if (!updated) return result.error ? proposalFormErrorsFrom(result.error) : { form: 'error.UNKNOWN' };
    return openSaved(updated, submit);
  }

  return <ProposalForm initial={valuesFromProposal(proposal)} onSave={save} onReload={onReload} linkedTasks={proposal.linkedTasks} />;
}
