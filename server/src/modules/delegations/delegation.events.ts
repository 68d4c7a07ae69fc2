/**
 * A delegation was given or revoked: every process forgets what it remembers of the delegate's
 * sessions (shared/session-cache.ts), so their next request loads the delegations anew. The
 * sessions stay open; only their remembered viewer is stale.
 */
export const DELEGATION_CHANGED = 'DELEGATION_CHANGED';

export interface DelegationChangedMessage {
  sessionIds: string[];
}

declare module '../../shared/event-bus' {
  interface BusTopics {
    [DELEGATION_CHANGED]: DelegationChangedMessage;
  }
}
