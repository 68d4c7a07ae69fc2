import { useCurrentUser } from '../auth';

/**
 * Whether the signed-in user is in the People's Committee (reads every agency's tasks, records
 * working sessions) and leads there (assigns tasks, closes quarters, publishes conclusions). Only
 * decides what to offer: the server checks every action again.
 */
export function useCommitteeRole() {
  const user = useCurrentUser();
  const inCommittee = user.agency.kind === 'PEOPLES_COMMITTEE';
  return { inCommittee, isCommitteeLead: inCommittee && user.role === 'LEAD' };
}
