import { holdsPower, Power } from '../../shared/powers';
import type { Viewer } from '../../shared/viewer';

/** Signing amendments and revocations: a leader of the People's Committee, or who holds DECIDE by delegation. */
export const canSignDecisions = (viewer: Viewer): boolean => holdsPower(viewer, Power.DECIDE);

/** The power a decision is signed under (the delegation it is signed for, if any). */
export const SIGNING_POWER = Power.DECIDE;
