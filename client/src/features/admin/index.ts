// The administration feature's one door: its pages (lazy, in their own chunk) for ADMIN, and the
// Committee leaders' confirmation of new signing officials.
export { AdminAgenciesPage } from './AdminAgenciesPage';
export { AdminUsersPage } from './AdminUsersPage';
export { AuditLogPage } from './AuditLogPage';
export { SigningOfficialsPage } from './SigningOfficialsPage';
