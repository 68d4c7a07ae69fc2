import { Role, type Viewer } from '../../shared/viewer';

/** Only a leader of the People's Committee signs decisions. */
export const canSignDecisions = (viewer: Viewer): boolean => viewer.inCommittee && viewer.role === Role.LEAD;
