import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { Agency } from '../modules/agencies';
import { AuditEntry, AuditHead } from '../modules/audit';
import { IdempotencyKey } from '../modules/idempotency';
import { KnownDevice, LoginBucket, Session } from '../modules/auth';
import { Decision } from '../modules/decisions';
import { DomainEvent } from '../modules/events';
import { Meeting, MeetingDirective } from '../modules/meetings';
import { Notification } from '../modules/notifications';
import { ReferenceCounter } from '../modules/numbering';
import { Appraisal, Proposal, ProposalItem, ProposalRevision } from '../modules/proposals';
import {
  CoordinationRequest,
  RequestAttachment,
  RequestComment,
  RequestParticipant,
  RequestReminder,
} from '../modules/requests';
import { QuarterClosure, Task, TaskCompletion, TaskProgressReport } from '../modules/tasks';
import { User } from '../modules/users';
import { Delegation } from '../modules/delegations';
import { SignedDocument } from '../modules/signing';
import { migrationsList } from '../migrations';

export const entities = [
  Agency,
  User,
  Session,
  KnownDevice,
  LoginBucket,
  DomainEvent,
  AuditEntry,
  AuditHead,
  IdempotencyKey,
  ReferenceCounter,
  Notification,
  CoordinationRequest,
  RequestParticipant,
  RequestComment,
  RequestAttachment,
  RequestReminder,
  Proposal,
  ProposalItem,
  ProposalRevision,
  Appraisal,
  Decision,
  Task,
  TaskProgressReport,
  TaskCompletion,
  QuarterClosure,
  Meeting,
  MeetingDirective,
  Delegation,
  SignedDocument,
];

export function ormConfig(databaseUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl: databaseUrl,
    entities,
    extensions: [Migrator],
    forceUtcTimezone: true,
    // Every request forks its own EntityManager; the global one must never be used directly.
    allowGlobalContext: false,
    pool: { min: 0, max: 10 },
    migrations: {
      migrationsList,
      path: 'server/src/migrations',
      emit: 'ts',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
    },
    ...overrides,
  });
}
