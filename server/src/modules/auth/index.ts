export { SESSION_REVOKED, type SessionRevokedMessage } from './auth.events';
export { AuthResolver } from './auth.resolver';
export { AuthService, type LiveSession } from './auth.service';
export { KNOWN_DEVICE_COOKIE } from './known-device';
export { KnownDevice } from './known-device.entity';
export { LoginBucket } from './login-bucket.entity';
export { Session } from './session.entity';
export { SESSION_COOKIE, cookieValue, tokenFromHeaders } from './session-token';
export { ViewerCapabilitiesResolver } from './viewer-capabilities';
