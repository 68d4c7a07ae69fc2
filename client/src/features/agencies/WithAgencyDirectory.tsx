import type { ReactNode } from 'react';
import { useT } from '../../kit/i18n';
import { PendingState } from '../../kit/ui/states';
import type { AgencyListItem } from './agencies.operations';
import type { useAgencyDirectory } from './useAgencyDirectory';

// The forms that pick agencies all wait for the directory the same way: loading, or failed with a
// retry, then the fields.
export function WithAgencyDirectory({
  directory,
  children,
}: {
  directory: ReturnType<typeof useAgencyDirectory>;
  children: (agencies: AgencyListItem[]) => ReactNode;
}) {
  const t = useT();
  const { state } = directory;
  if (state.status === 'ready') return children(state.agencies);
  return (
    <PendingState
      fetching={state.status === 'loading'}
      error={state.status === 'error' ? state.error : undefined}
      label={t('requestForm.loadingAgencies')}
      onRetry={directory.retry}
    />
  );
}
