import { useClient } from 'urql';
import { useT } from '../../kit/i18n';
import { EditDraftPage } from '../../kit/ui/EditDraftPage';
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
  return (
    <EditDraftPage
      title={t('proposalForm.editTitle')}
      query={ProposalDetailQuery}
      record={(data) => data.proposal}
      path={(id) => `/proposals/${id}`}
      backLabel={t('proposal.back')}
      loadingLabel={t('proposal.loading')}
      notEditable={t('proposalForm.notEditable')}
    >
      {(proposal, reload) => <DraftEditor proposal={proposal} onReload={reload} />}
    </EditDraftPage>
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

  return (
    <ProposalForm
      initial={valuesFromProposal(proposal)}
      onSave={save}
      onReload={onReload}
      linkedTasks={proposal.linkedTasks}
      canSend={proposal.allowedActions.includes('SUBMIT')}
      editing={proposal}
    />
  );
}
