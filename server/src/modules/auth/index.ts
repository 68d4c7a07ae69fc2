export { SESSION_REVOKED, type SessionRevokedMessage } from './auth.events';
export { AuthResolver } from './auth.resolver';
export { AuthService } from './auth.service';
export { Session } from './session.entity';
export { SESSION_COOKIE, tokenFromHeaders } from './session-token';
