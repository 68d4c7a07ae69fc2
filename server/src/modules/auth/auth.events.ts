export const SESSION_REVOKED = 'SESSION_REVOKED';

export interface SessionRevokedMessage {
  sessionId: string;
}

declare module '../../shared/event-bus' {
  interface BusTopics {
    [SESSION_REVOKED]: SessionRevokedMessage;
  }
}
