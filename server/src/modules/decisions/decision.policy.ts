import { isCommitteeLead, type Viewer } from '../../shared/viewer';

/** Only a leader of the People's Committee signs decisions. */
export const canSignDecisions = (viewer: Viewer): boolean => isCommitteeLead(viewer);
