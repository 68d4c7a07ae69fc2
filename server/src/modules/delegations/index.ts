export { Delegation } from './delegation.entity';
export { DELEGATION_CHANGED, type DelegationChangedMessage } from './delegation.events';
export { DelegationResolver } from './delegation.resolver';
export { DelegationService } from './delegation.service';
export { heldDelegationsOf, toHeldDelegations } from './delegation.queries';
export { DelegatedActView } from './delegation.views';
export { MAX_DELEGATION_DAYS } from './delegation-rules';
