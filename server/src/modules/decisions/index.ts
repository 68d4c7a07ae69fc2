export { DecisionKind, DecisionOutcome } from './decision-enums';
export { Decision } from './decision.entity';
export type { DecisionLine } from './decision.entity';
export { decisionsOfProposals, findDecision, listDecisions } from './decision.queries';
export { issueDecision } from './decision.service';
export { clearingDecisions, verifyDecisionSeals } from './decision-seal';
export type { SealReport } from './decision-seal';
export { DecisionConnection, DecisionLineView, DecisionView } from './decision.views';
export { DecisionResolver } from './decision.resolver';
